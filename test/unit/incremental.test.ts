/**
 * Incremental checking must be invisible: after any sequence of edits, the patched document and
 * the findings of the incremental check equal a fresh read and a full check of the same text.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { checkDocument, checkEdit, fullState, LOCAL_RULES, LOCAL_WHEN_DATED, NEIGHBOUR_RULES, recheck, ReleaseDocument, resolveOptions, RULES } from '../../checker';
import { runRules } from '../../checker/engine/run';

const ROOT = path.join(__dirname, '..', '..', '..');
const CORPUS = fs
  .readdirSync(path.join(ROOT, 'bench', 'corpus'))
  .filter((f) => f.endsWith('.release'))
  .sort()
  .map((f) => fs.readFileSync(path.join(ROOT, 'bench', 'corpus', f), 'utf8'));
const FIXTURES = fs
  .readdirSync(path.join(ROOT, 'test', 'unit', 'fixtures'))
  .sort()
  .map((f) => fs.readFileSync(path.join(ROOT, 'test', 'unit', 'fixtures', f), 'utf8').replace(/^.*\^\^\^.*$/gm, ''));
const SEED = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt'), 'utf8');

/** What a document is made of, in a form `deepStrictEqual` compares. */
function shape(doc: ReleaseDocument): unknown {
  const lines: number[] = [];
  for (let i = 0, p = doc.positionAt(doc.original.length).line; i <= p; i++) lines.push(doc.offsetAt(i, 0));
  return {
    text: doc.text,
    blocks: doc.blocks,
    quotes: doc.quotes,
    headline: doc.headline,
    firstBody: doc.firstBody,
    dateline: doc.dateline,
    releaseDate: doc.releaseDate,
    disabled: doc.disabled,
    lines,
  };
}

const INSERTS = [
  'a', ' ', '.', ',', '"', '“', '”', '\n', '\n\n', '\r\n', '\r', '\t', 'LTG ', 'July 11th', ' stated ', 'ISF', ' (ISF)',
  'Iraqi security forces', 'Sgt. Maj. Ann Lee', '###', 'FOR IMMEDIATE RELEASE\n', 'WASHINGTON — ', '😀', '10:00 AM', '1400 hours',
  '"We are ready," said Lee.\n\n', ' added', '\n— Gen. Lee', ' told the troops:\n\n“We go now to the river.”', 'US', 'towards', '3 percent', '2016-07-11', '\n“The work goes on.', '<!-- copydesk-disable -->\n',
];

/** An edit as data (so a failing case prints readably): where, as a fraction of the text, what to delete and insert. */
interface EditSpec {
  at: number;
  del: number;
  ins: string;
}
const editSpec: fc.Arbitrary<EditSpec> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 4, max: 400 }) }),
  ins: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...INSERTS) }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }),
});
function placed(text: string, e: EditSpec): { start: number; end: number; newText: string } {
  const start = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return { start, end: Math.min(text.length, start + e.del), newText: e.ins };
}

const base = fc.oneof(fc.constantFrom(...CORPUS), fc.constantFrom(...FIXTURES), fc.constant(SEED));
const language = fc.constantFrom('press-release' as const, 'plaintext' as const, 'markdown' as const);
const RUNS = Number(process.env.COPYDESK_PROPERTY_RUNS ?? 300);

