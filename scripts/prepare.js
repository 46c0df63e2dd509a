#!/usr/bin/env node
// The build steps the test stages stand on, each run at most once per `npm test`:
//
//   build     esbuild bundles dist/client.js, dist/server.js, dist/client-web.js (the web client and server), dist/cli*.js (production)
//   compile   tsc -p . → out/ (unit, CLI and LSP tests, the bench)
//   package   copydesk.vsix (vsce; runs `build` first)
//   vscode    tsc -p test/vscode → out/test/vscode (the integration suite)
//   e2e       tsc -p test/e2e → out/test/e2e (the browser tests)
//
//   node scripts/prepare.js STEP|STAGE...     e.g. `prepare.js test:cli` = `prepare.js build compile`
//
// A stage run on its own (`npm run test:cli`) builds what it needs, so it never tests stale code.
// `npm test` (scripts/test-all.js) runs every step first and lists them in COPYDESK_PREPARED, and
// the stages then skip them. Steps done by this process are added to it too.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const ENV = 'COPYDESK_PREPARED';
const VSIX = path.join(ROOT, 'copydesk.vsix');
const bin = (/** @type {string} */ rel) => path.join(ROOT, 'node_modules', ...rel.split('/'));

/** @typedef {'build' | 'compile' | 'package' | 'vscode' | 'e2e'} Step */

/** @type {Record<Step, { needs: Step[], args: string[], check?: () => void }>} */
const STEPS = {
  build: { needs: [], args: [path.join(__dirname, 'build.js'), '--production'] },
  compile: { needs: [], args: [bin('typescript/bin/tsc'), '-p', ROOT] },
  package: {
    needs: ['build'],
    // The extension page is the writers' README (WRITERS.md), its pictures loaded from the package itself.
    args: [bin('@vscode/vsce/vsce'), 'package', '--no-dependencies', '--skip-license', '--readme-path', 'WRITERS.md', '--no-rewrite-relative-links', '-o', VSIX],
    check: () => {
      if (!fs.existsSync(VSIX)) throw new Error('vsce did not produce copydesk.vsix');
    },
  },
  vscode: { needs: [], args: [bin('typescript/bin/tsc'), '-p', path.join(ROOT, 'test', 'vscode')] },
  e2e: { needs: [], args: [bin('typescript/bin/tsc'), '-p', path.join(ROOT, 'test', 'e2e')] },
};

/** What each test stage (an npm script) stands on. @type {Record<string, Step[]>} */
const STAGES = {
  'test:unit': ['compile'],
  'test:cli': ['build', 'compile'],
  'test:lsp': ['build', 'compile'],
  'test:nvim': ['build'],
  'test:vscode': ['package', 'vscode'],
  'test:vscode:web': ['package', 'vscode'],
  'test:e2e': ['package', 'e2e'],
};

/** @param {string} s @returns {s is Step} */
const isStep = (s) => Object.prototype.hasOwnProperty.call(STEPS, s);

/**
 * Steps and stages → the steps, in order, once each.
 * @param {readonly string[]} names
 * @returns {Step[]}
 */
function stepsFor(names) {
  /** @type {Step[]} */
  const out = [];
  for (const name of names) {
    const steps = Object.prototype.hasOwnProperty.call(STAGES, name) ? STAGES[name] : [name];
    for (const step of steps) {
      if (!isStep(step)) throw new Error(`unknown build step or stage "${step}": use ${[...Object.keys(STEPS), ...Object.keys(STAGES)].join(', ')}`);
      if (!out.includes(step)) out.push(step);
    }
  }
  return out;
}

/** Steps already done, by `npm test` or earlier in this process. */
function done() {
  return new Set((process.env[ENV] || '').split(',').filter(Boolean));
}

/**
 * Runs the steps (of the stages) not yet done, with the steps they need first; returns the
 * milliseconds each took. Throws when one fails.
 * @param {readonly string[]} names steps or stages
 * @param {{ log?: (msg: string) => void }} [opts]
 * @returns {Map<Step, number>}
 */
function prepare(names, opts = {}) {
  const log = opts.log || ((/** @type {string} */ msg) => process.stderr.write(`[prepare] ${msg}\n`));
  /** @type {Map<Step, number>} */
  const took = new Map();
  /** @param {Step} step */
  const run = (step) => {
    if (done().has(step)) return;
    const s = STEPS[step];
    for (const need of s.needs) run(need);
    const started = Date.now();
    const r = spawnSync(process.execPath, s.args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`build step ${step} failed (exit ${r.status})`);
    if (s.check) s.check();
    took.set(step, Date.now() - started);
    log(`${step} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.env[ENV] = [...done(), step].join(',');
  };
  const steps = stepsFor(names);
  const prepared = steps.filter((step) => done().has(step));
  if (prepared.length) log(`${prepared.join(', ')}: built already by this run`);
  for (const step of steps) run(step);
  return took;
}

module.exports = { prepare, stepsFor, ENV, STAGES, STEPS, VSIX };

if (require.main === module) {
  try {
    prepare(process.argv.slice(2));
  } catch (err) {
    console.error(`prepare: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
