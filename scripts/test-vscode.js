#!/usr/bin/env node
// `npm run test:vscode`: the integration suite (test/vscode/suite) in a real VS Code.
//
// @vscode/test-electron cannot download VS Code on every machine, so this runs it in code-server:
// build + package copydesk.vsix and compile the suite (scripts/prepare.js), package the test-runner extension, install both
// into an isolated profile, serve a fresh copy of test/vscode/workspace, open the workbench in
// headless Chromium (which starts the extension host), wait for the runner's results file and
// print it. Exits non-zero when a test failed or none ran.
//
// With --web the same suite runs with Copydesk (its package.json `browser` entry) and the runner
// in the browser's web worker extension host instead of the Node one: the runner is bundled for
// the browser, and its settings and results go through the workspace folder (.copydesk-test/).
//
//   node scripts/test-vscode.js [--web] [--skip-build] [--grep PATTERN] [--timeout SECONDS] [--verbose]
'use strict';

const fs = require('fs');
const path = require('path');
const { parseArgs } = require('util');
const { pathToFileURL } = require('url');
const h = require('./vscode-harness');
const { prepare } = require('./prepare');

function parseOptions(/** @type {string[]} */ args) {
  const { values } = parseArgs({
    args,
    options: { web: { type: 'boolean' }, 'skip-build': { type: 'boolean' }, grep: { type: 'string' }, timeout: { type: 'string' }, verbose: { type: 'boolean' } },
  });
  const timeoutS = Number(values.timeout ?? 300);
  if (!(timeoutS > 0)) throw new Error(`--timeout needs a number of seconds, not "${values.timeout}"`);
  return { web: values.web === true, skipBuild: values['skip-build'] === true, grep: values.grep, timeoutS, verbose: values.verbose === true };
}

/**
 * What the test-runner extension writes (test/vscode/runner-extension).
 * @typedef {{ state: string, fullTitle: string, durationMs?: number, error?: unknown }} TestResult
 * @typedef {{ tests?: TestResult[], passes: number, failures: number, pending?: number, error?: string, vscodeVersion: string }} Results
 */

/** A spec-reporter-like listing of the runner's results JSON. @param {Results} r */
function formatResults(r) {
  /** @type {string[]} */
  const lines = [];
  for (const t of r.tests || []) {
    const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
    lines.push(`  ${mark} ${t.fullTitle}${t.durationMs ? ` (${t.durationMs} ms)` : ''}`);
  }
  const failed = (r.tests || []).filter((t) => t.state === 'failed');
  failed.forEach((t, i) => lines.push('', `  ${i + 1}) ${t.fullTitle}`, ...String(t.error).split('\n').map((l) => `     ${l}`)));
  return lines.join('\n') + '\n';
}

/**
 * Waits for `file`; false at `deadline` (ms since the epoch). `isAlive` returns why the run is dead, if it is.
 * @param {string} file @param {number} deadline @param {() => string | undefined} isAlive
 */
