/** Quotations as a writer types them: across line breaks, mixed marks, guillemets, nicknames, project patterns. */
import * as assert from 'assert';
import { applyFixes, check, CheckOptions } from '../../checker';

const fixAll = (text: string, options: CheckOptions = {}): string => applyFixes(text, check(text, options));

describe('quotations (what fix-all leaves of quoted words)', () => {
  it('a quotation that runs on after a sentence end and a line break keeps its words', () => {
    const text = 'WASHINGTON — Carter met Lt. Gen. Sean MacFarland.\n\n"We went to the base.\nWe thank Lt. Gen. Sean MacFarland for his work on July 11th," Carter said.\n';
    assert.strictEqual(fixAll(text), text);
    const inside = check(text).filter((f) => f.rule === 'date/ordinal');
    assert.deepStrictEqual(inside.map((f) => [f.severity, f.fix]), [['hint', undefined]]);
  });

  it('with straight quotes, a line break inside one quotation does not flip the pairing of the next', () => {
    const text = 'WASHINGTON — Carter met Lt. Gen. Sean MacFarland.\n\n"We went to the base.\nWe left," Carter said. He added, "We met LTG Sean MacFarland on July 11th."\n';
    assert.strictEqual(fixAll(text), text);
  });

  it('curly and straight quotations mixed in one paragraph each keep their words; the text between them is fixed', () => {
    const text = 'WASHINGTON — "We left," Carter stated. He said, “We met LTG Sean MacFarland on July 11th.”\n';
    assert.strictEqual(fixAll(text), 'WASHINGTON — "We left," Carter said. He said, “We met LTG Sean MacFarland on July 11th.”\n');
  });

  it('guillemets are quotation marks', () => {
    const text = 'WASHINGTON — The minister said, «We met LTG Sean MacFarland on July 11th.»\n';
    assert.strictEqual(fixAll(text), text);
  });

  it('marks nested inside a curly quotation stay inside it', () => {
    const text = 'WASHINGTON — “He told us "meet LTG Doe on July 11th" and left,” Carter said.\n';
    assert.strictEqual(fixAll(text), text);
  });

  it('an unclosed quotation protects the rest of its paragraph and is reported', () => {
    const text = 'WASHINGTON — Carter said, "We met LTG Sean MacFarland on July 11th.\n\nThe troops left July 11th.\n';
    assert.strictEqual(fixAll(text), 'WASHINGTON — Carter said, "We met LTG Sean MacFarland on July 11th.\n\nThe troops left July 11.\n');
    assert.ok(check(text).some((f) => f.rule === 'quote/unclosed' && f.start === text.indexOf('"')));
  });

  it('a closing mark with no opening mark is reported, and the words before it are left alone', () => {
    const text = 'WASHINGTON — Carter spoke.\n\nWe met LTG Sean MacFarland on July 11th," Carter said.\n';
    const closing = text.indexOf('"');
    assert.ok(check(text).some((f) => f.rule === 'quote/unclosed' && f.start === closing && /no opening mark/.test(f.message)));
    assert.strictEqual(fixAll(text), text);
  });

  it('a project pattern that crosses a quotation mark is reported but never rewrites the quote', () => {
    const text = 'WASHINGTON — Carter told reporters "We will stay," and left.\n\n"We left the brigade." The troops cheered.\n';
    const substitutions = [
      { pattern: 'told reporters "We will', suggest: 'told reporters they would' },
      { pattern: 'brigade\\." The', suggest: 'brigade. The' },
    ];
    const found = check(text, { substitutions }).filter((f) => f.rule === 'usage/substitution');
    assert.strictEqual(found.length, 2);
    for (const f of found) {
      assert.strictEqual(f.fix, undefined);
      assert.match(f.message, /reaches into a quotation/);
    }
    assert.strictEqual(fixAll(text, { substitutions }), text);
  });

  it('a nickname in quotes is part of the name: the later reference is the last name', () => {
    const text = 'WASHINGTON — Defense Secretary Gen. James "Mad Dog" Mattis spoke Monday. Later, Gen. Mattis left.\n';
    const findings = check(text);
    assert.ok(!findings.some((f) => f.rule === 'rank/missing-first-name'), 'the nickname is not the last name');
    assert.strictEqual(fixAll(text), 'WASHINGTON — Defense Secretary Gen. James "Mad Dog" Mattis spoke Monday. Later, Mattis left.\n');
  });
});

describe('"added" after an attribution', () => {
  it('is accepted when the paragraph already attributed the quote, even with a verb that is itself flagged', () => {
    const text = 'WASHINGTON — "We left," Carter stated. He added, "We met Lt. Gen. Sean MacFarland."\n';
    const added = check(text).filter((f) => f.rule === 'attribution/loaded-verb' && text.slice(f.start, f.end) === 'added');
    assert.deepStrictEqual(added, []);
    assert.strictEqual(fixAll(text), 'WASHINGTON — "We left," Carter said. He added, "We met Lt. Gen. Sean MacFarland."\n');
  });
});
