/**
 * `npm run fuzz`: FUZZ_RUNS inputs (default 100,000) of seed FUZZ_SEED (default fixed), split over
 * worker threads. Prints how many it tried, how many failed, the seed and the time; writes failing
 * inputs to test-results/fuzz/ and exits 1 if any failed.
 */
import * as os from 'os';
import * as path from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { DEFAULT_SEED, fuzzRange, saveFailures, Tally } from './fuzz';

interface Job {
  seed: number;
  from: number;
  to: number;
  stride: number;
}

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`fuzz: ${name} must be a whole number, not "${raw}"`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const seed = envInt('FUZZ_SEED', DEFAULT_SEED);
  const runs = envInt('FUZZ_RUNS', 100_000);
  const workers = Math.max(1, Math.min(envInt('FUZZ_WORKERS', os.availableParallelism()), runs || 1));
  console.log(`fuzz: seed ${seed}, ${runs} inputs, ${workers} worker${workers === 1 ? '' : 's'} (FUZZ_SEED, FUZZ_RUNS, FUZZ_WORKERS override)`);
  const t0 = Date.now();
  const tallies = await Promise.all(
    Array.from({ length: workers }, (_, w) =>
      new Promise<Tally>((resolve, reject) => {
        const job: Job = { seed, from: w, to: runs, stride: workers };
        const worker = new Worker(__filename, { workerData: job });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`worker ${w} exited with code ${code}`)));
      }),
    ),
  );
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const tried = tallies.reduce((n, t) => n + t.tried, 0);
  const megabytes = (tallies.reduce((n, t) => n + t.bytes, 0) / 1024 / 1024).toFixed(1);
  const failures = tallies.flatMap((t) => t.failures).sort((a, b) => a.index - b.index);
  const slowest = tallies.map((t) => t.slowest).sort((a, b) => b.ms - a.ms)[0];
  const files = saveFailures(path.resolve(__dirname, '..', '..', '..', 'test-results', 'fuzz'), seed, failures);
  for (const f of failures.slice(0, 20)) console.log(`  FAIL #${f.index} (${f.inputKind}, ${f.text.length} chars, ${f.options.preset}/${f.options.language}) ${f.kind}: ${f.detail.split('\n')[0]}`);
  if (failures.length > 20) console.log(`  ... and ${failures.length - 20} more`);
  if (files.length) console.log(`fuzz: failing inputs written to ${path.dirname(files[0])}/`);
  console.log(`fuzz: slowest input #${slowest?.index} took ${slowest?.ms} ms for ${slowest?.length} characters (checks included: the input, then its fixed text)`);
  console.log(`fuzz: tried ${tried} inputs (${megabytes} MB), ${failures.length} failed, seed ${seed}, ${seconds} s`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

if (isMainThread) {
  main().catch((err) => {
    console.error(`fuzz: ${(err as Error).stack ?? String(err)}`);
    process.exit(1);
  });
} else {
  const job = workerData as Job;
  parentPort!.postMessage(fuzzRange(job.seed, job.from, job.to, job.stride));
}
