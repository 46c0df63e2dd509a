import * as assert from 'assert';
import { check, mergeOptions, parseConfig, resolveOptions } from '../../checker';

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
    assert.ok(messages.some((m) => m.includes('"substitutions"[0]."suggest" must be a string')), messages.join('\n'));
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

  it('a "pattern" substitution flags every match of the regular expression and offers the suggestion', () => {
    const { options, problems } = parseConfig('{ "substitutions": [{ "pattern": "(?i)\\\\bj-?ieddo\\\\b", "suggest": "JIDA" }] }');
    assert.deepStrictEqual(problems, []);
    const text = 'JIEDDO and J-IEDDO and jieddo, but not JIEDDOs.';
    const found = check(text, options).filter((f) => f.rule === 'usage/substitution');
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['JIEDDO', 'J-IEDDO', 'jieddo']);
    assert.strictEqual(found[1].fix?.edits[0].newText, 'JIDA');
    assert.match(found[1].message, /Use "JIDA" instead of "J-IEDDO"/);
  });

  it('an invalid pattern is a problem at its value; the other substitutions and keys still apply', () => {
    const text = '{ "rules": { "date": "off" }, "substitutions": [{ "pattern": "(unclosed", "suggest": "x" }, { "pattern": "(?=look)ahead", "suggest": "y" }, { "flag": "JIEDDO", "suggest": "JIDA" }] }';
    const { options, problems } = parseConfig(text);
    assert.strictEqual(problems.length, 2, problems.map((p) => p.message).join('\n'));
    assert.strictEqual(text.slice(problems[0].start, problems[0].end), '"(unclosed"');
    assert.match(problems[0].message, /"substitutions"\[0\]\."pattern" is not a valid regular expression: missing closing \)/);
    assert.strictEqual(text.slice(problems[1].start, problems[1].end), '"(?=look)ahead"');
    assert.match(problems[1].message, /"substitutions"\[1\]\."pattern" is not a valid regular expression/);
    assert.deepStrictEqual(options.substitutions, [{ flag: 'JIEDDO', suggest: 'JIDA' }]);
    assert.deepStrictEqual(options.rules, { date: 'off' });
  });

  it('substitution entries of the wrong shape each name their index and key', () => {
    const cases: Array<[string, RegExp]> = [
      ['"JIEDDO"', /"substitutions"\[0\] must be an object/],
      ['{ "flag": "A", "pattern": "B", "suggest": "C" }', /has both "flag" and "pattern"/],
      ['{ "suggest": "C" }', /needs a "flag" \(a phrase\) or a "pattern"/],
      ['{ "flag": 3, "suggest": "C" }', /"flag" must be a non-empty string/],
      ['{ "pattern": 3, "suggest": "C" }', /"pattern" must be a string/],
      ['{ "pattern": "", "suggest": "C" }', /"pattern" is empty/],
      ['{ "flag": "A", "suggest": 1 }', /"suggest" must be a string/],
      ['{ "flag": "A", "suggest": "B", "message": [] }', /"message" must be a string/],
    ];
    for (const [entry, expected] of cases) {
      const { options, problems } = parseConfig(`{ "substitutions": [${entry}] }`);
      assert.strictEqual(problems.length, 1, entry);
      assert.match(problems[0].message, expected, entry);
      assert.deepStrictEqual(options.substitutions, [], entry);
    }
  });

  it('wrong types for each key are named, and never throw', () => {
    const { options, problems } = parseConfig('{ "extends": 3, "rules": [], "acronyms": "JTF", "accept": {}, "substitutions": "x", "accept2": 1 }');
    const messages = problems.map((p) => p.message).join('\n');
    for (const key of ['"extends"', '"rules" must be an object', '"acronyms" must be an object', '"accept" must be a list', '"substitutions" must be a list', 'unknown key "accept2"']) {
      assert.ok(messages.includes(key), `${key} in\n${messages}`);
    }
    assert.deepStrictEqual(options, {});
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
