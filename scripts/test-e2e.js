#!/usr/bin/env node
// `npm run test:e2e`: browser end-to-end tests (test/e2e) against code-server's VS Code in headless
// Chromium, with copydesk.vsix installed into an isolated profile and a fresh copy of
// test/vscode/workspace. Screenshots go to test-results/screenshots/.
//
//   node scripts/test-e2e.js [--skip-build] [--grep PATTERN] [--docs-images] [--verbose]
//
// --docs-images copies the screenshots the README uses into docs/images/.
'use strict';

const fs = require('fs');
const path = require('path');
const { parseArgs } = require('util');
const { spawnSync } = require('child_process');
const h = require('./vscode-harness');
const { prepare } = require('./prepare');

const DOCS_IMAGES = ['web-squiggles-hover', 'rule-page', 'settings-rules', 'squiggles', 'problems-panel', 'hover-rank', 'quick-fix-menu', 'project-actions', 'project-action-done', 'fix-all-preview', 'fix-all', 'style-report', 'docx-offer', 'docx-check'];

function parseOptions(/** @type {string[]} */ args) {
  const { values } = parseArgs({
    args,
    options: { 'skip-build': { type: 'boolean' }, grep: { type: 'string' }, 'docs-images': { type: 'boolean' }, verbose: { type: 'boolean' } },
  });
  return { skipBuild: values['skip-build'] === true, grep: values.grep, docsImages: values['docs-images'] === true, verbose: values.verbose === true };
}

/**
 * The e2e test files in this process, with mocha's spec reporter: `web` chooses the web
 * extension's files (web.*.test.js) or the others.
 * @param {string | undefined} grep @param {boolean} web
 * @returns {Promise<import('mocha').Stats>}
 */
async function runMocha(grep, web) {
  // mocha 12's CommonJS entry carries the class as `default`; older ones are the class.
  const Mocha = /** @type {typeof import('mocha') & { default?: typeof import('mocha') }} */ (require('mocha'));
  const mocha = new (Mocha.default || Mocha)({ ui: 'bdd', timeout: 90_000, reporter: 'spec', color: false });
  if (grep) mocha.grep(grep);
  const dir = path.join(h.ROOT, 'out', 'test', 'e2e');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js') && f.startsWith('web.') === web).sort()) mocha.addFile(path.join(dir, f));
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve(/** @type {import('mocha').Stats} */ (runner.stats)));
  });
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const t0 = Date.now();
  h.cs.requireChromium();
  const { installMs } = await h.cs.ensureCodeServer();
  if (installMs) h.log(`installed code-server in ${(installMs / 1000).toFixed(0)} s`);
  // copydesk.vsix and the tests, unless npm test built them; --skip-build still compiles the tests.
  prepare(opts.skipBuild ? ['e2e'] : ['test:e2e']);
  if (!fs.existsSync(h.VSIX)) throw new Error('copydesk.vsix is missing: run npm run package');

  // First the desktop extension (Node extension host), then the web extension (the browser's web
  // worker host), each on a code-server of its own with a fresh profile and workspace.
  /** @type {{ passes: number, failures: number, pending: number }} */
  const stats = { passes: 0, failures: 0, pending: 0 };
  const tTests = Date.now();
  for (const host of /** @type {const} */ (['node', 'web'])) {
    const run = h.prepareRun(host === 'web' ? 'e2e-web' : 'e2e', { host });
    h.cs.installExtension(h.VSIX, run);
    const server = await h.cs.startCodeServer({
      workspace: run.workspace,
      extensionsDir: run.extensionsDir,
      userDataDir: run.userDataDir,
      verbose: opts.verbose,
    });
    h.log(`code-server on ${server.url} (${host === 'web' ? 'web worker' : 'Node'} extension host)`);
    process.env.COPYDESK_E2E_URL = server.url;
    process.env.COPYDESK_E2E_WORKSPACE = run.workspace;
    try {
      const s = await runMocha(opts.grep, host === 'web');
      stats.passes += s.passes;
      stats.failures += s.failures;
      stats.pending += s.pending;
    } finally {
      await server.stop();
    }
  }
  if (opts.docsImages) {
    const dest = path.join(h.ROOT, 'docs', 'images');
    fs.mkdirSync(dest, { recursive: true });
    // Screenshots have few colours: pngquant (Debian `pngquant`) keeps them sharp at a third of the
    // size, which keeps the .vsix (it ships three of them) under 1 MB. Without it they are copied as they are.
    const quantize = spawnSync('pngquant', ['--version'], { encoding: 'utf8' }).status === 0;
    if (!quantize) h.log('pngquant is not installed (apt-get install pngquant): the pictures are copied uncompressed');
    for (const name of DOCS_IMAGES) {
      const src = path.join(h.SCREENSHOTS, `${name}.png`);
      if (!fs.existsSync(src)) continue;
      const out = path.join(dest, `${name}.png`);
      if (!quantize || spawnSync('pngquant', ['--quality', '80-95', '--speed', '1', '--force', '--output', out, src]).status !== 0) fs.copyFileSync(src, out);
    }
    h.log(`copied ${DOCS_IMAGES.join(', ')} to docs/images/`);
  }
  process.stdout.write(`\ne2e: tests ran in ${h.timeSince(tTests)}, whole run ${h.timeSince(t0)}; screenshots in test-results/screenshots/\n`);
  process.stdout.write(`${stats.passes} passed, ${stats.failures} failed${stats.pending ? `, ${stats.pending} skipped` : ''}\n`);
  if (stats.failures > 0 || stats.passes === 0) process.exitCode = 1;
}

main().catch((err) => {
  console.error(`test:e2e: ${err.message}`);
  process.exit(1);
});