describe('incremental checking (property tests)', function () {
  this.timeout(Math.max(20000, RUNS * 60));
  it('a patched document equals a fresh read of the edited text', () => {
    fc.assert(
      fc.property(base, language, fc.array(editSpec, { minLength: 1, maxLength: 8 }), (text, lang, edits) => {
        let doc = new ReleaseDocument(text, lang);
        for (const spec of edits) {
          const e = placed(doc.original, spec);
          doc = doc.edited(e.start, e.end, e.newText);
          assert.deepStrictEqual(shape(doc), shape(new ReleaseDocument(doc.original, lang)));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('deleting the release number, which gave the year of a date without one, checks that date again (a weekday mismatch it caused goes)', () => {
    const text = 'FOR IMMEDIATE RELEASE\nRelease No. NR-301-23\n\nDepot tour\n\nWASHINGTON — The secretary visited the depot.\n\nShe returns Wednesday, Nov. 2, officials said.\n';
    const options = resolveOptions({ language: 'press-release', defaultYear: 2016 });
    const before = fullState(new ReleaseDocument(text, 'press-release'), options);
    // Nov. 2, 2023 was a Thursday: the year comes from NR-301-23.
    assert.ok(before.findings.some((f) => f.rule === 'date/weekday-mismatch'), JSON.stringify(before.findings.map((f) => f.rule)));
    const at = text.indexOf('Release No.');
    // Only the release number line goes: the headline and the dateline stay, moved up.
    const after = checkEdit(before, { start: at, end: text.indexOf('\n\nDepot') + 1, newText: '' });
    assert.ok(!after.doc.original.includes('NR-301'), after.doc.original);
    assert.deepStrictEqual(after.findings, checkDocument(new ReleaseDocument(after.doc.original, 'press-release'), options));
  });

  it('after random edit sequences, the incremental check finds exactly what a full check finds', () => {
    fc.assert(
      fc.property(base, language, fc.constantFrom('ap', 'dod', 'army', 'navy'), fc.array(editSpec, { minLength: 1, maxLength: 8 }), (text, lang, preset, edits) => {
        const options = resolveOptions({ language: lang, preset, defaultYear: 2016 });
        let state = fullState(new ReleaseDocument(text, lang), options);
        for (const spec of edits) {
          const e = placed(state.doc.original, spec);
          state = checkEdit(state, e);
          assert.deepStrictEqual(state.findings, checkDocument(new ReleaseDocument(state.doc.original, lang), options));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a version found by comparing texts (as the server gets it) checks the same as a full check', () => {
    fc.assert(
      fc.property(base, fc.array(editSpec, { minLength: 1, maxLength: 4 }), (text, edits) => {
        const options = resolveOptions({ language: 'press-release' });
        let state = fullState(new ReleaseDocument(text, 'press-release'), options);
        for (const spec of edits) {
          const e = placed(state.doc.original, spec);
          const next = state.doc.original.slice(0, e.start) + e.newText + state.doc.original.slice(e.end);
          state = recheck(state, new ReleaseDocument(next, 'press-release'), options);
          assert.deepStrictEqual(state.findings, checkDocument(new ReleaseDocument(next, 'press-release'), options));
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('each paragraph-local rule finds in a window exactly what it finds in those paragraphs of the whole', () => {
    const local = RULES.filter((r) => LOCAL_RULES.has(r.id) || LOCAL_WHEN_DATED.has(r.id) || NEIGHBOUR_RULES.has(r.id));
    assert.ok(local.length >= 20, 'most rules are paragraph-local');
    for (const preset of ['ap', 'army']) {
      const options = resolveOptions({ language: 'press-release', preset });
      for (const text of [...CORPUS, ...FIXTURES, SEED]) {
        const doc = new ReleaseDocument(text, 'press-release');
        for (const rule of local) {
          const whole = runRules(doc, options, [rule]).map((f) => JSON.stringify(f)).sort();
          const parts = doc.blocks.flatMap((_, i) => runRules(doc.window(i, i + 1), options, [rule]).map((f) => JSON.stringify(f))).sort();
          assert.deepStrictEqual(parts, whole, `${rule.id} is not paragraph-local on:\n${text.slice(0, 200)}`);
        }
      }
    }
  });

  it('a paragraph added above a title-case dateline (which moves the first body paragraph) checks the same as a full check', () => {
    const text = 'Navy Ship Returns Home\n\nMedia contact: Lt. Jane Doe, Navy Region Mid-Atlantic Public Affairs Office\n\nNorfolk, Va. — The USS Example returned to Norfolk, Va., on Friday after a long deployment.\n';
    const options = resolveOptions({ language: 'press-release' });
    const at = text.indexOf('Media contact');
    const added = checkEdit(fullState(new ReleaseDocument(text, 'press-release'), options), { start: at, end: at, newText: 'The ship is home.\n\n' });
    assert.deepStrictEqual(added.findings, checkDocument(new ReleaseDocument(added.doc.original, 'press-release'), options));
    const removed = checkEdit(added, { start: at, end: at + 'The ship is home.\n\n'.length, newText: '' });
    assert.deepStrictEqual(removed.findings, checkDocument(new ReleaseDocument(text, 'press-release'), options));
  });

  it('a one-character edit in a long draft re-reads only the paragraphs around it', () => {
    const text = CORPUS.join('\n\n');
    const doc = new ReleaseDocument(text, 'press-release');
    const at = text.indexOf('said', Math.floor(text.length / 2));
    const next = doc.edited(at, at, 'x');
    // Blocks before the edit are the same objects: nothing there was read again.
    const unchanged = next.blocks.filter((b, i) => b === doc.blocks[i]).length;
    assert.ok(unchanged > doc.blocks.length / 3, `only ${unchanged} of ${doc.blocks.length} blocks kept`);
    assert.strictEqual(next.original, text.slice(0, at) + 'x' + text.slice(at));
  });
});
