// Test-only extension: runs the compiled Copydesk integration suite inside the extension host
// (code-server does not support --extensionTestsPath) and writes the results as JSON.
'use strict';

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

function readConfig() {
  const candidates = [];
  if (process.env.COPYDESK_TEST_CONFIG) candidates.push(process.env.COPYDESK_TEST_CONFIG);
  for (const folder of vscode.workspace.workspaceFolders || []) {
    if (folder.uri.scheme === 'file') candidates.push(path.join(folder.uri.fsPath, '.copydesk-test.json'));
  }
  for (const file of candidates) {
    if (fs.existsSync(file)) {
      const config = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (!config.suite || !config.results) throw new Error(`${file} must name "suite" and "results"`);
      return config;
    }
  }
  return undefined;
}

function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(value, null, 2));
  fs.renameSync(tmp, file); // the driver never sees half a file
}

async function runSuite(config) {
  // Only one run per results file, even if the window reloads and this extension activates again.
  try {
    fs.mkdirSync(path.dirname(config.results), { recursive: true });
    fs.writeFileSync(`${config.results}.started`, String(Date.now()), { flag: 'wx' });
  } catch (err) {
    if (err && err.code === 'EEXIST') return;
    throw err;
  }
  let results;
  try {
    if (config.env) Object.assign(process.env, config.env);
    const suite = require(config.suite);
    results = await suite.runWithResults();
  } catch (err) {
    results = { passes: 0, failures: 1, pending: 0, durationMs: 0, tests: [], error: String((err && err.stack) || err) };
  }
  writeJson(config.results, { ...results, vscodeVersion: vscode.version });
  const summary = `${results.passes} passed, ${results.failures} failed`;
  if (results.failures > 0) void vscode.window.showErrorMessage(`Copydesk tests: ${summary}`);
  else void vscode.window.showInformationMessage(`Copydesk tests: ${summary}`);
}

function activate() {
  let config;
  try {
    config = readConfig();
  } catch (err) {
    void vscode.window.showErrorMessage(`Copydesk test runner: ${err.message}`);
    return;
  }
  if (!config) return;
  // Let activation finish first; the suite activates Copydesk itself.
  setTimeout(() => {
    runSuite(config).catch((err) => {
      try {
        writeJson(config.results, { passes: 0, failures: 1, pending: 0, tests: [], error: String((err && err.stack) || err) });
      } catch {
        /* nothing more to do */
      }
    });
  }, 0);
}

function deactivate() {}

module.exports = { activate, deactivate };
