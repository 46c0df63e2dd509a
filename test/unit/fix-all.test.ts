/**
 * Which fixes Fix All takes: the fixes of errors and warnings by default, every fix with
 * `all`, judged by the severity the writer sees (after the preset and rule settings).
 */
import * as assert from 'assert';
import { sanitizeSettings } from '../../server/src/providers/sanitize';
import { applyFixes, check, CheckOptions, FAMILY_NAMES, Finding, fixAllFixes, fixAllTakes, FixInclude, RULES } from '../../checker';

const DRAFT = 'WASHINGTON — The deployment was approved by LTG Sean MacFarland on July 11th.\n';

const fixedBy = (include: FixInclude, options: CheckOptions = {}): string => applyFixes(DRAFT, fixAllFixes(check(DRAFT, { defaultYear: 2016, ...options }), include));

const finding = (severity: Finding['severity'], start: number, newText: string): Finding => ({
  rule: 'rank/service-before-rank',
  severity,
  message: severity,
  start,
  end: start + 3,
  fix: { title: newText, edits: [{ start, end: start + 3, newText }] },
});

describe('Fix All: which fixes it takes at each severity', () => {
  it('takes the fix of an error and of a warning, never of information or a hint, unless told to include them', () => {
    const taken = (include: FixInclude): string[] =>
      (['error', 'warning', 'information', 'hint'] as const).filter((s) => fixAllTakes(finding(s, 0, 'x'), include));
    assert.deepStrictEqual(taken('errorsAndWarnings'), ['error', 'warning']);
    assert.deepStrictEqual(taken('all'), ['error', 'warning', 'information', 'hint']);
  });

  it('by default fixes the rank and the date (errors) and does not insert the service before the rank (a hint)', () => {
    const findings = check(DRAFT, { defaultYear: 2016 });
    const hint = findings.find((f) => f.rule === 'rank/service-before-rank');
    assert.strictEqual(hint?.severity, 'hint', 'the draft needs the hint this test is about');
    assert.ok(hint.fix, 'the hint carries a fix');
    assert.strictEqual(fixedBy('errorsAndWarnings'), 'WASHINGTON — The deployment was approved by Lt. Gen. Sean MacFarland on July 11.\n');
  });

  it('with all, the hint\'s fix is applied too', () => {
    assert.strictEqual(fixedBy('all'), 'WASHINGTON — The deployment was approved by Army Lt. Gen. Sean MacFarland on July 11.\n');
  });

  it('follows the severity the writer sees: a hint raised to warning is fixed, an error lowered to hint is not', () => {
    const rules = { 'rank/service-before-rank': 'warning', 'date/ordinal': 'hint' } as const;
    assert.strictEqual(fixedBy('errorsAndWarnings', { rules }), 'WASHINGTON — The deployment was approved by Army Lt. Gen. Sean MacFarland on July 11th.\n');
  });

  it('a hint\'s fix left out never keeps out an error\'s fix that overlaps it', () => {
    const hint = finding('hint', 0, 'hint');
    const error = { ...finding('error', 1, 'error'), rule: 'rank/service-abbreviation' };
    assert.deepStrictEqual(fixAllFixes([hint, error], 'errorsAndWarnings').map((f) => f.severity), ['error']);
    assert.deepStrictEqual(fixAllFixes([hint, error], 'all').map((f) => f.severity), ['hint']);
  });
});

describe("Fix All's preview: family names", () => {
  it('every family of the rules has a plain name, never a rule id, and no two families share one', () => {
    const families = [...new Set(RULES.map((r) => r.family))];
    for (const family of families) {
      const name = FAMILY_NAMES[family];
      assert.ok(name, `no name for the family ${family}`);
      assert.ok(!name.includes('/') && !RULES.some((r) => r.id === name || r.family === name), `${family}: "${name}" reads as an id`);
      assert.match(name, /^[A-Z][a-z]+(?: [a-z]+)*$/, `${family}: "${name}" is not plain words`);
    }
    assert.strictEqual(new Set(families.map((f) => FAMILY_NAMES[f])).size, families.length);
  });
});

describe('copydesk.fixAll.include as VS Code sends it (nested under fixAll)', () => {
  it('"all" is read; a value it does not know is named and the default (errors and warnings) applies', () => {
    assert.strictEqual(sanitizeSettings({ fixAll: { include: 'all', preview: false } }).settings['fixAll.include'], 'all');
    const bad = sanitizeSettings({ fixAll: { include: 'suggestions' } });
    assert.strictEqual(bad.settings['fixAll.include'], 'errorsAndWarnings');
    assert.deepStrictEqual(bad.problems, ['copydesk.fixAll.include must be "errorsAndWarnings" or "all"']);
    assert.deepStrictEqual(sanitizeSettings({ fixAll: 'all' }).problems, [], 'a fixAll that is not an object is no include setting');
  });
});
