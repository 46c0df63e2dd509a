/**
 * The editor features as pure functions of a draft's analysis, called in-process: what the LSP
 * tests see over a real connection, without one. Each Analysis is made the way the server makes
 * one (`analyse`, analysis.ts) from a TextDocument, the default settings and no project file.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CodeActionKind, CompletionItem, CompletionItemKind, CompletionTriggerKind, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, FIX_ALL_KIND, SOURCE } from '../../protocol';
import { analyse, Analysis } from '../../server/src/providers/analysis';
import { codeActions, fixAll, quickFixes, wantsFixAll } from '../../server/src/providers/codeActions';
import { completions } from '../../server/src/providers/completion';
import { checked, configDiagnostics, diagnostics } from '../../server/src/providers/diagnostics';
import { hover } from '../../server/src/providers/hover';
import { fixes, report } from '../../server/src/providers/requests';
import { documentSymbols } from '../../server/src/providers/symbols';

const SAMPLE = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'samples', 'draft-with-mistakes.release'), 'utf8');
/** The sample with its first reference already in AP form. */
const AP_SAMPLE = SAMPLE.replace('LTG Sean MacFarland', 'Lt. Gen. Sean MacFarland');

let serial = 0;
function open(text: string, version = 1): { doc: TextDocument; analysis: Analysis } {
  const doc = TextDocument.create(`file:///drafts/draft-${++serial}.release`, 'press-release', version, text);
  return { doc, analysis: analyse(doc, DEFAULT_SETTINGS, undefined, true) };
}

const at = (doc: TextDocument, needle: string, delta = 0): { line: number; character: number } => {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `"${needle}" is in the draft`);
  return doc.positionAt(i + delta);
};
const textDocument = (doc: TextDocument): { uri: string } => ({ uri: doc.uri });
const markdown = (h: Hover | null): string => {
  assert.ok(h, 'expected a hover');
  return (h.contents as MarkupContent).value;
};
/**
 * The text after the edits, applied last first; an insertion at the start of a replaced span lands
 * before the replacement ("Army " + "Lt. Gen."), as the editor applies them.
 */
function edited(doc: TextDocument, edits: TextEdit[]): string {
  let text = doc.getText();
  const spans = edits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText }));
  for (const e of spans.sort((a, b) => b.start - a.start || b.end - a.end)) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  return text;
}
const people = (items: CompletionItem[]): string[] => items.filter((i) => i.kind === CompletionItemKind.Reference).map((i) => String(i.label));

