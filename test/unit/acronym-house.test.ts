/**
 * The acronym fix follows the house style (parentheses only when acronymParentheses is
 * "required"), agreeing with the rule's own example; months, weekdays and time-zone words set in
 * capitals are dates and times, never short forms to spell out.
 */
import * as assert from 'assert';
import { applyFixes, check, CheckOptions, PRESETS, RULE_BY_ID } from '../../checker';

const acronymFindings = (text: string, options: CheckOptions = {}) => check(text, { defaultYear: 2016, ...options }).filter((f) => f.rule.startsWith('acronym/'));

describe('acronym/undefined: the fix follows the house style', () => {
  const text = 'The ISF retook the airfield. The ISF offensive went on.\n';

  for (const preset of Object.keys(PRESETS)) {
    it(`under the ${preset} preset the full form goes in without "(ISF)", and the later use then counts as defined`, () => {
      const fixed = applyFixes(text, check(text, { preset }).filter((f) => f.rule === 'acronym/undefined'));
      assert.strictEqual(fixed, 'The Iraqi security forces retook the airfield. The ISF offensive went on.\n');
      assert.deepStrictEqual(acronymFindings(fixed, { preset }), []);
    });
  }

  it('with acronymParentheses "required" the fix adds "(ISF)", and acronym/parentheses has nothing left to say', () => {
    const house = { acronymParentheses: 'required' } as const;
    const fixed = applyFixes(text, check(text, { house }).filter((f) => f.rule === 'acronym/undefined'));
    assert.strictEqual(fixed, 'The Iraqi security forces (ISF) retook the airfield. The ISF offensive went on.\n');
    assert.deepStrictEqual(acronymFindings(fixed, { house }), []);
  });

  it("the rule's own example (what the hover shows as Right) is the fix's form: no parentheses", () => {
    assert.doesNotMatch(RULE_BY_ID.get('acronym/undefined')!.right, /\(ISF\)/);
    const fix = check('The ISF retook the airfield.\n')[0]?.fix;
    assert.strictEqual(fix?.title, 'Spell out: Iraqi security forces');
  });
});

describe('months, weekdays and time words in capitals are never undefined acronyms', () => {
  const cases = [
    'The unit deployed 15 OCT 2016 to Iraq.',
    'The unit deployed OCT 15 to Iraq.',
    'It began 3 SEPT 2016 and ended 4 JUN 2016.',
    'It began Jan 5 and ended 4 JUL 2016.',
    'It ran from DEC 2015 to FEB 2016.',
    'He flew 12 AUG 16 and 1 NOV 16.',
    'The exercise begins MON at 0800 EST.',
    'It starts TUE, WED or THU and ends FRI, SAT or SUN.',
    'The strike hit at 1400Z on 15 OCT 2016.',
    'The drill ran 15 OCT 2016 at 0600 ZULU.',
    'The drill ran MARCH 3 through APRIL 2, not in MAY or JUNE.',
  ];
  for (const text of cases) {
    it(text, () => assert.deepStrictEqual(acronymFindings(text).map((f) => text.slice(f.start, f.end)), []));
  }

  it('the date rules handle them instead: 15 OCT 2016 → Oct. 15, 2016; OCT 15 → Oct. 15; DEC 2015 → December 2015', () => {
    const fixed = (text: string): string => applyFixes(text, check(text, { defaultYear: 2016 }).filter((f) => f.rule.startsWith('date/')));
    assert.strictEqual(fixed('They deployed on 15 OCT 2016.'), 'They deployed on Oct. 15, 2016.');
    assert.strictEqual(fixed('They deployed OCT 15 to Iraq.'), 'They deployed Oct. 15 to Iraq.');
    assert.strictEqual(fixed('It ran from DEC 2015 on.'), 'It ran from December 2015 on.');
  });

  it('a real short form next to them is still flagged', () => {
    assert.deepStrictEqual(acronymFindings('The JTF deployed 15 OCT 2016.').map((f) => f.rule), ['acronym/undefined']);
  });
});
