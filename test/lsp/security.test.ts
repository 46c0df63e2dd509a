/**
 * Copydesk never talks to the network and never starts a process from the server or the CLI.
 * Checked twice: in the built bundles (no network or process module, no fetch, XMLHttpRequest or
 * WebSocket), and in the running server, started with a hook that makes every such module and
 * `fetch` record the attempt and throw, then driven through every feature a writer uses.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { CheckFileRequest, FixesRequest, ReportRequest } from '../../protocol/messages';
import { fileUri, ofRule, REPO, TestClient } from './harness';

const NETWORK_MODULES = ['http', 'https', 'net', 'tls', 'dgram', 'http2', 'dns', 'child_process'];
const GLOBALS = ['fetch(', 'XMLHttpRequest', 'WebSocket'];

/** Modules each bundle may load, and why. */
const ALLOWED: Record<string, string[]> = {
  'dist/server.js': [],
  'dist/cli.js': [],
  'dist/cli-commands.js': [],
  'dist/cli-worker.js': [],
  // vscode-languageclient starts the language server as a child process (child_process.fork of
  // dist/server.js, over IPC). That is the only process the extension starts; it has no network module.
  'dist/client.js': ['child_process'],
};

describe('security: no network, no processes', function () {
  this.timeout(30000);

  for (const [bundle, allowed] of Object.entries(ALLOWED)) {
    it(`${bundle} loads no network module${allowed.length ? ` (only ${allowed.join(', ')}, to start the server)` : ' and no process module'} and calls no fetch, XMLHttpRequest or WebSocket`, () => {
      const code = fs.readFileSync(path.join(REPO, bundle), 'utf8');
      const loaded = new Set([...code.matchAll(/require\(\s*["'](?:node:)?([\w/]+)["']\s*\)/g)].map((m) => m[1]));
      assert.ok(/\brequire\(/.test(code), `no require() found in ${bundle}: is it a CommonJS bundle?`);
      assert.deepEqual(NETWORK_MODULES.filter((m) => loaded.has(m)), allowed);
      assert.deepEqual(GLOBALS.filter((g) => code.includes(g)), []);
    });
  }

  it('the running server, driven through open, change, hover, code actions, fix-all, diagnostics and its own requests, never touches the network or starts a process', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-nonet-'));
    const log = path.join(dir, 'attempts.log');
    const hook = path.join(dir, 'deny-network.js');
    fs.writeFileSync(
      hook,
      `const Module = require('module');
const fs = require('fs');
const denied = new Set(${JSON.stringify(NETWORK_MODULES)});
const record = (what) => { fs.appendFileSync(${JSON.stringify(log)}, what + '\\n'); throw new Error('denied: ' + what); };
const load = Module._load;
Module._load = function (request, ...rest) {
  const name = String(request).replace(/^node:/, '');
  if (denied.has(name)) record('require ' + name);
  return load.call(this, request, ...rest);
};
for (const g of ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource']) {
  Object.defineProperty(globalThis, g, { configurable: true, get: () => () => record(g) });
}
`,
    );
    const c = new TestClient({ pull: true, nodeArgs: ['--require', hook] });
    try {
      await c.initialize();
      const u = fileUri('security.release');
      await c.open(u, 'WASHINGTON — LTG Sean MacFarland stated that the troops arrived on July 11th.\n');
      let diags: Diagnostic[] = await c.pull(u);
      assert.equal(ofRule(diags, 'attribution/loaded-verb').length, 1, 'the hooked server still checks');
      await c.replace(u, 'troops', 'Soldiers');
      diags = await c.pull(u);
      await c.request('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 15 } });
      const actions = (await c.codeActions(u, diags[0].range, diags)) ?? [];
      assert.ok(actions.length > 0);
      const fixAll = (await c.codeActions(u, diags[0].range, [], ['source.fixAll.copydesk'])) as CodeAction[];
      await c.applyEdit(u, fixAll[0].edit);
      await c.pull(u);
      await c.request('textDocument/documentSymbol', { textDocument: { uri: u } });
      await c.request('textDocument/completion', { textDocument: { uri: u }, position: { line: 0, character: 5 } });
      await c.request(FixesRequest, { uri: u });
      await c.request(ReportRequest, { uri: u });
      await c.request(CheckFileRequest, { uri: fileUri('other.release'), text: 'Carter stated it.\n', languageId: 'press-release' });
      await c.notify('workspace/didChangeConfiguration', { settings: null });
      await c.pull(u);
      assert.equal(await c.shutdown(), 0);
      assert.equal(fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '', '', 'network or process use was attempted');
    } finally {
      c.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the hook works: a server bundle that loads a network module is caught', async () => {
    // The same hook against a stand-in server that requires https, so the test above cannot pass by accident.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-nonet-check-'));
    try {
      const log = path.join(dir, 'attempts.log');
      const hook = path.join(dir, 'hook.js');
      fs.writeFileSync(hook, `const Module = require('module'); const fs = require('fs'); const load = Module._load;
Module._load = function (r, ...rest) { if (/^(node:)?https$/.test(r)) { fs.appendFileSync(${JSON.stringify(log)}, 'require https\\n'); throw new Error('denied'); } return load.call(this, r, ...rest); };`);
      const script = path.join(dir, 'bad.js');
      fs.writeFileSync(script, "try { require('https'); } catch {}");
      const { spawnSync } = await import('node:child_process');
      spawnSync(process.execPath, ['--require', hook, script]);
      assert.equal(fs.readFileSync(log, 'utf8'), 'require https\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
