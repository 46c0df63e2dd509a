/**
 * Photo captions as a user meets them: a caption file is not a release, a caption inside a release
 * is checked as a caption and leaves the release's own checks as they were, fix-all turns a
 * caption's date and credit line into DoD form, and the outline and the style report list captions.
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, check, ReleaseDocument, reportMarkdown, styleReport } from '../../checker';
import { DEFAULT_SETTINGS } from '../../protocol';
import { analyse } from '../../server/src/providers/analysis';
import { documentSymbols } from '../../server/src/providers/symbols';

const CAPTIONS = [
  'U.S. Army Soldiers assigned to 2nd Battalion, 319th Airborne Field Artillery Regiment, fire an M777 howitzer at Fort Bragg, N.C., Aug. 11, 2020. (U.S. Army photo by Spc. Jane Doe)',
  '200811-A-AB123-1001',
  '',
  'U.S. Navy Sailors handle lines aboard USS Bataan (LHD 5) at Naval Station Norfolk, Va., Sept. 3, 2020. The ship returned from a seven-month deployment.',
  '',
  '(U.S. Navy photo by Mass Communication Specialist 2nd Class Ann Lee)',
  '',
].join('\n');

const RELEASE = [
  'FOR IMMEDIATE RELEASE',
  '',
  'Paratroopers certify gun crews at Fort Bragg',
  '',
  'FORT BRAGG, N.C. — Paratroopers with the 82nd Airborne Division certified 12 gun crews Aug. 11, 2020, the division said.',
  '',
  'U.S. Army paratroopers assigned to 2nd Battalion, 319th Airborne Field Artillery Regiment, load an M777 howitzer at Grafenwoehr Training Area, Germany, on Tuesday, Aug. 11, 2020. (USMC Photo by Cpl. John Roe)',
  '',
  'Media contact: Maj. John Roe, 910-555-0100',
  '',
  '###',
  '',
].join('\n');

describe('photo captions', () => {
  it('a caption file (captions, credit lines and VIRINs only) gets no release-structure findings, with or without an end mark', () => {
    for (const text of [CAPTIONS, `${CAPTIONS}\n###\n`]) {
      const rules = check(text, { defaultYear: 2020 }).map((f) => f.rule);
      assert.deepEqual(rules.filter((r) => r.startsWith('structure/') || r.startsWith('caption/')), [], rules.join(', '));
    }
  });

  it('a note that is not all captions is still read as before (an end mark makes it a release)', () => {
    const text = `Notes for the desk\n\nCall the photo desk about the Bragg pictures.\n\n${CAPTIONS}\n###\n`;
    assert.ok(check(text).some((f) => f.rule === 'structure/missing-release-tag'));
  });

  it('in a release, fix-all removes "on Tuesday," from the caption date and spells out the service in its credit line, once each', () => {
    const findings = check(RELEASE, { defaultYear: 2020 });
    const rules = findings.map((f) => f.rule);
    assert.deepEqual(rules.filter((r) => r.startsWith('structure/')), [], 'the release is complete');
    assert.ok(!rules.includes('date/weekday-mismatch') && !rules.includes('usage/service-abbreviation'), rules.join(', '));
    const fixed = applyFixes(RELEASE, findings);
    assert.match(fixed, /Germany, Aug\. 11, 2020\. \(U\.S\. Marine Corps photo by Cpl\. John Roe\)/);
  });

  it('the outline lists each caption by its first sentence, with its credit line', () => {
    const doc = TextDocument.create('file:///drafts/captions.txt', 'plaintext', 1, CAPTIONS);
    const symbols = documentSymbols(analyse(doc, DEFAULT_SETTINGS, undefined, true), doc)
      .filter((s) => s.detail?.startsWith('caption'))
      .map((s) => [s.detail, s.name, s.range.start.line, s.range.end.line]);
    assert.deepEqual(symbols, [
      ['caption, U.S. Army photo by Spc. Jane Doe', 'U.S. Army Soldiers assigned to 2nd Battalion, 319th Airborn…', 0, 1],
      ['caption, U.S. Navy photo by Mass Communication Specialist 2nd Class Ann Lee', 'U.S. Navy Sailors handle lines aboard USS Bataan (LHD 5) at…', 3, 5],
    ]);
  });

  it('the style report lists the captions with their credit lines and VIRINs', () => {
    const r = styleReport(new ReleaseDocument(CAPTIONS, 'plaintext'), check(CAPTIONS, { language: 'plaintext' }));
    assert.deepEqual(
      r.captions.map((c) => [c.line, c.credit, c.virin]),
      [
        [1, '(U.S. Army photo by Spc. Jane Doe)', '200811-A-AB123-1001'],
        [4, '(U.S. Navy photo by Mass Communication Specialist 2nd Class Ann Lee)', undefined],
      ],
    );
    assert.match(reportMarkdown('captions.txt', r), /## Photo captions\n\n- line 1: U\.S\. Army Soldiers assigned to .*\(U\.S\. Army photo by Spc\. Jane Doe\), VIRIN 200811-A-AB123-1001/);
  });

  it('a rank in the credit line is reported once, by the rank rules (SSG → Staff Sgt.); a Navy rating stays spelled out', () => {
    const army = 'U.S. Army Soldiers fire an M777 howitzer at Fort Bragg, N.C., Aug. 11, 2020. (U.S. Army photo by SSG Jane Doe)\n';
    const onCredit = check(army).filter((f) => f.start >= army.indexOf('(U.S. Army photo'));
    assert.deepEqual(onCredit.map((f) => [f.rule, army.slice(f.start, f.end)]), [['rank/service-abbreviation', 'SSG']]);
    assert.match(applyFixes(army, onCredit), /\(U\.S\. Army photo by Staff Sgt\. Jane Doe\)/);
    const navy = 'U.S. Navy Sailors handle lines aboard USS Bataan (LHD 5) in the Atlantic Ocean, Aug. 11, 2020. (U.S. Navy photo by Mass Communication Specialist 2nd Class Ann Lee/Released)\n';
    assert.deepEqual(check(navy).filter((f) => f.start >= navy.indexOf('(U.S. Navy photo')), []);
  });

  it('prose that mentions a photo is no caption', () => {
    const text = 'FORT HOOD, Texas — The photo by Staff Sgt. Ann Bell (a convoy at dawn) won the contest, and Bell fired the first round.\n';
    const r = styleReport(new ReleaseDocument(text, 'press-release'), check(text));
    assert.deepEqual(r.captions, []);
    assert.deepEqual(check(text).filter((f) => f.rule.startsWith('caption/')), []);
  });
});
