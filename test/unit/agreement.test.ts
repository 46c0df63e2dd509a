/**
 * The outline, completions, hovers and the style report read the draft with the same recognisers
 * as the rules: on every real draft the repository holds, what the rules say about people, speakers,
 * dates and acronyms is what those views show.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, factsAt, introducedPeople, ReleaseDocument, resolveOptions, styleReport } from '../../checker';
import { parseFixture } from './fixture-harness';

const REPO = path.resolve(__dirname, '..', '..', '..');

function drafts(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  for (const dir of ['bench/corpus', 'samples', 'test/fixtures/seed', 'test/unit/fixtures']) {
    for (const f of fs.readdirSync(path.join(REPO, dir)).filter((x) => /\.(release|txt)$/.test(x)).sort()) {
      const source = fs.readFileSync(path.join(REPO, dir, f), 'utf8');
      out.push({ name: `${dir}/${f}`, text: dir === 'test/unit/fixtures' ? parseFixture(source).text : source });
    }
  }
  return out;
}

describe('views agree with the rules (corpus, samples, seed, fixtures)', () => {
  const all = drafts();

  it('every person a rank finding treats as introduced is in the outline and offered as a completion', () => {
    for (const { name, text } of all) {
      const doc = new ReleaseDocument(text, 'press-release');
      const people = new Set(introducedPeople(doc).map((p) => p.last));
      for (const f of check(text).filter((x) => x.rule === 'rank/repeated')) {
        // `Gen. Smith` on a later reference: the rule has seen Smith introduced.
        const last = text.slice(f.start, f.end).match(/\p{Lu}[\p{L}'’-]*\p{Ll}/gu)?.filter((w) => w !== 'Ret').pop() ?? '';
        assert.ok(people.has(last), `${name}: rank/repeated treats ${last} as introduced, the outline does not list them`);
      }
      for (const f of check(text).filter((x) => x.rule === 'rank/missing-first-name')) {
        const last = text.slice(f.start, f.end).match(/\p{Lu}[\p{L}'’-]*\p{Ll}/gu)?.filter((w) => w !== 'Ret').pop() ?? '';
        const earlier = introducedPeople(doc).find((p) => p.last === last);
        assert.ok(!earlier || earlier.start >= f.start, `${name}: ${last} is reported as never introduced, but the outline introduces them before`);
      }
    }
  });

  it('every rank, date and acronym finding has hover facts at its place, for the year and acronyms the check used', () => {
    for (const { name, text } of all) {
      const doc = new ReleaseDocument(text, 'press-release');
      const options = resolveOptions({ defaultYear: 2016 });
      for (const f of check(text, { defaultYear: 2016 })) {
        const family = f.rule.split('/')[0];
        if (!['date', 'acronym'].includes(family) && !['rank/service-abbreviation', 'rank/spelled-out'].includes(f.rule)) continue;
        if (f.rule === 'acronym/unused' || f.rule === 'date/weekday-abbreviation') continue; // about a definition or a weekday, not a token
        // A weekday finding covers the weekday and its date: the date carries the facts.
        const span = text.slice(f.start, f.end);
        const at =
          f.rule === 'date/weekday-mismatch' ? f.end - 1 : family === 'acronym' ? f.start + Math.max(0, span.search(/[A-Z]/)) : span.startsWith('Army ') ? f.start + 5 : f.start;
        const facts = factsAt(doc, at, { defaultYear: options.defaultYear, acronyms: options.acronyms });
        assert.ok(facts, `${name}: ${f.rule} at "${text.slice(f.start, f.end)}" has no hover facts`);
      }
    }
  });

  it('the style report lists every acronym the rules flag, and gives a speaker to no quotation the rules call unattributed', () => {
    for (const { name, text } of all) {
      const doc = new ReleaseDocument(text, 'press-release');
      const findings = check(text);
      const report = styleReport(doc, findings);
      const listed = new Set(report.acronyms.map((a) => a.short));
      for (const f of findings.filter((x) => x.rule === 'acronym/undefined')) {
        const short = /"([^"]+)"/.exec(f.message)?.[1] ?? '';
        assert.ok(listed.has(short), `${name}: acronym/undefined flags ${short}, the report does not list it`);
      }
      const line = (offset: number): number => doc.positionAt(offset).line + 1;
      for (const f of findings.filter((x) => x.rule === 'attribution/missing')) {
        const q = report.quotes.find((x) => x.line === line(f.start) && x.speaker !== undefined);
        assert.ok(!q, `${name}: attribution/missing flags the quotation on line ${line(f.start)}, the report names ${q?.speaker} as its speaker`);
      }
    }
  });
});
