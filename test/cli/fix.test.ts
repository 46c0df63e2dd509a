/** --fix rewrites drafts byte for byte as expected (line endings, BOM, mode kept); --fix-dry-run prints the diff. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { writeIfUnchanged } from '../../server/src/cli/fix';
import { cli, tree } from './run';

const LINES = ['WASHINGTON — The deployment was approved by LTG Sean MacFarland on July 11th.', '', 'Carter stated that "the General said 3 soldiers left."', ''];
const FIXED = ['WASHINGTON — The deployment was approved by Army Lt. Gen. Sean MacFarland on July 11.', '', 'Carter said that "the General said 3 soldiers left."', ''];

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
  const read = (name: string): Buffer => fs.readFileSync(path.join(t.dir, name));

  it('applies every certain fix, overlapping ones too, and leaves quoted words alone', () => {
    fs.chmodSync(path.join(t.dir, 'lf.release'), 0o640);
    const r = cli(['check', '--fix', 'lf.release'], { cwd: t.dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(read('lf.release').toString('utf8'), FIXED.join('\n'));
    assert.strictEqual(fs.statSync(path.join(t.dir, 'lf.release')).mode & 0o777, 0o640);
    assert.strictEqual(
      r.stdout,
      [
        'lf.release: 4 fixes applied',
        'lf.release:3:23: hint rank/lowercase-alone: A rank standing alone is lowercase: "general". (inside a quotation: left to the writer)',
        '    Carter said that "the General said 3 soldiers left."',
        '                          ^^^^^^^',
        'lf.release:3:36: hint number/spell-out-small: Spell out numbers under 10 in running text: "three". (inside a quotation: left to the writer)',
        '    Carter said that "the General said 3 soldiers left."',
        '                                       ^',
        '2 findings (0 errors, 0 warnings) in 1 file',
        '',
      ].join('\n'),
    );
  });

  it('keeps CRLF line endings and the byte order mark', () => {
    const r = cli(['check', '--fix', '--format', 'json', 'crlf.release', 'bom.txt'], { cwd: t.dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(read('crlf.release'), Buffer.from(FIXED.join('\r\n')));
    assert.deepStrictEqual(read('bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Carter said that the troops left on July 11.\n')]));
    const out = JSON.parse(r.stdout) as { files: Array<{ path: string; fixed: number; findings: unknown[] }> };
    assert.deepStrictEqual(out.files.map((f) => [f.path, f.fixed]), [['bom.txt', 2], ['crlf.release', 4]]);
    assert.strictEqual(r.stderr, 'copydesk: bom.txt: 2 fixes applied\ncopydesk: crlf.release: 4 fixes applied\n');
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
        '+WASHINGTON — The deployment was approved by Army Lt. Gen. Sean MacFarland on July 11.\r',
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
    assert.strictEqual(r.stderr, 'copydesk: 6 fixes would be applied in 2 files; nothing written\n');
    assert.strictEqual(read('crlf.release').toString('utf8'), LINES.join('\r\n'));
  });

  it('--fix-dry-run marks a last line without a newline', () => {
    const r = cli(['check', '--fix-dry-run', '--rule', 'structure=off', '-'], { input: 'Carter stated it.' });
    assert.strictEqual(r.stdout, '--- a/-\n+++ b/-\n@@ -1 +1 @@\n-Carter stated it.\n\\ No newline at end of file\n+Carter said it.\n\\ No newline at end of file\n');
  });

  it('refuses --fix on standard input', () => {
    const r = cli(['check', '--fix', '-'], { input: 'Carter stated it.' });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^copydesk: standard input cannot be fixed in place/);
  });
});
