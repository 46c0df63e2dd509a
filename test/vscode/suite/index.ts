/**
 * Entry point of the VS Code integration suite. Runs inside a real extension host, either
 * started by @vscode/test-electron (which calls `run()`) or by the test-runner extension under
 * code-server (which calls `runWithResults()` and writes the JSON it returns).
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

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

function addSuiteFiles(mocha: Mocha): void {
  const dir = __dirname;
  const grep = process.env.COPYDESK_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(dir, file));
  }
}

/** Runs every suite/*.test.js and collects the outcome of each test. */
export function runWithResults(): Promise<SuiteResults> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  addSuiteFiles(mocha);
  const results: SuiteResults = { passes: 0, failures: 0, pending: 0, durationMs: 0, tests: [] };
  const started = Date.now();
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
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

/** The @vscode/test-electron entry point: rejects when any test failed or none ran. */
export async function run(): Promise<void> {
  const r = await runWithResults();
  if (r.failures > 0) throw new Error(`${r.failures} tests failed.`);
  if (r.passes === 0) throw new Error('No test ran.');
}