async function waitForFile(file, deadline, isAlive) {
  while (!fs.existsSync(file)) {
    const dead = isAlive();
    if (dead) throw new Error(dead);
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
  return true;
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const t0 = Date.now();
  h.cs.requireChromium(); // fail early, with the install command, before any long step

  const tInstall = Date.now();
  const { installMs } = await h.cs.ensureCodeServer();
  h.log(installMs ? `installed code-server in ${(installMs / 1000).toFixed(0)} s` : `code-server ready (cached, ${h.timeSince(tInstall)})`);

  if (!opts.skipBuild) prepare(['test:vscode']); // copydesk.vsix and the suite, unless npm test built them
  const suite = path.join(h.ROOT, 'out', 'test', 'vscode', 'suite', 'index.js');
  if (!fs.existsSync(suite)) throw new Error(`${path.relative(h.ROOT, suite)} is missing: run npx tsc -p test/vscode`);

  const host = opts.web ? 'web' : 'node';
  const run = h.prepareRun(opts.web ? 'integration-web' : 'integration', { host });
  const runnerVsix = h.packageRunner(run.dir, opts.web ? await h.bundleWebSuite(path.join(run.dir, 'web-suite.js')) : undefined);
  for (const vsix of [h.VSIX, runnerVsix]) {
    h.cs.installExtension(vsix, run);
    h.log(`installed ${path.basename(vsix)}`);
  }

  const env = { COPYDESK_TEST_HOST: host, ...(opts.grep ? { COPYDESK_TEST_GREP: opts.grep } : {}) };
  // The Node runner reads its config from COPYDESK_TEST_CONFIG; the web runner, which has no
  // environment and no disk, from the workspace folder, and writes its results there.
  const out = opts.web ? path.join(run.workspace, '.copydesk-test') : run.dir;
  const results = path.join(out, 'results.json');
  const config = opts.web ? path.join(out, 'config.json') : path.join(run.dir, 'runner-config.json');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    config,
    JSON.stringify(opts.web ? { env } : { suite, results, env: { ...env, COPYDESK_TEST_OUTPUT: pathToFileURL(run.dir).href } }, null, 2)
  );

  const server = await h.cs.startCodeServer({
    workspace: run.workspace,
    extensionsDir: run.extensionsDir,
    userDataDir: run.userDataDir,
    env: { COPYDESK_TEST_CONFIG: config },
    verbose: opts.verbose,
  });
  h.log(`code-server on ${server.url} (ready ${h.timeSince(t0)} after start)`);

  let browser;
  let page;
  /** @type {string[]} */
  const pageErrors = [];
  try {
    browser = await h.launchBrowser();
    ({ page } = await h.openWorkbench(browser, server.url));
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    h.log('workbench open; waiting for the extension host to run the suite');
    const tSuite = Date.now();
    const ok = await waitForFile(results, Date.now() + opts.timeoutS * 1000, () =>
      server.proc.exitCode !== null ? `code-server exited with ${server.proc.exitCode}:\n${server.output()}` : undefined
    );
    fs.mkdirSync(h.SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(h.SCREENSHOTS, opts.web ? 'vscode-suite-web.png' : 'vscode-suite.png') }).catch(() => {});
    if (!ok) {
      const started = fs.existsSync(opts.web ? path.join(out, 'started') : `${results}.started`);
      throw new Error(
        `no results after ${opts.timeoutS} s (${started ? 'the suite started but did not finish' : 'the test-runner extension never started'}).\n` +
          `code-server output:\n${server.output().slice(-4000)}`
      );
    }
    /** @type {Results} */
    const r = JSON.parse(fs.readFileSync(results, 'utf8'));
    process.stdout.write(formatResults(r));
    if (r.error) process.stdout.write(`\nsuite error: ${r.error}\n`);
    process.stdout.write(
      `\nVS Code ${r.vscodeVersion} (code-server, ${opts.web ? 'web worker extension host' : 'Node extension host'}): suite ran in ${h.timeSince(tSuite)}, whole run ${h.timeSince(t0)}\n`
    );
    const activation = path.join(out, 'activation.json');
    if (fs.existsSync(activation) && !opts.web) {
      // Kept for the benchmark, which prints the figure with the time it was measured.
      const a = JSON.parse(fs.readFileSync(activation, 'utf8'));
      const keep = path.join(__dirname, '..', 'test-results');
      fs.mkdirSync(keep, { recursive: true });
      fs.writeFileSync(path.join(keep, 'activation.json'), JSON.stringify({ ...a, measuredAt: new Date().toISOString() }));
      process.stdout.write(`activation: ${a.activateMs.toFixed(1)} ms to set up, language server ready after ${a.serverReadyMs.toFixed(0)} ms\n`);
    }
    process.stdout.write(`${r.passes} passed, ${r.failures} failed${r.pending ? `, ${r.pending} skipped` : ''}\n`);
    if (r.failures > 0 || r.passes === 0) process.exitCode = 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.stop();
  }
}

main().catch((err) => {
  console.error(`test:vscode: ${err.message}`);
  process.exit(1);
});
