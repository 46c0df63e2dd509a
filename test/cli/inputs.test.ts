/** Which files `copydesk check` looks at: folders, .gitignore and .copydeskignore, globs, and what it skips. */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { cli, tree } from './run';

const D = 'Carter stated it.\n';

interface Out {
  files: Array<{ path: string }>;
}
const paths = (stdout: string): string[] => (JSON.parse(stdout) as Out).files.map((f) => f.path);

describe('copydesk check inputs (the built CLI)', () => {
  let t: ReturnType<typeof tree>;
  before(() => {
    t = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': '# build output\n/out/\n*.tmp.release\nlogs\n',
      '.copydeskignore': 'archive/**\n!archive/keep.release\n',
      'a.release': D,
      'b.txt': D,
      'c.md': D,
      'notes.rtf': D,
      'x.tmp.release': D,
      'out/built.release': D,
      'logs/today.release': D,
      'archive/old.release': D,
      'archive/keep.release': D,
      'drafts/2016/july.release': D,
      'drafts/2016/aug.txt': D,
      'drafts/.gitignore': 'secret*\n!secret-ok.release\n',
      'drafts/secret.release': D,
      'drafts/secret-ok.release': D,
      'drafts/sub/.copydeskignore': '*.txt\n',
      'drafts/sub/s.txt': D,
      'drafts/sub/s.release': D,
      'node_modules/pkg/readme.md': D,
      'media/photo.release': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'media/latin1.txt': Buffer.from('Caf\xe9 stated it.\n', 'latin1'),
      'media/big.release': 'Carter said it. '.repeat(1000),
    });
  });
  after(() => t.remove());
  const check = (...args: string[]) => cli(['check', '--format', 'json', '--max-file-size', '8KB', ...args], { cwd: t.dir });

  it('a folder: drafts by extension, sorted, minus what .gitignore and .copydeskignore exclude (nested ones too)', () => {
    const r = check('.');
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(paths(r.stdout), [
      'a.release',
      'archive/keep.release',
      'b.txt',
      'c.md',
      'drafts/2016/aug.txt',
      'drafts/2016/july.release',
      'drafts/secret-ok.release',
      'drafts/sub/s.release',
    ]);
    assert.strictEqual(
      r.stderr,
      [
        'copydesk: skipped media/big.release: larger than 8 KB (15.6 KB); raise --max-file-size to check it',
        'copydesk: skipped media/latin1.txt: not UTF-8 text',
        'copydesk: skipped media/photo.release: binary file',
        '',
      ].join('\n'),
    );
  });

  it('--ext chooses the extensions looked for in folders', () => {
    assert.deepStrictEqual(paths(check('--ext', 'txt,.md', 'drafts', 'c.md').stdout), ['c.md', 'drafts/2016/aug.txt']);
  });

  it('a subfolder still honours the ignore files above it, up to the repository root', () => {
    assert.deepStrictEqual(paths(check('archive', 'logs').stdout), ['archive/keep.release']);
    const r = check('logs');
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stderr, 'copydesk: no drafts in logs (looked for *.release, *.txt, *.md outside ignored paths)\n');
  });

  it('files named on the command line are checked even when ignored or of another extension', () => {
    assert.deepStrictEqual(paths(check('out/built.release', 'notes.rtf', 'drafts/secret.release').stdout), ['drafts/secret.release', 'notes.rtf', 'out/built.release']);
  });

  it('globs are expanded by Copydesk, honour the ignore files, and match any extension the pattern names', () => {
    assert.deepStrictEqual(paths(check('drafts/**/*.release').stdout), ['drafts/2016/july.release', 'drafts/secret-ok.release', 'drafts/sub/s.release']);
    assert.deepStrictEqual(paths(check('*.{txt,md}').stdout), ['b.txt', 'c.md']);
    assert.deepStrictEqual(paths(check('**/s.*').stdout), ['drafts/sub/s.release'], 'drafts/sub/.copydeskignore excludes s.txt');
    assert.deepStrictEqual(paths(check('drafts/?ub/[rs].release').stdout), ['drafts/sub/s.release']);
    assert.deepStrictEqual(paths(check('drafts/2016/[!a]*').stdout), ['drafts/2016/july.release'], '[!a] is "not a", as in the shell');
    const none = check('drafts/**/*.docx');
    assert.strictEqual(none.code, 2);
    assert.match(none.stderr, /^copydesk: no drafts in drafts\/\*\*\/\*\.docx/);
  });

  it('skips binary, non-UTF-8 and oversized files by name with exit 0 when the rest is clean', () => {
    const r = check('media/photo.release', 'media/latin1.txt', 'media/big.release', 'a.release');
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(paths(r.stdout), ['a.release']);
    assert.match(r.stderr, /skipped media\/photo\.release: binary file/);
    assert.match(r.stderr, /skipped media\/latin1\.txt: not UTF-8 text/);
    const bigger = check('--max-file-size', '1MB', 'media/big.release');
    assert.deepStrictEqual(paths(bigger.stdout), ['media/big.release']);
  });

  it('a file one byte over the size limit: the message shows both sizes in bytes, so the difference shows', () => {
    const limit = 5 * 1024 * 1024;
    const d = tree({ 'over.release': 'x'.repeat(limit + 1), 'at.release': 'x'.repeat(limit) });
    try {
      const r = cli(['check', '--format', 'json', 'over.release'], { cwd: d.dir });
      assert.strictEqual(r.stderr, 'copydesk: skipped over.release: larger than 5 MB (5,242,881 bytes; the limit is 5,242,880); raise --max-file-size to check it\n');
      assert.deepStrictEqual(paths(r.stdout), []);
      assert.ok(!cli(['check', '--format', 'json', 'at.release'], { cwd: d.dir }).stderr.includes('skipped'), 'a file of exactly the limit is checked');
      const stdin = cli(['check', '--max-file-size', '1500', '-'], { input: 'x'.repeat(1501) });
      assert.strictEqual(stdin.stderr, 'copydesk: skipped -: larger than 1.5 KB (1,501 bytes; the limit is 1,500); raise --max-file-size to check it\n');
    } finally {
      d.remove();
    }
  });

  it('a named pipe, a socket or a device named on the command line is skipped with a message, never read (no hang)', async function () {
    if (process.platform === 'win32') this.skip();
    this.timeout(30_000);
    const d = tree({ 'a.release': D });
    const socket = net.createServer();
    try {
      execFileSync('mkfifo', [path.join(d.dir, 'pipe.release')]);
      await new Promise<void>((resolve) => socket.listen(path.join(d.dir, 'socket.release'), resolve));
      fs.symlinkSync(path.join(d.dir, 'pipe.release'), path.join(d.dir, 'link-to-pipe.release'));
      const r = cli(['check', '--format', 'json', 'pipe.release', 'socket.release', 'link-to-pipe.release', '/dev/zero', 'a.release'], { cwd: d.dir, timeout: 20_000 });
      assert.strictEqual(r.code, 0, `exit ${r.code} (null: the CLI hung and was killed): ${r.stderr}`);
      assert.deepStrictEqual(paths(r.stdout), ['a.release']);
      assert.strictEqual(
        r.stderr,
        [
          'copydesk: skipped /dev/zero: not a regular file (a device)',
          'copydesk: skipped link-to-pipe.release: not a regular file (a named pipe)',
          'copydesk: skipped pipe.release: not a regular file (a named pipe)',
          'copydesk: skipped socket.release: not a regular file (a socket)',
          '',
        ].join('\n'),
      );
      // The folder search already passes them by.
      assert.deepStrictEqual(paths(cli(['check', '--format', 'json', '.'], { cwd: d.dir, timeout: 20_000 }).stdout), ['a.release']);
    } finally {
      socket.close();
      d.remove();
    }
  });

  it('a file it cannot read is reported, the others still checked, exit 2', function () {
    if (process.getuid?.() === 0) this.skip(); // root reads any file
    const locked = path.join(t.dir, 'locked.release');
    fs.writeFileSync(locked, D);
    fs.chmodSync(locked, 0);
    try {
      const r = check('locked.release', 'a.release');
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /cannot read locked\.release: permission denied/);
      assert.deepStrictEqual(paths(r.stdout), ['a.release']);
    } finally {
      fs.rmSync(locked);
    }
  });

  it('a named file that does not exist is reported, the others still checked, exit 2', () => {
    const r = check('a.release', 'gone.release');
    assert.strictEqual(r.code, 2);
    assert.deepStrictEqual(paths(r.stdout), ['a.release']);
  });
});
