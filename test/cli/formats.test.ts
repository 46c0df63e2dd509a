/** What each --format prints for the same draft: text (with and without colour), SARIF (schema-valid), GitHub annotations. */
import * as assert from 'assert';
import * as fs from 'fs';
import { cli, tree } from './run';
import { validate } from './sarifValidator';

const DRAFT = 'Carter stated that the 3 soldiers left on July 11th.\n';

describe('copydesk check --format (the built CLI)', () => {
  let t: ReturnType<typeof tree>;
  before(() => {
    t = tree({ 'drafts/carter.release': DRAFT, 'odd, name: 100%/note.txt': 'He stated it.\n' });
  });
  after(() => t.remove());

  it('text: one line per finding, the line of text and carets, no colour when piped', () => {
    const r = cli(['check', '--rule', 'structure=off', 'drafts/carter.release'], { cwd: t.dir });
    assert.strictEqual(r.code, 1, r.stderr);
    assert.strictEqual(
      r.stdout,
      [
        'drafts/carter.release:1:8: warning attribution/loaded-verb: Use "said" instead of "stated" for attribution. [fix: Change to "said"]',
        '    Carter stated that the 3 soldiers left on July 11th.',
        '           ^^^^^^',
        'drafts/carter.release:1:24: warning number/spell-out-small: Spell out numbers under 10 in running text: "three". [fix: Write "three"]',
        '    Carter stated that the 3 soldiers left on July 11th.',
        '                           ^',
        'drafts/carter.release:1:43: error date/ordinal: No ordinal in dates: write "July 11", not "July 11th". [fix: Remove "th"]',
        '    Carter stated that the 3 soldiers left on July 11th.',
        '                                              ^^^^^^^^^',
        '3 findings (1 error, 2 warnings) in 1 file',
        '',
      ].join('\n'),
    );
    assert.ok(!r.stdout.includes('\u001b['), 'no escape codes in a pipe');
  });

  it('text: control characters in a file name are escaped, so each finding and message stays on one line', () => {
    const d = tree({ 'two\nlines\t\u001b[31mred.release': 'Carter stated it.\n', 'big\r.release': 'Carter said it. '.repeat(100) });
    try {
      const r = cli(['check', '--rule', 'structure=off', '--max-file-size', '1KB', '.'], { cwd: d.dir });
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(
        r.stdout,
        [
          'two\\nlines\\t\\x1b[31mred.release:1:8: warning attribution/loaded-verb: Use "said" instead of "stated" for attribution. [fix: Change to "said"]',
          '    Carter stated it.',
          '           ^^^^^^',
          '1 finding (0 errors, 1 warning) in 1 file',
          '',
        ].join('\n'),
      );
      assert.strictEqual(r.stderr, 'copydesk: skipped big\\r.release: larger than 1 KB (1.6 KB); raise --max-file-size to check it\n');
      const fixed = cli(['check', '--fix', '--rule', 'structure=off', 'two\nlines\t\u001b[31mred.release'], { cwd: d.dir });
      assert.strictEqual(fixed.stdout, 'two\\nlines\\t\\x1b[31mred.release: 1 fix applied\n0 findings (0 errors, 0 warnings) in 1 file\n');
    } finally {
      d.remove();
    }
  });

  it('text: colour with FORCE_COLOR=1, none with NO_COLOR', () => {
    const coloured = cli(['check', '--rule', 'structure=off', 'drafts/carter.release'], { cwd: t.dir, env: { FORCE_COLOR: '1' } });
    assert.ok(coloured.stdout.includes('\u001b[31merror\u001b[0m'), coloured.stdout);
    assert.ok(coloured.stdout.includes('\u001b[33mwarning\u001b[0m'));
    assert.ok(coloured.stdout.includes('\u001b[31m^^^^^^^^^\u001b[0m'));
    const plain = cli(['check', '--rule', 'structure=off', 'drafts/carter.release'], { cwd: t.dir, env: { NO_COLOR: '1' } });
    assert.ok(!plain.stdout.includes('\u001b['));
    // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
    assert.strictEqual(coloured.stdout.replace(/\u001b\[\d+m/g, ''), plain.stdout);
  });

  it('github: workflow commands with escaped properties and message', () => {
    const r = cli(['check', '--format', 'github', '--rule', 'structure=off', 'odd, name: 100%/note.txt', 'drafts'], { cwd: t.dir });
    assert.strictEqual(r.code, 1, r.stderr);
    assert.strictEqual(
      r.stdout,
      [
        '::warning file=drafts/carter.release,line=1,col=8,endLine=1,endColumn=14,title=Copydesk attribution/loaded-verb::Use "said" instead of "stated" for attribution. Fix: Change to "said".',
        '::warning file=drafts/carter.release,line=1,col=24,endLine=1,endColumn=25,title=Copydesk number/spell-out-small::Spell out numbers under 10 in running text: "three". Fix: Write "three".',
        '::error file=drafts/carter.release,line=1,col=43,endLine=1,endColumn=52,title=Copydesk date/ordinal::No ordinal in dates: write "July 11", not "July 11th". Fix: Remove "th".',
        '::warning file=odd%2C name%3A 100%25/note.txt,line=1,col=4,endLine=1,endColumn=10,title=Copydesk attribution/loaded-verb::Use "said" instead of "stated" for attribution. Fix: Change to "said".',
        '',
      ].join('\n'),
    );
  });

  it('sarif: valid SARIF 2.1.0 (Microsoft SARIF validator), rule metadata, 1-based UTF-16 regions and fixes', function () {
    this.timeout(120_000);
    const r = cli(['check', '--format', 'sarif', 'drafts/carter.release', 'odd, name: 100%/note.txt'], { cwd: t.dir, input: '' });
    assert.strictEqual(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    assert.strictEqual(log.version, '2.1.0');
    const run = log.runs[0];
    assert.strictEqual(run.columnKind, 'utf16CodeUnits');
    assert.strictEqual(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${fs.realpathSync(t.dir)}/`.replace(/\/+$/, '/'));
    const rules = run.tool.driver.rules;
    const ordinal = run.results.find((x: { ruleId: string }) => x.ruleId === 'date/ordinal');
    assert.deepStrictEqual(ordinal.locations[0].physicalLocation, {
      artifactLocation: { uri: 'drafts/carter.release', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 43, endLine: 1, endColumn: 52 },
    });
    assert.strictEqual(ordinal.level, 'error');
    assert.strictEqual(rules[ordinal.ruleIndex].id, 'date/ordinal');
    assert.strictEqual(rules[ordinal.ruleIndex].helpUri, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/date-ordinal.md');
    assert.strictEqual(rules[ordinal.ruleIndex].defaultConfiguration.level, 'error');
    assert.match(rules[ordinal.ruleIndex].help.markdown, /^# date\/ordinal/);
    assert.deepStrictEqual(ordinal.fixes[0].artifactChanges[0].replacements, [
      { deletedRegion: { startLine: 1, startColumn: 43, endLine: 1, endColumn: 52 }, insertedContent: { text: 'July 11' } },
    ]);
    const odd = run.results.find((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
      x.locations[0].physicalLocation.artifactLocation.uri.startsWith('odd'),
    );
    assert.strictEqual(odd.locations[0].physicalLocation.artifactLocation.uri, 'odd%2C%20name%3A%20100%25/note.txt');

    // Microsoft's validator: the JSON schema, the SARIF rules and GitHub code scanning's ingestion
    // rules (rule kind Gh). Any error or warning fails the test.
    assert.deepStrictEqual(validate(r.stdout, t.dir, 'ours'), []);
    // A canary: the same log with an impossible line must be rejected, or the validator checked nothing.
    const broken = JSON.parse(r.stdout);
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.ok(validate(JSON.stringify(broken), t.dir, 'broken').some((p) => /JSON1008/.test(p)), 'the validator did not catch a broken log');
  });
});
