/**
 * The outcome of each test of a run, the same in the Node extension host (./index.ts) and in the
 * browser's web worker host (./web.ts).
 */
import type Mocha from 'mocha';

export interface TestResult {
  title: string;
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export interface SuiteResults {
  passes: number;
  failures: number;
  pending: number;
  durationMs: number;
  tests: TestResult[];
}

/** Runs the suite (`start` calls mocha.run with the callback) and collects the outcome of each test. */
export function collectResults(start: (done: () => void) => Mocha.Runner): Promise<SuiteResults> {
  const results: SuiteResults = { passes: 0, failures: 0, pending: 0, durationMs: 0, tests: [] };
  const started = Date.now();
  return new Promise((resolve, reject) => {
    try {
      const runner = start(() => {
        results.durationMs = Date.now() - started;
        resolve(results);
      });
      runner.on('pass', (t) => {
        results.passes++;
        results.tests.push({ title: t.title, fullTitle: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 });
      });
      runner.on('pending', (t) => {
        results.pending++;
        results.tests.push({ title: t.title, fullTitle: t.fullTitle(), state: 'pending', durationMs: 0 });
      });
      runner.on('fail', (t, err: Error) => {
        results.failures++;
        results.tests.push({
          title: t.title,
          fullTitle: t.fullTitle(),
          state: 'failed',
          durationMs: t.duration ?? 0,
          error: err && (err.stack || err.message) ? String(err.stack || err.message) : String(err),
        });
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
