/**
 * CLI batch benchmark: 1,000 releases (bench/corpus/*.release, copied and varied) in a temporary
 * folder, checked by the built CLI (`node bin/copydesk.js check --format json <dir>`) with one
 * worker thread per core and with `--jobs 1`. Wall time of the whole process, median of a few runs.
 * Used by bench/run.ts; `node out/bench/batch.js` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const BATCH_SIZE = 1000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Writes the batch: corpus release i % n, with its headline and first "said" varied so no two files are equal. */
export function writeBatch(repo: string, dir: string, count = BATCH_SIZE): void {
  const corpusDir = path.join(repo, 'bench', 'corpus');
  const corpus = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.release')).sort().map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8'));
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `batch-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    let text = corpus[i % corpus.length].replace(/\n\n/, ` (${i})\n\n`);
    if (i % 3 === 0) text = text.replace(/ said\b/, ' stated');
    fs.writeFileSync(path.join(sub, `release-${String(i).padStart(4, '0')}.release`), text);
  }
}

export interface BatchRow {
  measure: string;
  copydesk: string;
}

function fmt(ms: number): string {
  return ms < 10_000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function batchRows(repo: string, quick: boolean, log: (msg: string) => void = () => undefined): BatchRow[] {
  const bin = path.join(repo, 'bin', 'copydesk.js');
  if (!fs.existsSync(path.join(repo, 'dist', 'cli.js'))) return [{ measure: `CLI: ${BATCH_SIZE.toLocaleString('en-US')} releases`, copydesk: 'n/a: dist/cli.js missing (npm run build)' }];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-batch-'));
  try {
    writeBatch(repo, dir);
    const workers = (os as { availableParallelism?: () => number }).availableParallelism?.() ?? os.cpus().length;
    const time = (jobs: number): { ms: number; findings: number } => {
      const xs: number[] = [];
      let findings = 0;
      for (let i = 0; i < (quick ? 1 : 3) + 1; i++) {
        const t = performance.now();
        const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', '--jobs', String(jobs), dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
        const ms = performance.now() - t;
        if (r.status !== 0 && r.status !== 1) throw new Error(`copydesk check exited ${r.status}: ${r.stderr}`);
        findings = (JSON.parse(r.stdout) as { files: Array<{ findings: unknown[] }> }).files.reduce((n, f) => n + f.findings.length, 0);
        if (i > 0) xs.push(ms); // the first run warms the file cache
      }
      return { ms: median(xs), findings };
    };
    log(`cli batch: ${BATCH_SIZE} releases, ${workers} workers`);
    const parallel = time(workers);
    log('cli batch: 1 worker');
    const serial = time(1);
    const per = (ms: number): string => `${(ms / BATCH_SIZE).toFixed(2)} ms per file`;
    const n = BATCH_SIZE.toLocaleString('en-US');
    return [
      { measure: `CLI: ${n} releases (${workers} workers)`, copydesk: `${fmt(parallel.ms)} (${per(parallel.ms)}, ${(serial.ms / parallel.ms).toFixed(1)}× the 1-worker speed)` },
      { measure: `CLI: ${n} releases (1 worker)`, copydesk: `${fmt(serial.ms)} (${per(serial.ms)}; ${serial.findings} findings)` },
    ];
  } catch (err) {
    return [{ measure: `CLI: ${BATCH_SIZE.toLocaleString('en-US')} releases`, copydesk: `n/a: ${(err as Error).message.split('\n')[0]}` }];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const repo = path.resolve(__dirname, '..', '..');
  for (const r of batchRows(repo, process.env.BENCH_QUICK === '1', (m) => process.stderr.write(`[bench] ${m}\n`))) console.log(`${r.measure}: ${r.copydesk}`);
}
