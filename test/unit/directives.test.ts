import * as assert from 'assert';
import { check } from '../../checker';

const rules = (text: string, language: 'press-release' | 'markdown' = 'press-release'): string[] =>
  check(text, { language }).map((f) => `${f.rule}@${text.slice(f.start, f.end)}`);

describe('inline directives', () => {
  const line = 'Carter stated that the troops would deploy.';
  it('reports without a directive', () => {
    assert.deepStrictEqual(rules(line), ['attribution/loaded-verb@stated']);
  });
  it('copydesk-disable-next-line RULE silences only the next line', () => {
    const t = `copydesk-disable-next-line attribution/loaded-verb\n${line}\n\n${line}`;
    assert.deepStrictEqual(rules(t), ['attribution/loaded-verb@stated']);
    assert.ok(check(t)[0].start > t.indexOf('\n\n'));
  });
  it('accepts a family name and an HTML comment in Markdown', () => {
    const t = `<!-- copydesk-disable-next-line attribution -->\n${line}`;
    assert.deepStrictEqual(rules(t, 'markdown'), []);
  });
  it('copydesk-disable / copydesk-enable bracket a region', () => {
    const t = `copydesk-disable attribution/loaded-verb\n${line}\n\n${line}\ncopydesk-enable attribution/loaded-verb\n\n${line}`;
    assert.strictEqual(rules(t).length, 1);
    assert.ok(check(t)[0].start > t.indexOf('copydesk-enable'));
  });
  it('a directive for another rule changes nothing', () => {
    assert.strictEqual(rules(`copydesk-disable-next-line date/ordinal\n${line}`).length, 1);
  });
  it('severity settings: off, and a family-wide override', () => {
    assert.strictEqual(check(line, { rules: { 'attribution/loaded-verb': 'off' } }).length, 0);
    assert.strictEqual(check(line, { rules: { attribution: 'error' } })[0].severity, 'error');
  });
  it('inside a quotation a finding is a hint with no fix', () => {
    const t = 'He read it aloud: "Carter stated that the troops would deploy," Smith said.';
    const f = check(t).find((x) => x.rule === 'attribution/loaded-verb');
    assert.ok(f, 'the quoted loaded verb is still pointed out');
    assert.strictEqual(f.severity, 'hint');
    assert.strictEqual(f.fix, undefined);
    assert.strictEqual(f.inQuote, true);
  });
});
