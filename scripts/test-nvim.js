#!/usr/bin/env node
// Runs the Copydesk language server under a headless Neovim (test/nvim/init.lua) on a broken
// draft and checks that the expected rule ids arrive as diagnostics from source "copydesk".
// Usage: node scripts/test-nvim.js   (run `npm run build` first; `npm run test:nvim` does both)
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { aptCommand, debianPackages } = require('./debian-packages');

const REPO = path.resolve(__dirname, '..');
const INIT = path.join(REPO, 'test', 'nvim', 'init.lua');
const DRAFT = path.join(REPO, 'test', 'nvim', 'broken.release');
const SERVER = process.env.COPYDESK_SERVER || path.join(REPO, 'dist', 'server.js');
const TIMEOUT_MS = 15000;

/** Rule ids the broken draft (test/nvim/broken.release) must trigger. */
const EXPECTED = ['attribution/loaded-verb', 'rank/service-abbreviation', 'date/ordinal', 'date/weekday-mismatch'];

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`FAIL test:nvim: ${message}`);
  process.exit(1);
}

function main() {
  const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) fail(`neovim is not installed: run ${aptCommand(debianPackages('neovim'))}`);
  const nvimVersion = version.stdout.split('\n')[0].trim();
  if (!fs.existsSync(SERVER)) fail(`${path.relative(REPO, SERVER)} is missing: run npm run build`);

  const expected = EXPECTED;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-nvim-'));
  const out = path.join(tmp, 'diagnostics.json');
  try {
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', INIT], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: TIMEOUT_MS + 10000,
      env: {
        ...process.env,
        COPYDESK_REPO: REPO,
        COPYDESK_SERVER: SERVER,
        COPYDESK_FILE: DRAFT,
        COPYDESK_OUT: out,
        COPYDESK_TIMEOUT: String(TIMEOUT_MS),
        COPYDESK_EXPECT: expected.join(','),
        // Keep Neovim's state (LSP log, shada) out of the user's home.
        XDG_STATE_HOME: tmp,
        XDG_CACHE_HOME: tmp,
        XDG_DATA_HOME: tmp,
      },
    });
    if (run.error) fail(`${nvimVersion}: ${run.error.message}`);
    if (!fs.existsSync(out)) {
      fail(`${nvimVersion} wrote no result (exit ${run.status}): ${(run.stderr || run.stdout || '').trim().slice(0, 2000)}`);
    }
    /** @typedef {{ lnum: number, col: number, code: string, message: string, source: string }} Diagnostic */
    /** @type {{ diagnostics?: Diagnostic[], errors?: string[], timed_out?: boolean }} */
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    const diagnostics = Array.isArray(result.diagnostics) ? result.diagnostics : [];
    const errors = Array.isArray(result.errors) ? result.errors : [];
    const got = new Set(diagnostics.map((d) => d.code));
    const missing = expected.filter((id) => !got.has(id));
    const wrongSource = diagnostics.filter((d) => d.source !== 'copydesk');
    const summary = diagnostics.map((d) => `  ${d.lnum + 1}:${d.col + 1} ${d.code} ${d.message}`).join('\n');
    if (errors.length > 0 || missing.length > 0 || wrongSource.length > 0 || run.status !== 0) {
      const why = [
        missing.length ? `missing ${missing.join(', ')}` : '',
        errors.length ? `errors: ${errors.join('; ')}` : '',
        wrongSource.length ? 'diagnostics with another source' : '',
        run.status !== 0 ? `nvim exited with ${run.status}` : '',
        result.timed_out ? `timed out after ${TIMEOUT_MS} ms` : '',
      ].filter(Boolean);
      fail(`${nvimVersion}: ${why.join('; ')}\n${summary}`);
    }
    console.log(`PASS test:nvim: ${nvimVersion} got ${expected.join(', ')} (${diagnostics.length} diagnostics)\n${summary}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
