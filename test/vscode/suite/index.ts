/**
 * Entry point of the VS Code integration suite. Runs inside a real extension host, either
 * started by @vscode/test-electron (which calls `run()`) or by the test-runner extension under
 * code-server (which calls `runWithResults()` and writes the JSON it returns).
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { collectResults, SuiteResults } from './results';

export type { SuiteResults, TestResult } from './results';

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
  return collectResults((done) => mocha.run(done));
}

/** The @vscode/test-electron entry point: rejects when any test failed or none ran. */
export async function run(): Promise<void> {
  const r = await runWithResults();
  if (r.failures > 0) throw new Error(`${r.failures} tests failed.`);
  if (r.passes === 0) throw new Error('No test ran.');
}
