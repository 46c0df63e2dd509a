/** Large batches are checked by worker threads; the output is the same as a serial run, byte for byte. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { cli, root, tree } from './run';

describe('copydesk check in parallel (the built CLI)', () => {
  let t: ReturnType<typeof tree>;
  const corpus = path.join(root, 'bench', 'corpus');
  const names = fs.readdirSync(corpus).filter((f) => f.endsWith('.release')).sort();
  before(() => {
    const files: Record<string, string | Buffer> = {};
    // 3 × the corpus in nested folders, each copy varied, plus a file the check skips.
    for (let i = 0; i < 3; i++)
      for (const n of names) files[`batch/set-${i}/${n}`] = fs.readFileSync(path.join(corpus, n), 'utf8').replace(/ said\b/, i === 1 ? ' stated' : ' said');
    files['batch/set-1/logo.release'] = Buffer.from([0, 1, 2]);
    t = tree(files);
  });
  after(() => t.remove());

  const run = (jobs: string, ...args: string[]) => cli(['check', '--jobs', jobs, ...args, 'batch'], { cwd: t.dir, env: { COPYDESK_DEBUG: 'workers' } });

  for (const format of ['text', 'json', 'sarif', 'github']) {
    it(`--format ${format}: 4 workers print exactly what 1 does`, function () {
      this.timeout(60_000);
      const serial = run('1', '--format', format);
      const parallel = run('4', '--format', format);
      // Every corpus release three times, and the file the check skips.
      const count = 3 * names.length + 1;
      assert.match(serial.stderr, new RegExp(`checking ${count} files on the main thread`));
      assert.match(parallel.stderr, new RegExp(`checking ${count} files with 4 worker threads`));
      assert.ok(serial.stdout.length > 1000);
      assert.strictEqual(parallel.stdout, serial.stdout);
      assert.strictEqual(parallel.stderr.replace(/with 4 worker threads/, 'on the main thread'), serial.stderr);
      assert.strictEqual(parallel.code, serial.code);
    });
  }

  it('--fix in workers writes the same files as a serial run', function () {
    this.timeout(60_000);
    const copy = tree({});
    try {
      fs.cpSync(path.join(t.dir, 'batch'), path.join(copy.dir, 'batch'), { recursive: true });
      const serial = run('1', '--fix');
      const parallel = cli(['check', '--jobs', '3', '--fix', 'batch'], { cwd: copy.dir });
      assert.strictEqual(parallel.stdout, serial.stdout);
      assert.match(serial.stdout, /batch\/set-1\/\S+: \d+ fix(es)? applied/);
      for (const f of fs.readdirSync(path.join(t.dir, 'batch', 'set-1')))
        assert.deepStrictEqual(fs.readFileSync(path.join(copy.dir, 'batch', 'set-1', f)), fs.readFileSync(path.join(t.dir, 'batch', 'set-1', f)), f);
    } finally {
      copy.remove();
    }
  });
});
