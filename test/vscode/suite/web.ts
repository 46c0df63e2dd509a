/**
 * The integration suite in the browser's web worker extension host (the web extension's run,
 * `node scripts/test-vscode.js --web`). The harness bundles mocha's browser build, this file and
 * every suite/*.test.js into the test-runner extension's `browser` entry, in that order: `setup()`
 * runs before the test files register their suites, `activate()` runs them when the host starts
 * the runner. The web host has no file system of its own and no environment, so the run's
 * settings and the results go through the workspace folder: `.copydesk-test/config.json` in,
 * `.copydesk-test/results.json` out (written by code-server on disk, where the harness waits).
 */
import * as vscode from 'vscode';
import { collectResults, SuiteResults } from './results';

/** What the harness writes into `.copydesk-test/config.json`. */
interface WebConfig {
  env?: Record<string, string>;
}

/** mocha's browser build (mocha/mocha.js), loaded before this file. */
declare const mocha: Mocha & { setup(options: { ui: string; reporter: undefined; timeout: number; color: boolean }): void };

export function setup(): void {
  // No reporter of mocha's own (the HTML one needs a page): the results are collected as events.
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 60_000, color: false });
}

async function readJson(uri: vscode.Uri): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
}

async function writeJson(uri: vscode.Uri, value: unknown): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(value, null, 2)));
}

async function runSuite(dir: vscode.Uri, config: WebConfig): Promise<void> {
  // One run per workspace, even if the window reloads and this extension activates again.
  const started = vscode.Uri.joinPath(dir, 'started');
  try {
    await vscode.workspace.fs.stat(started);
    return;
  } catch {
    await vscode.workspace.fs.writeFile(started, new TextEncoder().encode(String(Date.now())));
  }
  // The tests read these through helpers.testEnv; the output folder is where activation.json goes.
  (globalThis as { COPYDESK_TEST_ENV?: Record<string, string> }).COPYDESK_TEST_ENV = { ...config.env, COPYDESK_TEST_OUTPUT: dir.toString() };
  const grep = config.env?.COPYDESK_TEST_GREP;
  if (grep) mocha.grep(grep);
  let results: SuiteResults & { error?: string };
  try {
    results = await collectResults((done) => mocha.run(done));
  } catch (err) {
    results = { passes: 0, failures: 1, pending: 0, durationMs: 0, tests: [], error: String((err instanceof Error && err.stack) || err) };
  }
  await writeJson(vscode.Uri.joinPath(dir, 'results.json'), { ...results, vscodeVersion: vscode.version });
  const summary = `${results.passes} passed, ${results.failures} failed`;
  if (results.failures > 0) void vscode.window.showErrorMessage(`Copydesk tests: ${summary}`);
  else void vscode.window.showInformationMessage(`Copydesk tests: ${summary}`);
}

export function activate(): void {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const dir = vscode.Uri.joinPath(folder.uri, '.copydesk-test');
  void (async () => {
    let config: WebConfig;
    try {
      config = (await readJson(vscode.Uri.joinPath(dir, 'config.json'))) as WebConfig;
    } catch {
      return; // not a test run
    }
    // Let activation finish first; the suite activates Copydesk itself.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await runSuite(dir, config).catch(async (err) => {
      await writeJson(vscode.Uri.joinPath(dir, 'results.json'), { passes: 0, failures: 1, pending: 0, tests: [], error: String((err instanceof Error && err.stack) || err), vscodeVersion: vscode.version });
    });
  })();
}

export function deactivate(): void {}
