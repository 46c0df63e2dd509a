import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, ReleaseDocument, reportMarkdown, styleReport } from '../../checker';

const seed = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt'), 'utf8');

describe('style report', () => {
  it('clears the seed release and lists its quotes, people and acronyms', () => {
    const doc = new ReleaseDocument(seed, 'press-release');
    const r = styleReport(doc, check(seed));
    assert.match(r.clearance, /^0 errors, 0 warnings, \d+ notes?: ready for release$/);
    assert.ok(r.words > 550 && r.words < 700, String(r.words));
    assert.strictEqual(r.quotes.length, 4);
    assert.ok(r.quotes.every((q) => q.speaker === 'Carter'), JSON.stringify(r.quotes));
    assert.ok(r.people.some((p) => p.reference === 'Army Lt. Gen. Sean MacFarland'));
    const isf = r.acronyms.find((a) => a.short === 'ISF');
    assert.ok(isf && /Iraqi security forces/.test(isf.expansion ?? ''), JSON.stringify(r.acronyms));
  });

  it('does not clear a draft with errors, and counts them in words a person reads', () => {
    const text = 'WASHINGTON — LTG Sean MacFarland arrived on July 11th.\n\n"We are ready," he said.\n';
    const r = styleReport(new ReleaseDocument(text, 'press-release'), check(text));
    assert.match(r.clearance, /^2 errors, \d+ warnings?, \d+ notes?: not ready for release$/);
    const md = reportMarkdown('draft.release', r);
    assert.match(md, /\*\*2 errors, \d+ warnings?, \d+ notes?: not ready for release\*\*/);
    assert.match(md, /\| rank \| 1 \|/);
    assert.match(md, /\*\*he\*\*: "We are ready,"/);
    assert.ok(!/\b1 errors\b/.test(md));
  });

  it('lists the ships and units of a Navy release, each at its first reference', () => {
    const text = [
      'NORFOLK, Va. — USS Harry S. Truman (CVN 75) departed with Carrier Air Wing 1 (CVW 1) and the 2nd Battalion, 8th Marines.',
      '',
      'USS Harry S. Truman returns in May.',
      '',
    ].join('\n');
    const r = styleReport(new ReleaseDocument(text, 'press-release'), check(text));
    const at = (s: { start: number; end: number }): string => text.slice(s.start, s.end);
    assert.deepStrictEqual(r.ships.map((s) => ({ reference: s.reference, line: s.line, later: s.later, at: at(s) })), [
      { reference: 'USS Harry S. Truman (CVN 75)', line: 1, later: 1, at: 'USS Harry S. Truman (CVN 75)' },
    ]);
    assert.deepStrictEqual(r.units.map((u) => ({ reference: u.reference, line: u.line, at: at(u) })), [
      { reference: 'Carrier Air Wing 1 (CVW 1)', line: 1, at: 'Carrier Air Wing 1 (CVW 1)' },
      { reference: '2nd Battalion, 8th Marines', line: 1, at: '2nd Battalion, 8th Marines' },
    ]);
    const md = reportMarkdown('truman.release', r);
    assert.match(md, /## Ships\n\n- line 1: USS Harry S\. Truman \(CVN 75\) \(named again with its prefix 1 time\)/);
    assert.match(md, /## Units\n\n- line 1: Carrier Air Wing 1 \(CVW 1\)\n- line 1: 2nd Battalion, 8th Marines/);
  });

  it('has no Ships or Units section for a release that names neither', () => {
    const md = reportMarkdown('seed', styleReport(new ReleaseDocument(seed, 'press-release'), check(seed)));
    assert.ok(!/## Ships|## Units/.test(md), md);

  });

  it('names the byline, and does not count its writer among the people the story introduces', () => {
    const text = 'Story by Staff Sgt. Jane Doe\n509th Bomb Wing Public Affairs\n\nWHITEMAN AIR FORCE BASE, Mo. -- Airmen cleared snow, Col. John Roe said.\n';
    const r = styleReport(new ReleaseDocument(text, 'press-release'), check(text));
    assert.deepStrictEqual(r.bylines, [{ text: 'Story by Staff Sgt. Jane Doe', line: 1, start: 0, end: 28 }]);
    assert.deepStrictEqual(r.people.map((p) => p.reference), ['Col. John Roe']);
    assert.match(reportMarkdown('story.release', r), /## Byline\n\n- line 1: Story by Staff Sgt\. Jane Doe/);
  });
});

describe('style report: before release (privacy and security)', () => {
  it('lists the privacy, security and marking findings first, and does not clear a draft that has a warning among them', () => {
    const text = 'Soldier returns\n\nFORT RILEY, Kan. — Sgt. Jane Doe, who lives at 4410 Oak Drive, returned Friday.\n';
    const r = styleReport(new ReleaseDocument(text, 'press-release'), check(text));
    assert.strictEqual(r.counts.error, 0);
    assert.match(r.clearance, /^0 errors, \d+ warnings?, \d+ notes?: not ready for release \(privacy and security\)$/);
    assert.deepStrictEqual(r.beforeRelease.findings.map((f) => [f.rule, f.line, f.text]), [['privacy/home-address', 3, '4410 Oak Drive']]);
    const md = reportMarkdown('draft.release', r);
    assert.match(md, /security and policy review \(DoD Instruction 5230\.09\) still applies/);
    assert.match(md, /## Before release: privacy and security\n\n- line 3: \*\*privacy\/home-address\*\* \(warning\) "4410 Oak Drive": A home address is not releasable/);
    // The first section of the report.
    assert.ok(md.indexOf('## Before release') < md.indexOf('## Findings by rule family'));
  });

  it('clears the seed release, still reminding that the security and policy review applies', () => {
    const r = styleReport(new ReleaseDocument(seed, 'press-release'), check(seed));
    assert.match(r.clearance, /^0 errors, 0 warnings, \d+ notes?: ready for release$/);
    assert.deepStrictEqual(r.beforeRelease.findings, []);
    const md = reportMarkdown('seed.release', r);
    assert.match(md, /\*\*0 errors, 0 warnings, \d+ notes?: ready for release\*\*\. The security and policy review \(DoD Instruction 5230\.09\) still applies: Copydesk does not replace it\./);
    assert.match(md, /## Before release: privacy and security\n\nCopydesk found no markings, personal details or movement details to check\./);
  });

  it('a hint alone (an age) does not hold the release', () => {
    const text = 'Soldier returns\n\nFORT RILEY, Kan. — Sgt. Jane Doe, 23, of Dayton, returned Friday.\n';
    const r = styleReport(new ReleaseDocument(text, 'press-release'), check(text));
    assert.deepStrictEqual(r.beforeRelease.findings.map((f) => [f.rule, f.severity]), [['privacy/age', 'hint']]);
    assert.strictEqual(r.beforeRelease.blocking, false);
  });
});