describe('providers: the features as pure functions of the analysis', () => {
  describe('hover', () => {
    it('over "Lt. Gen. Sean MacFarland" names the rank: title, pay grade, services, AP form, service abbreviations', () => {
      const { doc, analysis } = open(AP_SAMPLE);
      const h = hover(analysis, doc, { textDocument: textDocument(doc), position: at(doc, 'Lt. Gen. Sean', 1) });
      const text = markdown(h);
      assert.match(text, /\*\*Lt\. Gen\. — Lieutenant General\*\*/);
      assert.match(text, /Pay grade: O-9/);
      assert.match(text, /Services: Army, Air Force, Marine Corps, Space Force/);
      assert.match(text, /LTG \(Army\)/);
      // The range is the rank itself, not the finding that also covers the name.
      assert.equal(doc.getText(h?.range), 'Lt. Gen.');
    });

    it('over a finding shows its rule, why, and the quick fix; over plain prose nothing', () => {
      const { doc, analysis } = open(SAMPLE);
      const h = hover(analysis, doc, { textDocument: textDocument(doc), position: at(doc, '1400 hours', 2) });
      const text = markdown(h);
      assert.match(text, /\*\*Error:\*\* Use the 12-hour clock/);
      assert.match(text, /Right: [^\n]*2 p\.m\.[^\n]* · Wrong: [^\n]*1400 hours/);
      assert.match(text, /\*Why:\* /);
      assert.match(text, /\[Rule page: time\/military\]\(.*time-military.*\) \(error\) · quick fix: Ctrl\+\./);
      assert.equal(hover(analysis, doc, { textDocument: textDocument(doc), position: at(doc, 'springboard', 3) }), null);
    });
  });

  describe('completion', () => {
    const text = `${AP_SAMPLE.replace('###\n', '')}Later that day Lt. Gen. `;

    it('after "Lt. Gen. " in a draft that introduced him offers MacFarland, and Carter, by last name', () => {
      const { doc, analysis } = open(text);
      const items = completions(analysis, doc, {
        textDocument: textDocument(doc),
        position: doc.positionAt(text.length),
        context: { triggerKind: CompletionTriggerKind.Invoked },
      });
      assert.deepEqual(people(items), ['Carter', 'MacFarland']);
      const mac = items.find((i) => i.label === 'MacFarland');
      assert.equal(mac?.detail, 'introduced as Lt. Gen. Sean MacFarland');
      // Rank forms are offered too, with their titles.
      assert.ok(items.some((i) => i.label === 'Lt. Gen.' && i.detail === 'Lieutenant General (O-9)'));
    });

    it('offers nobody introduced only after the cursor', () => {
      const { doc, analysis } = open(text);
      const items = completions(analysis, doc, {
        textDocument: textDocument(doc),
        position: at(doc, 'Carter stated'),
        context: { triggerKind: CompletionTriggerKind.Invoked },
      });
      assert.deepEqual(people(items), ['Carter'], 'MacFarland is introduced later in the draft');
    });

    it('a space after a service name offers that service’s ranks only; a space in prose offers nothing', () => {
      const army = `${text}\nArmy `;
      const { doc, analysis } = open(army);
      const space = { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' };
      const items = completions(analysis, doc, { textDocument: textDocument(doc), position: doc.positionAt(army.length), context: space });
      const ranks = items.filter((i) => i.kind === CompletionItemKind.Keyword).map((i) => String(i.label));
      assert.ok(ranks.includes('Lt. Gen.') && ranks.includes('Sgt. Maj. of the Army'), ranks.join(', '));
      assert.ok(!ranks.includes('Adm.'), 'no Navy rank after "Army "');
      const prose = completions(analysis, doc, { textDocument: textDocument(doc), position: at(doc, 'met with', 4), context: space });
      assert.deepEqual(prose, []);
    });
  });

  describe('outline', () => {
    it('lists the headline, dateline, each person on first reference, the quotes and the end mark, in order', () => {
      const { doc, analysis } = open(AP_SAMPLE);
      const symbols = documentSymbols(analysis, doc).map((s) => [s.detail, s.name, s.range.start.line]);
      assert.deepEqual(symbols, [
        ['headline', 'Carter announces 560 more US troops for Iraq', 3],
        ['dateline', 'WASHINGTON', 5],
        ['first reference', 'Secretary of Defense Ash Carter', 5],
        ['first reference', 'Lt. Gen. Sean MacFarland', 7],
        ['quote', '"The airfield will become a vital springboard for the offen…', 9],
        ['quote', '"We are ready,"', 13],
        ['end mark', '###', 17],
      ]);
    });
  
    it('lists each ship and unit at its first reference, not again later or in the dateline', () => {
      const text = [
        'Truman departs Norfolk',
        '',
        'USS Kearsarge, At Sea — USS Harry S. Truman (CVN 75) departed with Destroyer Squadron 23 (DESRON 23) and USS Kearsarge.',
        '',
        'USS Truman and Destroyer Squadron 23 (DESRON 23) sailed with the 26th Marine Expeditionary Unit.',
        '',
        '###',
        '',
      ].join('\n');
      const { doc, analysis } = open(text);
      const parts = documentSymbols(analysis, doc)
        .filter((s) => s.detail === 'ship' || s.detail === 'unit')
        .map((s) => [s.detail, s.name, s.range.start.line]);
      assert.deepEqual(parts, [
        ['ship', 'USS Harry S. Truman (CVN 75)', 2],
        ['unit', 'Destroyer Squadron 23 (DESRON 23)', 2],
        ['ship', 'USS Kearsarge', 2],
        ['unit', '26th Marine Expeditionary Unit', 4],
      ]);
    });

    it('lists the byline of unit copy, and the dateline under its unit line', () => {
      const { doc, analysis } = open('Airmen clear the flight line\n\nStory by Staff Sgt. Jane Doe\n509th Bomb Wing Public Affairs\n\nWHITEMAN AIR FORCE BASE, Mo. -- Airmen cleared snow, Col. John Roe said.\n');
      const symbols = documentSymbols(analysis, doc).map((s) => [s.detail, s.name, s.range.start.line]);
      assert.deepEqual(symbols, [
        ['headline', 'Airmen clear the flight line', 0],
        ['byline', 'Story by Staff Sgt. Jane Doe', 2],
        ['dateline', 'WHITEMAN AIR FORCE BASE, Mo.', 5],
        ['first reference', 'Col. John Roe', 5],
      ]);
    });
  });

  describe('diagnostics and code actions', () => {
    const ltg = (doc: TextDocument, analysis: Analysis): Diagnostic => {
      const d = diagnostics(analysis, doc).find((x) => x.code === 'rank/service-abbreviation');
      assert.ok(d, 'LTG is flagged');
      assert.equal(doc.getText(d.range), 'LTG');
      return d;
    };

    it('a diagnostic per finding, with its source, code and the version it was made for; the checked counts agree', () => {
      const { doc, analysis } = open(SAMPLE, 7);
      const all = diagnostics(analysis, doc);
      assert.equal(all.length, analysis.findings.length);
      assert.ok(all.every((d) => d.source === SOURCE && typeof d.code === 'string' && (d.data as { version: number }).version === 7));
      const counts = checked(doc, analysis.findings).counts;
      assert.equal(counts.error + counts.warning + counts.information + counts.hint, all.length);
      assert.equal(configDiagnostics(doc), undefined, 'a draft is not a project file');
    });

    it('a code action on the LTG finding offers the preferred "Lt. Gen." fix, and disabling the rule on the line', () => {
      const { doc, analysis } = open(SAMPLE);
      const d = ltg(doc, analysis);
      const params = { textDocument: textDocument(doc), range: d.range, context: { diagnostics: [d], only: [CodeActionKind.QuickFix] } };
      assert.equal(wantsFixAll(params), false);
      const actions = codeActions(analysis, doc, params);
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix?.edit?.changes, JSON.stringify(actions));
      assert.match(edited(doc, fix.edit.changes[doc.uri]), /consulting with Lt\. Gen\. Sean MacFarland, the commander/);
      const disable = actions.find((a) => a.title === 'Disable rank/service-abbreviation on this line');
      assert.ok(disable?.edit?.changes);
      assert.match(edited(doc, disable.edit.changes[doc.uri]), /\ncopydesk-disable-next-line rank\/service-abbreviation\nCarter stated/);
      assert.ok(!actions.some((a) => a.kind === FIX_ALL_KIND), 'fix-all only when asked for');
    });

    it('a diagnostic from an older version gets no fix; fix-all applies every compatible fix of the current analysis', () => {
      const { doc, analysis } = open(SAMPLE, 2);
      const stale = { ...ltg(doc, analysis), data: { ...(ltg(doc, analysis).data as object), version: 1 } };
      assert.deepEqual(quickFixes(doc, { textDocument: textDocument(doc), range: stale.range, context: { diagnostics: [stale] } }), []);
      const params = { textDocument: textDocument(doc), range: stale.range, context: { diagnostics: [], only: [FIX_ALL_KIND] } };
      const [all] = fixAll(analysis, doc, params);
      assert.ok(all?.edit?.changes, 'fix-all offered');
      const after = edited(doc, all.edit.changes[doc.uri]);
      assert.ok(!after.includes('LTG') && after.includes('Lt. Gen. Sean MacFarland') && after.includes('2 p.m.'), after);
      assert.deepEqual(codeActions(undefined, doc, params), [], 'no fix-all for a draft Copydesk does not check');
    });
  });

  describe('fixes (the fix-all preview)', () => {
    it('within a range: only the fixes of findings inside it; by family: only that family', () => {
      const { doc, analysis } = open(SAMPLE);
      const line = at(doc, 'Carter stated').line;
      const range = { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
      const inParagraph = fixes(analysis, doc, { uri: doc.uri, range });
      assert.deepEqual(inParagraph.map((f) => f.rule), ['attribution/loaded-verb', 'rank/service-abbreviation', 'rank/service-before-rank']);
      const after = edited(doc, inParagraph.flatMap((f) => f.edits));
      assert.match(after, /Carter said that the troops/);
      assert.match(after, /consulting with Army Lt\. Gen\. Sean MacFarland, the commander/);
      assert.match(after, /1400 hours/, 'a fix outside the range is left alone');
      assert.deepEqual(
        fixes(analysis, doc, { uri: doc.uri, range, families: ['rank'] }).map((f) => f.rule),
        ['rank/service-abbreviation', 'rank/service-before-rank'],
      );
      const whole = fixes(analysis, doc, { uri: doc.uri }).map((f) => f.rule);
      assert.ok(whole.includes('time/military') && whole.includes('date/ordinal'), whole.join(', '));
    });
  });

  describe('style report', () => {
    it('is titled with the file name and lists the people the draft introduces', () => {
      const { doc, analysis } = open(SAMPLE);
      const { markdown: md } = report(analysis, doc);
      assert.match(md, new RegExp(`^# Copydesk style report: ${path.basename(doc.uri)}`));
      assert.match(md, /- line 8: LTG Sean MacFarland|- line 8: Lt\. Gen\. Sean MacFarland/);
      assert.match(md, /not ready for release/);
    });
  });
});

describe('providers: before-release findings (issue 15)', () => {
  it('a hover over a privacy finding says what the guidance is, why it matters, and that the review still applies', () => {
    const { doc, analysis } = open('Soldier returns\n\nFORT RILEY, Kan. — Sgt. Jane Doe, who lives at 4410 Oak Drive, returned Friday.\n');
    const text = markdown(hover(analysis, doc, { textDocument: textDocument(doc), position: at(doc, '4410 Oak', 2) }));
    assert.match(text, /\*\*Warning:\*\* A home address is not releasable: give the city and state only\./);
    assert.match(text, /\*Why:\* DoD guidance for public affairs: a service member's home address is not releasable/);
    assert.match(text, /security and policy review \(DoD Instruction 5230\.09\) still applies/);
    assert.match(text, /\[Rule page: privacy\/home-address\]\(.*privacy-home-address/);
  });

  it('the editor measures "future" from the day of the check when the draft has no date of its own', () => {
    const { analysis } = open('Brigade prepares\n\nFORT CARSON, Colo. — The brigade departs Nov. 3, 2099, for Poland.\n');
    // A present verb with a date is future only measured from a day: the checker alone has none (before-release.test.ts).
    assert.ok(analysis.findings.some((f) => f.rule === 'opsec/future-movement'), JSON.stringify(analysis.findings.map((f) => f.rule)));
  });
});
