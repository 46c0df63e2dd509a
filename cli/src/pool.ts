/**
 * Checks many drafts across CPU cores with worker threads. Each worker loads the worker entry
 * (worker.ts, in the build dist/cli-worker.js, which loads the commands bundle) and runs
 * `startWorker`; reports come back in the order of the inputs, so the output is the same as a
 * serial run's. `worker_threads` is loaded only when workers start (or in a worker): a serial
 * check does not pay for it.
 */
import * as os from 'os';
import type * as WorkerThreads from 'worker_threads';
import { CheckSettings, checkFile, FileReport } from './checkFile';
import { Input } from './inputs';

/** Below this many files starting workers costs more than it saves. */
export const PARALLEL_MIN_FILES = 8;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const workerThreads = (): typeof WorkerThreads => require('worker_threads') as typeof WorkerThreads;

export function defaultJobs(): number {
  return (os as { availableParallelism?: () => number }).availableParallelism?.() ?? os.cpus().length;
}

interface Batch {
  first: number;
  inputs: Input[];
}

export function checkInParallel(entry: string, inputs: Input[], settings: CheckSettings, jobs: number): Promise<FileReport[]> {
  const reports = new Array<FileReport>(inputs.length);
  const size = Math.max(1, Math.min(16, Math.ceil(inputs.length / (jobs * 4))));
  const batches: Batch[] = [];
  for (let i = 0; i < inputs.length; i += size) batches.push({ first: i, inputs: inputs.slice(i, i + size) });
  let nextBatch = 0;
  return new Promise((resolve, reject) => {
    let running = 0;
    let failed = false;
    const { Worker } = workerThreads();
    const startOne = (): void => {
      const worker = new Worker(entry, { workerData: { settings } });
      running++;
      const feed = (): void => {
        if (nextBatch < batches.length) worker.postMessage(batches[nextBatch++]);
        else void worker.terminate();
      };
      worker.on('message', (done: { first: number; reports: FileReport[] }) => {
        done.reports.forEach((r, i) => (reports[done.first + i] = r));
        feed();
      });
      worker.on('error', (err) => {
        failed = true;
        reject(err);
      });
      worker.on('exit', () => {
        running--;
        if (running === 0 && !failed) resolve(reports);
      });
      feed();
    };
    for (let i = 0; i < Math.min(jobs, batches.length); i++) startOne();
  });
}

/** The worker side: check each batch the main thread sends. */
export function startWorker(): void {
  const { parentPort } = workerThreads();
  const settings = (workerThreads().workerData as { settings: CheckSettings }).settings;
  parentPort!.on('message', (batch: Batch) => {
    parentPort!.postMessage({ first: batch.first, reports: batch.inputs.map((i) => checkFile(i.display, i.abs, settings)) });
  });
}
