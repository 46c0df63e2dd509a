/** --rule, --quiet, --max-warnings, --preset, --config and the exit codes a CI job relies on. */
import * as assert from 'assert';
import { cli, tree } from './run';

// Two warnings (stated, 3) and one error (11th).
const DRAFT = 'Carter stated that the 3 soldiers left on July 11th.\n';
const WARNINGS_ONLY = 'Carter stated that the 3 soldiers left.\n';

interface Out {
  files: Array<{ path: string; findings: Array<{ rule: string; severity: string }> }>;
}
const rules = (stdout: string): string[] => (JSON.parse(stdout) as Out).files.flatMap((f) => f.findings.map((x) => `${x.severity} ${x.rule}`));

describe('copydesk check options and exit codes (the built CLI)', () => {
  let t: ReturnType<typeof tree>;
  before(() => {
    t = tree({ 'draft.release': DRAFT, 'warn.release': WARNINGS_ONLY, 'clean.release': 'Carter said that the three soldiers left.\n', 'strict.json': '{ "rules": { "attribution": "error" } }',
      'quiet/.copydesk.json': '{ "rules": { "attribution": "off" } }',
      'quiet/warn.release': WARNINGS_ONLY,
    });
  });
  after(() => t.remove());
  const check = (...args: string[]) => cli(['check', '--rule', 'structure=off', ...args], { cwd: t.dir });

  it('exit 0 for a clean draft, 1 for an error, 0 for warnings alone', () => {
    assert.strictEqual(check('clean.release').code, 0);
    assert.strictEqual(check('draft.release').code, 1);
    const w = check('warn.release');
    assert.strictEqual(w.code, 0);
    assert.match(w.stdout, /2 findings \(0 errors, 2 warnings\) in 1 file\n$/);
  });

  it('--max-warnings N exits 1 only when warnings exceed N', () => {
    assert.strictEqual(check('--max-warnings', '2', 'warn.release').code, 0);
    const r = check('--max-warnings=1', 'warn.release');
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.stderr, 'copydesk: 2 warnings, more than --max-warnings 1\n');
    assert.strictEqual(check('--max-warnings', '0', 'clean.release').code, 0);
    assert.strictEqual(check('--max-warnings', 'many', 'warn.release').code, 2);
  });

  it('--rule sets a rule or a whole family, repeatable; later settings win', () => {
    assert.deepStrictEqual(rules(check('--format', 'json', '--rule', 'date/ordinal=off', '--rule', 'attribution/loaded-verb=error', 'draft.release').stdout), [
      'error attribution/loaded-verb',
      'warning number/spell-out-small',
    ]);
    assert.deepStrictEqual(rules(check('--format', 'json', '--rule', 'number=off', '--rule', 'date=hint', 'draft.release').stdout), ['warning attribution/loaded-verb', 'hint date/ordinal']);
    const r = check('--rule', 'date/ordinal=off', '--rule', 'attribution/loaded-verb=error', 'draft.release');
    assert.strictEqual(r.code, 1, 'the raised rule now fails the check');
  });

  it('--rule beats .copydesk.json; --config replaces the nearest config; an unknown preset or missing config exits 2', () => {
    assert.deepStrictEqual(rules(check('--format', 'json', 'quiet/warn.release').stdout), ['warning number/spell-out-small'], 'the nearest .copydesk.json applies');
    assert.deepStrictEqual(rules(check('--format', 'json', '--config', 'strict.json', 'quiet/warn.release').stdout), ['error attribution/loaded-verb', 'warning number/spell-out-small']);
    assert.deepStrictEqual(rules(check('--format', 'json', '--config', 'strict.json', '--rule', 'attribution=warning', 'quiet/warn.release').stdout), [
      'warning attribution/loaded-verb',
      'warning number/spell-out-small',
    ]);
    const missing = check('--config', 'nope.json', 'warn.release');
    assert.strictEqual(missing.code, 2);
    assert.strictEqual(missing.stderr, 'copydesk: cannot read config nope.json: no such file\n');
    assert.strictEqual(check('--preset', 'marines', 'warn.release').code, 2);
  });

  it('--rule with an unknown rule or severity is a usage error with a suggestion', () => {
    const r = check('--rule', 'date/ordinals=off', 'draft.release');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^copydesk: unknown rule "date\/ordinals" \(did you mean date\/ordinal\?\)/);
    assert.strictEqual(r.stderr.split('\n').length, 2);
    const s = check('--rule', 'date/ordinal=loud', 'draft.release');
    assert.strictEqual(s.code, 2);
    assert.match(s.stderr, /^copydesk: unknown severity "loud" for date\/ordinal: use error, warning, information, hint, off/);
  });

  it('--quiet reports and counts errors only', () => {
    const r = check('--quiet', 'draft.release');
    assert.strictEqual(r.code, 1);
    assert.strictEqual(
      r.stdout,
      [
        'draft.release:1:43: error date/ordinal: No ordinal in dates: write "July 11", not "July 11th". [fix: Remove "th"]',
        '    Carter stated that the 3 soldiers left on July 11th.',
        '                                              ^^^^^^^^^',
        '1 finding (1 error, 0 warnings) in 1 file',
        '',
      ].join('\n'),
    );
    assert.strictEqual(check('--quiet', '--max-warnings', '0', 'warn.release').code, 0);
  });

  it('exit 2 wins over 1: an unreadable file among others is reported and the rest still checked', () => {
    const r = check('--format', 'json', 'draft.release', 'missing.release');
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stderr, 'copydesk: cannot read missing.release: no such file\n');
    assert.deepStrictEqual((JSON.parse(r.stdout) as Out).files.map((f) => f.path), ['draft.release']);
  });

  it('--help lists every command, option and exit code', () => {
    const r = cli(['--help']);
    assert.strictEqual(r.code, 0);
    for (const word of ['check', 'explain', 'rules', '--format', 'sarif', 'github', '--config', '--preset', '--rule', '--ext', '--quiet', '--max-warnings', '--fix', '--fix-dry-run', '--max-file-size', '--jobs', 'Exit codes'])
      assert.ok(r.stdout.includes(word), word);
  });
});
