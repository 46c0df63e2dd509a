// Shared by scripts/test-vscode.js and scripts/test-e2e.js: lay out an isolated code-server profile
// with a fresh copy of the test workspace, and drive headless Chromium. (scripts/prepare.js builds
// and packages the extension and compiles the suites.)
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const cs = require('./code-server');

const ROOT = cs.ROOT;
const VSIX = path.join(ROOT, 'copydesk.vsix');
const RUNNER_DIR = path.join(ROOT, 'test', 'vscode', 'runner-extension');
const WORKSPACE_TEMPLATE = path.join(ROOT, 'test', 'vscode', 'workspace');
const SEED = path.join(ROOT, 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt');
const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

/** @param {string} msg */
function log(msg) {
  process.stderr.write(`[harness] ${msg}\n`);
}

/**
 * Packages the test-runner extension with vsce into `outDir`. With `webEntry` (a bundle of the
 * suite for the browser, see bundleWebSuite) it also has a `browser` entry, so it can run in the
 * web worker extension host.
 * @param {string} outDir @param {string} [webEntry]
 */
function packageRunner(outDir, webEntry) {
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, 'copydesk-test-runner.vsix');
  let dir = RUNNER_DIR;
  if (webEntry) {
    dir = path.join(outDir, 'runner-extension');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(RUNNER_DIR, dir, { recursive: true });
    fs.copyFileSync(webEntry, path.join(dir, 'web.js'));
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...manifest, browser: './web.js' }, null, 2));
  }
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--allow-star-activation', '-o', out],
    { cwd: dir, encoding: 'utf8' }
  );
  if (r.status !== 0) throw new Error(`packaging the test-runner extension failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

/**
 * The integration suite as one script for the web worker extension host: mocha's browser build,
 * the web runner (out/test/vscode/suite/web.js) set up before the test files register, every
 * suite/*.test.js, and the runner as the module's exports (activate, deactivate). Node's `assert`
 * is test/vscode/web/assert.js; `fs` (used only by a test that skips itself there) throws.
 * @param {string} outFile
 */
async function bundleWebSuite(outFile) {
  const esbuild = require('esbuild');
  const suite = path.join(ROOT, 'out', 'test', 'vscode', 'suite');
  const tests = fs.readdirSync(suite).filter((f) => f.endsWith('.test.js')).sort();
  const entry = [
    "require('mocha/mocha.js');",
    "const web = require('./web.js');",
    'web.setup();',
    ...tests.map((f) => `require(${JSON.stringify(`./${f}`)});`),
    'module.exports = web;',
  ].join('\n');
  await esbuild.build({
    stdin: { contents: entry, resolveDir: suite, sourcefile: 'web-suite.js' },
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    outfile: outFile,
    external: ['vscode'],
    logLevel: 'warning',
    alias: { assert: path.join(ROOT, 'test', 'vscode', 'web', 'assert.js') },
    plugins: [
      {
        name: 'no-node-in-the-browser',
        setup(build) {
          build.onResolve({ filter: /^(node:)?(fs|path)$/ }, () => ({ path: require.resolve('./stubs/denied.js') }));
        },
      },
    ],
  });
  return outFile;
}

/**
 * A fresh run directory: workspace (copy of test/vscode/workspace plus seed.release), user data
 * and extensions folders, so runs never share state and never touch the repository's files.
 */
/**
 * `host` puts Copydesk and the test runner in code-server's Node extension host (`node`, the
 * desktop extension) or in the browser's web worker extension host (`web`, the web extension).
 * Both are set explicitly: with both entry points an extension runs in the Node host by default.
 * @param {string} name @param {{ host?: 'node' | 'web' }} [options]
 */
function prepareRun(name, { host = 'node' } = {}) {
  // One folder per process, so two runs at once never share a profile; folders of runs whose
  // process is gone are removed (the last one of each kind stays for a look after a failure).
  const base = path.join(cs.CACHE, 'vscode-test');
  fs.mkdirSync(base, { recursive: true });
  for (const old of fs.readdirSync(base)) {
    const m = new RegExp(`^${name}-(\\d+)$`).exec(old);
    if (m && Number(m[1]) !== process.pid && !isAlive(Number(m[1]))) fs.rmSync(path.join(base, old), { recursive: true, force: true });
  }
  const dir = path.join(base, `${name}-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const workspace = path.join(dir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.cpSync(WORKSPACE_TEMPLATE, workspace, { recursive: true });
  fs.copyFileSync(SEED, path.join(workspace, 'seed.release'));
  // A Word document made by LibreOffice, for the tests that reach it only through the editor's
  // file system (they run in the browser's host too, which cannot read the repository).
  fs.mkdirSync(path.join(workspace, 'word'));
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'docx', 'libreoffice-release.docx'), path.join(workspace, 'word', 'release.docx'));
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'docx', 'libreoffice-styled.docx'), path.join(workspace, 'word', 'styled.docx'));
  const userDataDir = path.join(dir, 'user-data');
  const extensionsDir = path.join(dir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  // Quiet, predictable workbench: no welcome page, no chat panel, no tips, no auto-updates.
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'workbench.editor.enablePreview': false,
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'chat.disableAIFeatures': true,
        'chat.commandCenter.enabled': false,
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'window.commandCenter': false,
        'editor.minimap.enabled': false,
        'editor.hover.delay': 300,
        'files.autoSave': 'off',
        'git.enabled': false,
        'remote.extensionKind': {
          'copydesk.copydesk': [host === 'web' ? 'web' : 'workspace'],
          'copydesk.copydesk-test-runner': [host === 'web' ? 'web' : 'workspace'],
        },
      },
      null,
      2
    )
  );
  return { dir, workspace, userDataDir, extensionsDir };
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return /** @type {NodeJS.ErrnoException} */ (err).code === 'EPERM';
  }
}


/** Headless Debian Chromium driven by playwright-core. */
async function launchBrowser() {
  const executablePath = cs.requireChromium();
  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
  } catch {
    throw new cs.PrerequisiteError('playwright-core is missing: run `npm install` (it is a devDependency).');
  }
  return chromium.launch({ executablePath, headless: true, args: cs.CHROMIUM_ARGS });
}

/**
 * Opens the workbench and waits until the editor area is there.
 * @param {import('playwright-core').Browser} browser @param {string} url
 */
async function openWorkbench(browser, url, { width = 1400, height = 860 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  return { context, page };
}

/** `12.3 s` since `started` (ms since the epoch). @param {number} started */
function timeSince(started) {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}

module.exports = {
  ROOT,
  VSIX,
  SCREENSHOTS,
  cs,
  log,
  packageRunner,
  bundleWebSuite,
  prepareRun,
  launchBrowser,
  openWorkbench,
  timeSince,
};
