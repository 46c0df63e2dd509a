/** --fix rewrites drafts byte for byte as expected (line endings, BOM, mode kept); --fix-dry-run prints the diff. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { writeIfUnchanged } from '../../cli/src/fix';
import { cli, root, tree } from './run';

// The Debian packages for patch and git, from the one list (.ci/debian-packages), for the message when one is missing.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const debian = require(path.join(root, 'scripts', 'debian-packages.js')) as { debianPackages: (group: string) => string[]; aptCommand: (packages: readonly string[]) => string };

const LINES = ['WASHINGTON — The deployment was approved by LTG Sean MacFarland on July 11th.', '', 'Carter stated that "the General said 3 soldiers left."', ''];
/** The fixes of the errors and warnings (--fix's default): the hint that would insert "Army " before the rank is left to the writer. */
const FIXED = ['WASHINGTON — The deployment was approved by Lt. Gen. Sean MacFarland on July 11.', '', 'Carter said that "the General said 3 soldiers left."', ''];
/** --fix-include suggestions: the hint's fix too. */
const FIXED_ALL = ['WASHINGTON — The deployment was approved by Army Lt. Gen. Sean MacFarland on July 11.', '', 'Carter said that "the General said 3 soldiers left."', ''];

describe('copydesk check --fix and --fix-dry-run (the built CLI)', () => {
  let t: ReturnType<typeof tree>;
  beforeEach(() => {
    t = tree({
      'lf.release': LINES.join('\n'),
      'crlf.release': LINES.join('\r\n'),
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Carter stated that the troops left on July 11th.\n')]),
    });
  });
  afterEach(() => t.remove());
  const read = (name: string, dir = t.dir): Buffer => fs.readFileSync(path.join(dir, name));

  it('applies the certain fixes of errors and warnings, leaves a hint\'s fix and quoted words alone', () => {
    fs.chmodSync(path.join(t.dir, 'lf.release'), 0o640);
    const r = cli(['check', '--fix', 'lf.release'], { cwd: t.dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(read('lf.release').toString('utf8'), FIXED.join('\n'));
    assert.strictEqual(fs.statSync(path.join(t.dir, 'lf.release')).mode & 0o777, 0o640);
    assert.strictEqual(
      r.stdout,
      [
        'lf.release: 3 fixes applied',
        'lf.release:1:45: hint rank/service-before-rank: DoD practice names the service before the rank on first reference (Army, Air Force, Marine Corps, Space Force).',
        '    WASHINGTON — The deployment was approved by Lt. Gen. Sean MacFarland on July 11.',
        '                                                ^^^^^^^^^^^^^^^^^^^^^^^^',
        'lf.release:3:23: hint rank/lowercase-alone: A rank standing alone is lowercase: "general". (inside a quotation: left to the writer)',
        '    Carter said that "the General said 3 soldiers left."',
        '                          ^^^^^^^',
        'lf.release:3:36: hint number/spell-out-small: Spell out numbers under 10 in running text: "three". (inside a quotation: left to the writer)',
        '    Carter said that "the General said 3 soldiers left."',
        '                                       ^',
        '3 findings (0 errors, 0 warnings) in 1 file',
        '',
      ].join('\n'),
    );
  });

  it('--fix-include suggestions applies the hint\'s fix too (overlapping fixes land pass after pass); quoted words stay', () => {
    const r = cli(['check', '--fix', '--fix-include', 'suggestions', 'lf.release'], { cwd: t.dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(read('lf.release').toString('utf8'), FIXED_ALL.join('\n'));
    assert.match(r.stdout, /^lf\.release: 4 fixes applied\n/);
    assert.ok(!r.stdout.includes('rank/service-before-rank'), r.stdout);
    const dry = cli(['check', '--fix-dry-run', '--fix-include', 'suggestions', 'crlf.release'], { cwd: t.dir });
    assert.ok(dry.stdout.includes('+WASHINGTON — The deployment was approved by Army Lt. Gen. Sean MacFarland on July 11.\r\n'), dry.stdout);
    assert.strictEqual(dry.stderr, 'copydesk: 4 fixes would be applied in 1 file; nothing written\n');
  });

  it('keeps CRLF line endings and the byte order mark', () => {
    const r = cli(['check', '--fix', '--format', 'json', 'crlf.release', 'bom.txt'], { cwd: t.dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(read('crlf.release'), Buffer.from(FIXED.join('\r\n')));
    assert.deepStrictEqual(read('bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Carter said that the troops left on July 11.\n')]));
    const out = JSON.parse(r.stdout) as { files: Array<{ path: string; fixed: number; findings: unknown[] }> };
    assert.deepStrictEqual(out.files.map((f) => [f.path, f.fixed]), [['bom.txt', 2], ['crlf.release', 3]]);
    assert.strictEqual(r.stderr, 'copydesk: bom.txt: 2 fixes applied\ncopydesk: crlf.release: 3 fixes applied\n');
  });

  it('a file with nothing to fix is not written', () => {
    fs.writeFileSync(path.join(t.dir, 'clean.txt'), 'Carter said that the troops left.\n');
    const before = fs.statSync(path.join(t.dir, 'clean.txt')).mtimeMs;
    const r = cli(['check', '--fix', 'clean.txt'], { cwd: t.dir });
    assert.strictEqual(r.code, 0);
    assert.ok(!r.stdout.includes('applied'));
    assert.strictEqual(fs.statSync(path.join(t.dir, 'clean.txt')).mtimeMs, before);
  });

  it('does not write over a file that changed while it was checked', () => {
    const file = path.join(t.dir, 'lf.release');
    const readAtStart = fs.readFileSync(file);
    fs.writeFileSync(file, 'Someone saved this meanwhile.\n');
    assert.strictEqual(writeIfUnchanged(file, readAtStart, Buffer.from('fixed')), false);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'Someone saved this meanwhile.\n');
    const current = fs.readFileSync(file);
    assert.strictEqual(writeIfUnchanged(file, current, Buffer.from('fixed')), true);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'fixed');
  });

  it('--fix-dry-run prints a unified diff with three lines of context and writes nothing', () => {
    const long = ['FOR IMMEDIATE RELEASE', '', 'Headline for the test', '', 'WASHINGTON — The troops left.', '', 'Line seven.', '', 'Carter stated it.', '', 'Line eleven.', '', 'Line thirteen.', '', 'Line fifteen.', '', 'Line seventeen.', '', 'It ended on July 11th.', ''];
    fs.writeFileSync(path.join(t.dir, 'long.release'), long.join('\n'));
    const r = cli(['check', '--fix-dry-run', '--rule', 'structure=off', 'long.release', 'crlf.release'], { cwd: t.dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(
      r.stdout,
      [
        '--- a/crlf.release',
        '+++ b/crlf.release',
        '@@ -1,3 +1,3 @@',
        '-WASHINGTON — The deployment was approved by LTG Sean MacFarland on July 11th.\r',
        '+WASHINGTON — The deployment was approved by Lt. Gen. Sean MacFarland on July 11.\r',
        ' \r',
        '-Carter stated that "the General said 3 soldiers left."\r',
        '+Carter said that "the General said 3 soldiers left."\r',
        '--- a/long.release',
        '+++ b/long.release',
        '@@ -6,7 +6,7 @@',
        ' ',
        ' Line seven.',
        ' ',
        '-Carter stated it.',
        '+Carter said it.',
        ' ',
        ' Line eleven.',
        ' ',
        '@@ -16,4 +16,4 @@',
        ' ',
        ' Line seventeen.',
        ' ',
        '-It ended on July 11th.',
        '+It ended on July 11.',
        '',
      ].join('\n'),
    );
    assert.strictEqual(r.stderr, 'copydesk: 5 fixes would be applied in 2 files; nothing written\n');
    assert.strictEqual(read('crlf.release').toString('utf8'), LINES.join('\r\n'));
  });

  it('--fix-dry-run marks a last line without a newline', () => {
    const r = cli(['check', '--fix-dry-run', '--rule', 'structure=off', '-'], { input: 'Carter stated it.' });
    assert.strictEqual(r.stdout, '--- a/-\n+++ b/-\n@@ -1 +1 @@\n-Carter stated it.\n\\ No newline at end of file\n+Carter said it.\n\\ No newline at end of file\n');
  });

  /** Applies a diff in `dir` with GNU patch (exactly: no fuzz) or git apply, as a user would. */
  const apply = (tool: 'patch' | 'git', dir: string, diff: string): void => {
    const args = tool === 'patch' ? ['-p1', '--fuzz=0', '--batch', '--quiet'] : ['apply', '-p1', '-'];
    const r = spawnSync(tool, args, { cwd: dir, input: diff, encoding: 'utf8', timeout: 20_000 });
    if (r.error && (r.error as { code?: string }).code === 'ENOENT') assert.fail(`${tool} is not installed: run ${debian.aptCommand(debian.debianPackages('cli'))}`);
    assert.strictEqual(r.status, 0, `${tool}: ${r.stdout}${r.stderr}${r.error ?? ''}`);
  };

  /** Drafts whose lines end in LF, CRLF, lone CR (a classic Mac file, one line to `diff` and `patch`) or a mix of the three; one starts with a byte order mark. */
  const ENDINGS: Record<string, string> = {
    'LF line endings': ['WASHINGTON — Carter stated it.', '', 'Line three.', 'Line four.', 'Line five.', 'Line six.', 'Line seven.', 'Line eight.', 'Line nine.', '', 'It ended on July 11th.'].join('\n'),
    'CRLF line endings': ['WASHINGTON — Carter stated it.', '', 'Line three.', 'Line four.', 'Line five.', 'Line six.', 'Line seven.', 'Line eight.', 'Line nine.', '', 'It ended on July 11th.', ''].join('\r\n'),
    'lone-CR line endings': 'Intro line.\rCarter stated it.\rEnd.\r',
    'a byte order mark': '\uFEFFCarter stated it.\n\nEnd.\n',
    'mixed LF, CRLF and lone-CR line endings': 'WASHINGTON — Carter stated it.\r\n\r\nLine three.\rLine four.\nLine five.\r\nLine six.\nLine seven.\nLine eight.\nLine nine.\r\n\nIt ended on July 11th.\rLast line.\n',
  };

  for (const [[name, text], i] of Object.entries(ENDINGS).map((e, i) => [e, i] as const)) {
    it(`--fix-dry-run on a draft with ${name}: GNU patch and git apply turn the diff into exactly what --fix writes`, () => {
      const file = `draft-${i}.release`;
      const dirs = [tree({ [file]: text }), tree({ [file]: text }), tree({ [file]: text }), tree({ [file]: text })];
      try {
        const [dryDir, fixDir, patchDir, gitDir] = dirs.map((d) => d.dir);
        const dry = cli(['check', '--fix-dry-run', '--rule', 'structure=off', file], { cwd: dryDir });
        assert.strictEqual(dry.code, 0, dry.stderr);
        const fix = cli(['check', '--fix', '--rule', 'structure=off', file], { cwd: fixDir });
        assert.strictEqual(fix.code, 0, fix.stderr);
        const written = read(file, fixDir);
        assert.notDeepStrictEqual(written, Buffer.from(text), 'the draft has fixes to apply');
        // What diffutils prints for the same two files, named as git names them.
        const gnu = spawnSync('diff', ['-u', '--label', `a/${file}`, '--label', `b/${file}`, path.join(dryDir, file), path.join(fixDir, file)], { encoding: 'utf8' });
        assert.strictEqual(dry.stdout, gnu.stdout, 'the same diff as diff -u');
        for (const [tool, dir] of [['patch', patchDir], ['git', gitDir]] as const) {
          apply(tool, dir, dry.stdout);
          assert.deepStrictEqual(read(file, dir), written, `${tool} gives the bytes --fix writes`);
        }
        assert.deepStrictEqual(read(file, dryDir), Buffer.from(text), '--fix-dry-run writes nothing');
      } finally {
        for (const d of dirs) d.remove();
      }
    });
  }

  it('--fix-dry-run C-quotes a file name as git does when it needs it, and patch and git apply find the file', () => {
    const file = 'Café "draft".release';
    for (const tool of ['patch', 'git'] as const) {
      const d = tree({ [file]: 'Carter stated it.\n' });
      try {
        const dry = cli(['check', '--fix-dry-run', '--rule', 'structure=off', file], { cwd: d.dir });
        assert.strictEqual(dry.stdout, '--- "a/Caf\\303\\251 \\"draft\\".release"\n+++ "b/Caf\\303\\251 \\"draft\\".release"\n@@ -1 +1 @@\n-Carter stated it.\n+Carter said it.\n');
        apply(tool, d.dir, dry.stdout);
        assert.strictEqual(read(file, d.dir).toString('utf8'), 'Carter said it.\n');
      } finally {
        d.remove();
      }
    }
  });

  it('refuses --fix on standard input', () => {
    const r = cli(['check', '--fix', '-'], { input: 'Carter stated it.' });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^copydesk: standard input cannot be fixed in place/);
  });
});
