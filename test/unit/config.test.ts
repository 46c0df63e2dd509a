import * as assert from 'assert';
import { check, mergeOptions, parseConfig, resolveOptions } from '../../server/src/checker';

describe('.copydesk.json', () => {
  it('reads presets, severities, acronyms, accepted words and substitutions, with comments', () => {
    const { options, problems } = parseConfig(`{
      // Our office
      "extends": "dod",
      "rules": { "attribution/loaded-verb": "error", "date": "off" },
      "acronyms": { "JTF-B": "Joint Task Force-Bravo" },
      "accept": ["MacFarland"],
      "substitutions": [{ "flag": "JIEDDO", "suggest": "Joint Improvised-Threat Defeat Agency" }],
    }`);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(options.preset, 'dod');
    assert.deepStrictEqual(options.rules, { 'attribution/loaded-verb': 'error', date: 'off' });
    assert.deepStrictEqual(options.acronyms, { 'JTF-B': 'Joint Task Force-Bravo' });
    const resolved = resolveOptions(options);
    assert.strictEqual(resolved.house.department, 'DoD');
  });

  it('names each bad key, keeps what is valid', () => {
    const text = `{ "extends": "marines", "rules": { "rank/nope": "error", "attribution/loaded-verb": "loud", "date/ordinal": "off" }, "colour": 1, "substitutions": [{ "flag": "" }] }`;
    const { options, problems } = parseConfig(text);
    const messages = problems.map((p) => p.message);
    assert.ok(messages.some((m) => m.includes('no preset "marines"')), messages.join('\n'));
    assert.ok(messages.some((m) => m.includes('unknown rule "rank/nope"')));
    assert.ok(messages.some((m) => m.includes('"rules"."attribution/loaded-verb" must be one of')));
    assert.ok(messages.some((m) => m.includes('unknown key "colour"')));
    assert.ok(messages.some((m) => m.includes('"substitutions" entries need')));
    assert.deepStrictEqual(options.rules, { 'date/ordinal': 'off' });
    for (const p of problems) assert.ok(p.start >= 0 && p.end <= text.length && p.end > p.start);
    const preset = problems.find((p) => p.message.includes('no preset'))!;
    assert.strictEqual(text.slice(preset.start, preset.end), '"marines"');
  });

  it('reports broken JSON with its offset and never throws', () => {
    for (const text of ['{ "extends": ', '[1, 2]', '', 'null', '{"rules": []}', '\u0000\uffff']) {
      const { problems } = parseConfig(text);
      assert.ok(problems.length > 0 || text === '', `no problem for ${JSON.stringify(text)}`);
    }
  });

  it('a substitution flags whole words only and offers the suggestion', () => {
    const text = 'JIEDDO leads the effort; JIEDDOs and XJIEDDO do not.';
    const found = check(text, { substitutions: [{ flag: 'JIEDDO', suggest: 'JIDA' }] }).filter((f) => f.rule === 'usage/substitution');
    assert.strictEqual(found.length, 1);
    assert.deepStrictEqual(found[0].fix?.edits, [{ start: 0, end: 6, newText: 'JIDA' }]);
  });

  it('accepted words silence findings on exactly that text', () => {
    const text = 'JIEDDO leads.';
    const opts = mergeOptions({ substitutions: [{ flag: 'JIEDDO', suggest: 'JIDA' }] }, { accept: ['JIEDDO'] });
    assert.deepStrictEqual(check(text, opts), []);
  });

  it('later layers win: CLI flags over the project file over editor settings', () => {
    const merged = mergeOptions({ preset: 'ap', rules: { a: 'off' } }, { preset: 'dod', rules: { b: 'hint' } }, { preset: 'navy' });
    assert.strictEqual(merged.preset, 'navy');
    assert.deepStrictEqual(merged.rules, { a: 'off', b: 'hint' });
  });
});
