/**
 * `copydesk check` argument parsing: the README's options, their short forms, `--`, `-`, and the
 * usage errors (each exits 2 with one line). Most cases call the parser directly; the last ones
 * run the built CLI to show the same through the process.
 */
import * as assert from 'assert';
import { CheckArgs, DEFAULT_EXTENSIONS, DEFAULT_MAX_FILE_SIZE, parseCheckArgs } from '../../cli/src/args';
import { cli, tree } from './run';

const parse = (...argv: string[]): CheckArgs => parseCheckArgs(argv);
const usageError = (argv: string[]): string => {
  try {
    parseCheckArgs(argv);
  } catch (e) {
    assert.strictEqual((e as Error).constructor.name, 'UsageError', `${argv.join(' ')}: ${(e as Error).stack}`);
    return (e as Error).message;
  }
  assert.fail(`${argv.join(' ')} parsed without a usage error`);
};

describe('copydesk check arguments', () => {
  it('defaults: text format, no rules, the default extensions and size, paths in order', () => {
    assert.deepStrictEqual(parse('a.release', 'drafts'), {
      format: 'text',
      rules: {},
      extensions: DEFAULT_EXTENSIONS,
      quiet: false,
      fix: false,
      fixDryRun: false,
      fixInclude: 'errorsAndWarnings',
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      paths: ['a.release', 'drafts'],
    });
  });

  it('every option, long form with a separate value', () => {
    const a = parse(
      '--format', 'json', '--config', 'c.json', '--preset', 'army', '--rule', 'date/ordinal=off', '--ext', 'release,.TXT, md',
      '--max-warnings', '3', '--max-file-size', '512KB', '--jobs', '2', '--quiet', '--fix', 'x.release',
    );
    assert.deepStrictEqual(a, {
      format: 'json',
      configPath: 'c.json',
      preset: 'army',
      rules: { 'date/ordinal': 'off' },
      extensions: ['release', 'txt', 'md'],
      maxWarnings: 3,
      maxFileSize: 512 * 1024,
      jobs: 2,
      quiet: true,
      fix: true,
      fixDryRun: false,
      fixInclude: 'errorsAndWarnings',
      paths: ['x.release'],
    });
    assert.strictEqual(parse('--fix-dry-run', 'x').fixDryRun, true);
    assert.strictEqual(parse('--fix', '--fix-include', 'suggestions', 'x').fixInclude, 'all');
    assert.strictEqual(parse('--fix-dry-run', '--fix-include=errors-and-warnings', 'x').fixInclude, 'errorsAndWarnings');
  });

  it('--option=value works for every option that takes a value', () => {
    const a = parse('--format=sarif', '--config=c.json', '--preset=dod', '--rule=rank=warning', '--ext=md', '--max-warnings=0', '--max-file-size=1MB', '--jobs=4', 'x');
    assert.strictEqual(a.format, 'sarif');
    assert.strictEqual(a.configPath, 'c.json');
    assert.strictEqual(a.preset, 'dod');
    assert.strictEqual(a.rules['rank'], 'warning');
    assert.deepStrictEqual(a.extensions, ['md']);
    assert.strictEqual(a.maxWarnings, 0);
    assert.strictEqual(a.maxFileSize, 1024 * 1024);
    assert.strictEqual(a.jobs, 4);
    assert.strictEqual(parse('--config=a=b.json', 'x').configPath, 'a=b.json', 'only the first = separates the value');
  });

  it('short forms -f, -c, -q, -j', () => {
    const a = parse('-f', 'github', '-c', 'c.json', '-q', '-j', '1', 'x');
    assert.strictEqual(a.format, 'github');
    assert.strictEqual(a.configPath, 'c.json');
    assert.strictEqual(a.quiet, true);
    assert.strictEqual(a.jobs, 1);
  });

  it('options and paths mix in any order; a value may start with a dash', () => {
    const a = parse('a', '-q', 'b', '--config', '-odd.json', 'c');
    assert.deepStrictEqual(a.paths, ['a', 'b', 'c']);
    assert.strictEqual(a.configPath, '-odd.json');
    assert.strictEqual(parse('--config', '--', 'x').configPath, '--', 'a value is taken even when it is --');
  });

  it('--rule is repeatable: families expand, later settings win, in the order given', () => {
    const a = parse('--rule', 'date=hint', '--rule', 'date/ordinal=error', 'x');
    assert.strictEqual(a.rules['date'], 'hint');
    assert.strictEqual(a.rules['date/ordinal'], 'error');
    assert.strictEqual(a.rules['date/weekday-mismatch'], 'hint');
    const b = parse('--rule', 'date/ordinal=error', '--rule', 'date=hint', 'x');
    assert.strictEqual(b.rules['date/ordinal'], 'hint');
    assert.strictEqual(parse('--rule', ' date/ordinal = off ', 'x').rules['date/ordinal'], 'off', 'spaces around the id and severity are trimmed');
  });

  it('- is standard input; after -- everything is a path', () => {
    assert.deepStrictEqual(parse('-').paths, ['-']);
    assert.deepStrictEqual(parse('a', '--', '-q', '--fix', '-', '--').paths, ['a', '-q', '--fix', '-', '--']);
    assert.strictEqual(parse('--', '-q').quiet, false);
  });

  it('usage errors say what is wrong', () => {
    const cases: Array<[string[], string]> = [
      [[], 'no input: name files, folders or globs, or - for standard input'],
      [['-q'], 'no input: name files, folders or globs, or - for standard input'],
      [['--format', 'xml', 'x'], 'unknown format "xml": use text, json, sarif, github'],
      [['--fix', '--fix-include', 'all', 'x'], '--fix-include needs suggestions or errors-and-warnings (got "all")'],
      [['--fix-include', 'suggestions', 'x'], '--fix-include goes with --fix or --fix-dry-run'],
      [['--format=', 'x'], 'unknown format "": use text, json, sarif, github'],
      [['--preset', 'marines', 'x'], 'unknown preset "marines": use ap, dod, army, navy, air-force, marine-corps, space-force'],
      [['--format'], '--format needs a value'],
      [['x', '-f'], '-f needs a value'],
      [['x', '--jobs'], '--jobs needs a value'],
      [['--max-warnings', 'many', 'x'], '--max-warnings needs a whole number, not "many"'],
      [['--max-warnings', '-1', 'x'], '--max-warnings needs a whole number, not "-1"'],
      [['-j', '1.5', 'x'], '-j needs a whole number, not "1.5"'],
      [['--jobs', '0', 'x'], '--jobs needs at least 1'],
      [['--max-file-size', 'big', 'x'], '--max-file-size needs a size such as 5MB, 512KB or 100000 (got "big")'],
      [['--ext', ', .', 'x'], '--ext needs at least one extension, e.g. --ext release,txt,md'],
      [['--rule', 'date/ordinal', 'x'], '--rule needs ID=SEVERITY, e.g. --rule rank/spelled-out=error (got "date/ordinal")'],
      [['--rule', '=off', 'x'], '--rule needs ID=SEVERITY, e.g. --rule rank/spelled-out=error (got "=off")'],
      [['--rule', 'date/ordinal=loud', 'x'], 'unknown severity "loud" for date/ordinal: use error, warning, information, hint, off'],
      [['--rule', 'date/ordinals=off', 'x'], 'unknown rule "date/ordinals" (did you mean date/ordinal?); copydesk rules lists them'],
      [['--fix', '--fix-dry-run', 'x'], 'use --fix or --fix-dry-run, not both'],
      [['--fix-dry-run', '--format', 'json', 'x'], '--fix-dry-run prints a diff; it takes no --format'],
      [['--fix', '-'], 'standard input cannot be fixed in place; use --fix-dry-run to see the fixes'],
      [['-', 'a', '-'], '- (standard input) can be named only once'],
      [['--bogus', 'x'], 'unknown option "--bogus"'],
      [['--bogus=3', 'x'], 'unknown option "--bogus=3"'],
      [['-x', 'x'], 'unknown option "-x"'],
      [['--format', 'xml', '--bogus', 'x'], 'unknown format "xml": use text, json, sarif, github'],
      [['--bogus', '--format', 'xml', 'x'], 'unknown option "--bogus"'],
    ];
    for (const [argv, message] of cases) assert.strictEqual(usageError(argv), message, argv.join(' '));
  });

  it('an unknown option names the close ones', () => {
    const cases: Array<[string[], string]> = [
      [['--formt', 'json', 'x'], 'unknown option "--formt" (did you mean --format?)'],
      [['--Format=json', 'x'], 'unknown option "--Format=json" (did you mean --format?)'],
      [['--rules', 'date=off', 'x'], 'unknown option "--rules" (did you mean --rule?)'],
      [['--quite', 'x'], 'unknown option "--quite" (did you mean --quiet?)'],
      [['--fix-dryrun', 'x'], 'unknown option "--fix-dryrun" (did you mean --fix-dry-run?)'],
      [['--max', '3', 'x'], 'unknown option "--max" (did you mean --max-file-size, --max-warnings?)'],
      [['--job=2', 'x'], 'unknown option "--job=2" (did you mean --jobs?)'],
      [['-format', 'json', 'x'], 'unknown option "-format" (did you mean --format?)'],
      [['-fix', 'x'], 'unknown option "-fix" (did you mean --fix?)'],
      [['-jobs=2', 'x'], 'unknown option "-jobs=2" (did you mean --jobs?)'],
      [['-Q', 'x'], 'unknown option "-Q"'],
    ];
    for (const [argv, message] of cases) assert.strictEqual(usageError(argv), message, argv.join(' '));
  });

  it('an option that takes no value refuses one', () => {
    assert.strictEqual(usageError(['--quiet=yes', 'x']), '--quiet takes no value (got "--quiet=yes")');
    assert.strictEqual(usageError(['--fix=', 'x']), '--fix takes no value (got "--fix=")');
  });

  it('short forms combine as with other command-line tools: -qj2, -fjson', () => {
    const a = parse('-qj2', '-fjson', 'x');
    assert.strictEqual(a.quiet, true);
    assert.strictEqual(a.jobs, 2);
    assert.strictEqual(a.format, 'json');
    assert.strictEqual(usageError(['-qj', 'x']), '-j needs a whole number, not "x"');
  });
});

