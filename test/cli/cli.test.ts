/** Runs the built CLI (bin/copydesk.js → dist/cli.js) as a child process, as a user or a CI job would. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..', '..', '..');
const bin = path.join(root, 'bin', 'copydesk.js');

function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  fix?: { title: string; edits: Array<{ start: number; end: number; newText: string }> };
  suggestions?: Array<{ title: string; edits: Array<{ start: number; end: number; newText: string }> }>;
}

const DRAFT = [
  'WASHINGTON — The deployment was approved by LTG Sean MacFarland on July 11th.',
  '',
  'Carter stated that the troops would arrive on Tuesday, July 11, 2016.',
  '',
].join('\n');

function apply(text: string, edits: Array<{ start: number; end: number; newText: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

describe('copydesk check (the built CLI)', () => {
  let dir: string;
  let draft: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));
    draft = path.join(dir, 'draft.release');
    fs.writeFileSync(draft, DRAFT);
    fs.mkdirSync(path.join(dir, 'empty'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--format json reports the rank, the ordinal, the verb and the weekday with exact fixes', () => {
    const r = run(['check', '--format', 'json', draft]);
    assert.strictEqual(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { version: number; files: Array<{ path: string; findings: JsonFinding[] }> };
    assert.strictEqual(out.version, 1);
    assert.strictEqual(out.files[0].path, draft);
    const byText = (s: string): JsonFinding => {
      const f = out.files[0].findings.find((x) => DRAFT.slice(x.start, x.end).includes(s));
      assert.ok(f, `no finding covers "${s}": ${r.stdout}`);
      return f;
    };
    const rank = byText('LTG');
    assert.strictEqual(rank.rule, 'rank/service-abbreviation');
    assert.strictEqual(rank.severity, 'error');
    assert.strictEqual(apply(DRAFT, rank.fix!.edits).includes('by Lt. Gen. Sean MacFarland on'), true);
    assert.deepStrictEqual(rank.range.start, { line: 0, character: DRAFT.indexOf('LTG') });

    const ordinal = byText('11th');
    assert.strictEqual(ordinal.rule, 'date/ordinal');
    assert.ok(apply(DRAFT, ordinal.fix!.edits).includes('on July 11.\n'));

    const verb = byText('stated');
    assert.strictEqual(verb.rule, 'attribution/loaded-verb');
    assert.ok(apply(DRAFT, verb.fix!.edits).includes('Carter said that'));
    assert.deepStrictEqual(verb.range.start, { line: 2, character: 7 });

    const weekday = byText('Tuesday');
    assert.match(weekday.rule, /^date\//);
    assert.strictEqual(weekday.fix, undefined, 'either reading may be right: no certain fix');
    const options = (weekday.suggestions ?? []).map((s) => apply(DRAFT, s.edits));
    assert.ok(options.some((t) => t.includes('Monday, July 11, 2016')), JSON.stringify(weekday));
    assert.ok(options.some((t) => t.includes('Tuesday, July 12, 2016')), JSON.stringify(weekday));
  });

  it('prints the JSON contract field for field', () => {
    const r = run(['check', '--format=json', '-'], 'Carter stated that it was done.\n');
    assert.strictEqual(
      r.stdout.trim(),
      JSON.stringify({
        version: 1,
        files: [
          {
            path: '-',
            findings: [
              {
                rule: 'attribution/loaded-verb',
                severity: 'warning',
                message: 'Use "said" instead of "stated" for attribution.',
                start: 7,
                end: 13,
                range: { start: { line: 0, character: 7 }, end: { line: 0, character: 13 } },
                fix: { title: 'Change to "said"', edits: [{ start: 7, end: 13, newText: 'said' }] },
              },
            ],
          },
        ],
      }),
    );
    assert.strictEqual(r.code, 0, 'a warning alone exits 0');
  });

  it('text format shows file, line, column, severity, rule, message and a caret under the text', () => {
    const r = run(['check', draft]);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, new RegExp(`${draft.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:8: warning attribution/loaded-verb: `));
    assert.ok(r.stdout.includes('    Carter stated that'));
    assert.ok(r.stdout.includes(`    ${' '.repeat(7)}^^^^^^\n`));
  });

  it('the seed release exits 0 with no error or warning', () => {
    const r = run(['check', '--format', 'json', path.join(root, 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt')]);
    assert.strictEqual(r.code, 0, r.stdout);
    const loud = (JSON.parse(r.stdout).files[0].findings as JsonFinding[]).filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepStrictEqual(loud, []);
  });

  it('exits 2 with a one-line message on usage and read errors', () => {
    for (const [args, pattern] of [
      [['check', path.join(dir, 'missing.release')], /^copydesk: cannot read .*missing\.release: no such file\n$/],
      [['check', '--format', 'xml', draft], /^copydesk: unknown format "xml"/],
      [['lint'], /^copydesk: unknown command "lint"/],
      [['check'], /^copydesk: no input/],
      [['check', '--bogus', draft], /^copydesk: unknown option "--bogus"/],
      [['check', path.join(dir, 'empty')], /no drafts in .*empty/],
    ] as Array<[string[], RegExp]>) {
      const r = run(args);
      assert.strictEqual(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, pattern);
      assert.strictEqual(r.stderr.trim().split('\n').length, 1);
    }
  });
});
