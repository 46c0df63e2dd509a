/** `.copydesk.json` `ignore`: one finding silenced in one draft, by rule and text, wherever it moves. */
import * as assert from 'assert';
import { check, checkEdit, fullState, ignoredIn, parseConfig, ReleaseDocument, resolveOptions } from '../../checker';

const DRAFT =
  'FORT POLK, La. — Soldiers trained at the JMRC on Tuesday. The NTC staff said Sgt. Smith was there.\n\nMedia contact: Press Desk, 703-555-0100, press@example.mil\n';
const found = (text: string, options: Parameters<typeof check>[1]): string[] =>
  check(text, options).map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);

describe('.copydesk.json "ignore"', () => {
  it('reads entries of file, rule and text, with comments, and keeps them out of the options', () => {
    const { options, ignore, problems } = parseConfig(`{
      // kept out of the draft
      "ignore": [
        { "file": "drafts/polk.release", "rule": "acronym/undefined", "text": "JMRC" },
        { "file": "./drafts\\\\visit.release", "rule": "structure/missing-headline", "text": "" },
      ],
    }`);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(ignore, [
      { file: 'drafts/polk.release', rule: 'acronym/undefined', text: 'JMRC' },
      { file: 'drafts/visit.release', rule: 'structure/missing-headline', text: '' },
    ]);
    assert.strictEqual(options.ignore, undefined, 'an entry applies to one draft, chosen by ignoredIn');
  });

  it('names each bad entry and keeps the good ones', () => {
    const text = `{ "ignore": [
      { "file": "a.release", "rule": "acronym/nope", "text": "JMRC" },
      { "file": "", "rule": "acronym/undefined", "text": "JMRC" },
      { "file": "a.release", "rule": "acronym/undefined" },
      { "file": "a.release", "rule": "acronym/undefined", "text": "JMRC", "line": 3 },
      "JMRC",
      { "file": "a.release", "rule": "acronym/undefined", "text": "NTC" }
    ] }`;
    const { ignore, problems } = parseConfig(text);
    const messages = problems.map((p) => p.message);
    assert.strictEqual(messages.length, 5, messages.join('\n'));
    assert.match(messages[0], /^"ignore"\[0\]\."rule" must be a rule id/);
    assert.match(messages[1], /^"ignore"\[1\]\."file" must be the draft's path/);
    assert.match(messages[2], /^"ignore"\[2\]\."text" must be a string/);
    assert.match(messages[3], /^"ignore"\[3\]: unknown key "line"/);
    assert.match(messages[4], /^"ignore"\[4\] must be an object/);
    assert.deepStrictEqual(ignore, [{ file: 'a.release', rule: 'acronym/undefined', text: 'NTC' }]);
    assert.match(parseConfig('{ "ignore": {} }').problems[0].message, /^"ignore" must be a list/);
  });

  it('ignoredIn picks the entries of one draft, whatever the separators', () => {
    const { ignore } = parseConfig('{ "ignore": [{ "file": "drafts/polk.release", "rule": "acronym/undefined", "text": "JMRC" }] }');
    assert.deepStrictEqual(ignoredIn(ignore, 'drafts\\polk.release'), [{ rule: 'acronym/undefined', text: 'JMRC' }]);
    assert.deepStrictEqual(ignoredIn(ignore, './drafts/polk.release'), [{ rule: 'acronym/undefined', text: 'JMRC' }]);
    assert.deepStrictEqual(ignoredIn(ignore, 'polk.release'), []);
    assert.deepStrictEqual(ignoredIn(ignore, 'other/drafts/polk.release'), []);
  });

  it('silences exactly the finding of that rule and text; the others stay', () => {
    assert.deepStrictEqual(found(DRAFT, {}), ['acronym/undefined JMRC', 'acronym/undefined NTC', 'rank/missing-first-name Sgt. Smith']);
    assert.deepStrictEqual(found(DRAFT, { ignore: [{ rule: 'acronym/undefined', text: 'JMRC' }] }), [
      'acronym/undefined NTC',
      'rank/missing-first-name Sgt. Smith',
    ]);
    // The same text under another rule, or another text under the rule, is not ignored.
    assert.strictEqual(found(DRAFT, { ignore: [{ rule: 'acronym/unused', text: 'JMRC' }] }).length, 3);
    assert.strictEqual(found(DRAFT, { ignore: [{ rule: 'acronym/undefined', text: 'jmrc' }] }).length, 3);
  });

  it('survives edits elsewhere: the finding moves, it stays ignored, also when checked incrementally', () => {
    const options = resolveOptions({ ignore: [{ rule: 'acronym/undefined', text: 'JMRC' }] });
    const before = fullState(new ReleaseDocument(DRAFT, options.language), options);
    assert.ok(!before.findings.some((f) => f.rule === 'acronym/undefined' && DRAFT.slice(f.start, f.end) === 'JMRC'));
    const insert = 'Troops of the 1st Brigade arrived Monday. ';
    const at = DRAFT.indexOf('Soldiers');
    const after = checkEdit(before, { start: at, end: at, newText: insert });
    const text = after.doc.original;
    const rules = after.findings.map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);
    assert.ok(!rules.includes('acronym/undefined JMRC'), rules.join('\n'));
    assert.ok(rules.includes('acronym/undefined NTC'), rules.join('\n'));
    assert.deepStrictEqual(rules, found(text, { ignore: [{ rule: 'acronym/undefined', text: 'JMRC' }] }), 'incremental = full check');
  });
});