describe('copydesk check arguments through the built CLI', () => {
  let t: ReturnType<typeof tree>;
  before(() => {
    t = tree({
      'warn.release': 'Carter stated that the 3 soldiers left.\n',
      '-q.release': 'Carter stated it.\n',
      'strict.json': '{ "rules": { "attribution": "error" } }',
      'move.release': 'The battalion will deploy to Poland Sept. 14, 2026, for nine months, Col. Ann Lee said.\n',
    });
  });
  after(() => t.remove());

  it('--release-date sets what "future" means to the opsec checks', () => {
    const before = cli(['check', '--format', 'json', '--release-date', '2026-09-01', 'move.release'], { cwd: t.dir });
    assert.match(before.stdout, /"rule":"opsec\/future-movement"/, 'a deployment two weeks after the release date is a future movement');
    const after = cli(['check', '--format', 'json', '--release-date', '2026-10-01', 'move.release'], { cwd: t.dir });
    assert.doesNotMatch(after.stdout, /opsec\/future-movement/, 'the same deployment is past once the release goes out after it');
    const bad = cli(['check', '--release-date', 'Sept. 1', 'move.release'], { cwd: t.dir });
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /--release-date needs a date written YYYY-MM-DD, such as 2026-12-10 \(got "Sept\. 1"\)/);
  });

  it('short forms work as the long ones do', () => {
    const long = cli(['check', '--rule', 'structure=off', '--format', 'json', '--config', 'strict.json', '--quiet', '--jobs', '1', 'warn.release'], { cwd: t.dir });
    const short = cli(['check', '--rule', 'structure=off', '-f', 'json', '-c', 'strict.json', '-q', '-j', '1', 'warn.release'], { cwd: t.dir });
    assert.strictEqual(long.code, 1);
    assert.deepStrictEqual(short, long);
    assert.match(short.stdout, /"rule":"attribution\/loaded-verb","severity":"error"/);
    assert.doesNotMatch(short.stdout, /"severity":"warning"/);
  });

  it('-- lets a file name start with a dash', () => {
    const r = cli(['check', '--rule', 'structure=off', '--', '-q.release'], { cwd: t.dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^-q\.release:1:8: warning attribution\/loaded-verb/);
  });

  it('a usage error exits 2 with one line and the usage', () => {
    const usage = 'usage: copydesk check [options] [paths | globs | -]   (copydesk --help for more)';
    const r = cli(['check', '--jobs', '0', 'warn.release'], { cwd: t.dir });
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stderr, `copydesk: --jobs needs at least 1; ${usage}\n`);
    assert.strictEqual(r.stdout, '');
    const typo = cli(['check', '--formt', 'json', 'warn.release'], { cwd: t.dir });
    assert.strictEqual(typo.code, 2);
    assert.strictEqual(typo.stderr, `copydesk: unknown option "--formt" (did you mean --format?); ${usage}\n`);
  });

  it('copydesk rules takes --format (or -f) text or json, nothing else', () => {
    const json = cli(['rules', '--format', 'json']);
    assert.strictEqual(json.code, 0);
    assert.ok(Array.isArray(JSON.parse(json.stdout)));
    assert.deepStrictEqual(cli(['rules', '-f', 'json']), json);
    assert.deepStrictEqual(cli(['rules', '--format=json']), json);
    assert.strictEqual(cli(['rules']).stdout, cli(['rules', '-f', 'text']).stdout);
    const bad = cli(['rules', '--format', 'xml']);
    assert.strictEqual(bad.code, 2);
    assert.strictEqual(bad.stderr, 'copydesk: unknown format "xml" for rules: use text or json\n');
    const extra = cli(['rules', 'date']);
    assert.strictEqual(extra.code, 2);
    assert.strictEqual(extra.stderr, 'copydesk: unknown option "date"; usage: copydesk rules [--format text|json]\n');
    const oneDash = cli(['rules', '-format', 'json']);
    assert.strictEqual(oneDash.code, 2);
    assert.strictEqual(oneDash.stderr, 'copydesk: unknown option "-format"; usage: copydesk rules [--format text|json]\n');
    const missing = cli(['rules', '--format']);
    assert.strictEqual(missing.code, 2);
    assert.strictEqual(missing.stderr, 'copydesk: unknown format "" for rules: use text or json\n');
  });
});
