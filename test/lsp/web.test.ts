/**
 * The web extension's bundle (package.json `browser`): dist/client-web.js, the client for the
 * browser's web worker extension host and, in a web worker of its own, the language server (a
 * prelude tells it which). Neither side may touch Node: both are run here in a scope that
 * has only what a web worker has (no process, require, Buffer, fs), and the server is driven over
 * its worker messages as the client drives it. The same bundle runs in a real browser in
 * `node scripts/test-vscode.js --web`.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as zlib from 'node:zlib';
import { REPO } from './harness';
import { WEB_SERVER_PRELUDE } from '../../protocol';

const BUNDLE = path.join(REPO, 'dist', 'client-web.js');

/** What a web worker's global scope has, and nothing of Node's. */
function workerScope(extra: Record<string, unknown> = {}): vm.Context {
  const scope: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    TextEncoder,
    TextDecoder,
    URL,
    Blob,
    MessageChannel,
    structuredClone,
    performance,
    ...extra,
  };
  scope.self = scope;
  return vm.createContext(scope);
}

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown };

/** The bundle's server in a worker-like scope, as the client starts it: messages in through onmessage, out through postMessage. */
function startWebServer(): { send(m: Message): void; next(match: (m: Message) => boolean): Promise<Message>; errors: string[] } {
  const received: Message[] = [];
  const waiting: Array<{ match: (m: Message) => boolean; resolve: (m: Message) => void }> = [];
  const errors: string[] = [];
  const scope = workerScope({
    // The server answers through postMessage; a structured clone, as between real workers.
    postMessage: (m: unknown) => {
      const message = structuredClone(m) as Message;
      const i = waiting.findIndex((w) => w.match(message));
      if (i >= 0) waiting.splice(i, 1)[0].resolve(message);
      else received.push(message);
    },
    addEventListener: (type: string) => {
      if (type !== 'error' && type !== 'unhandledrejection') errors.push(`listened for ${type}`);
    },
    close: () => undefined,
  });
  vm.runInContext(WEB_SERVER_PRELUDE + fs.readFileSync(BUNDLE, 'utf8'), scope, { filename: BUNDLE });
  const onmessage = (scope as { onmessage?: (e: { data: unknown }) => void }).onmessage;
  assert.equal(typeof onmessage, 'function', 'the server listens for the client\'s messages (self.onmessage)');
  return {
    send: (m) => onmessage!({ data: structuredClone({ jsonrpc: '2.0', ...m }) }),
    next: (match) =>
      new Promise((resolve, reject) => {
        const i = received.findIndex(match);
        if (i >= 0) return resolve(received.splice(i, 1)[0]);
        const timer = setTimeout(() => reject(new Error(`no such message from the web server; it sent ${JSON.stringify(received.map((r) => r.method ?? r.id))}`)), 15000);
        waiting.push({ match, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      }),
    errors,
  };
}

/**
 * A stand-in for the `vscode` module with every name the real API exports (read from
 * @types/vscode): each a class whose every property is another stand-in. Loading the client
 * touches these names (classes it extends, enums); it calls nothing before activate.
 */
function standInVscode(): Record<string, unknown> {
  const api = fs.readFileSync(path.join(REPO, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const names = new Set([...api.matchAll(/^\s*export (?:class|enum|namespace|const|function|let) (\w+)/gm)].map((m) => m[1]));
  const standIn = (): unknown =>
    new Proxy(class {}, {
      get: (target, key) => (key === 'prototype' ? target.prototype : typeof key === 'symbol' ? undefined : standIn()),
    });
  return Object.fromEntries([...names].map((n) => [n, standIn()]));
}

describe('web extension bundles', function () {
  this.timeout(30000);

  it('the bundle\'s server runs with no Node at all: answers initialize over worker messages and reports the findings of a draft', async () => {
    const server = startWebServer();
    server.send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { projectFiles: true } } });
    const init = await server.next((m) => m.id === 1);
    assert.ok(init.result, `initialize failed: ${JSON.stringify(init.error)}`);
    const caps = (init.result as { capabilities: Record<string, unknown> }).capabilities;
    assert.ok(caps.hoverProvider && caps.codeActionProvider, 'hovers and quick fixes are announced');
    server.send({ method: 'initialized', params: {} });
    // A draft on github.dev's scheme: the server asks the client for its project file, never a disk.
    const uri = 'vscode-vfs://github/army-pao/releases/drafts/visit.release';
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'press-release', version: 1, text: 'WASHINGTON — LTG Sean MacFarland stated on July 11th that troops would deploy.\n' } } });
    const ask = await server.next((m) => m.method === 'copydesk/projectFile');
    assert.deepEqual(ask.params, { uri });
    server.send({ id: ask.id, result: null });
    const published = await server.next((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
    const rules = (published.params as { diagnostics: Array<{ code: string | { value: string } }> }).diagnostics.map((d) => (typeof d.code === 'object' ? d.code.value : d.code));
    for (const rule of ['rank/service-abbreviation', 'date/ordinal', 'attribution/loaded-verb']) assert.ok(rules.includes(rule), `${rule} missing from ${rules.join(', ')}`);
    assert.deepEqual(server.errors, []);
  });

  it('a saved .copydesk.json is read again: the server asks for didSave, and a save makes it ask the client for the project file anew', async () => {
    // A project file the client's file watcher does not see (one above the workspace folder, or a
    // draft opened from outside it) reaches the server only through its save: the server must ask
    // for didSave (a client sends it only then), and forget the project files it was told of.
    const server = startWebServer();
    server.send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { projectFiles: true } } });
    const init = await server.next((m) => m.id === 1);
    const sync = (init.result as { capabilities: { textDocumentSync: { save?: unknown } } }).capabilities.textDocumentSync;
    assert.ok(sync.save, `the server does not ask for didSave: textDocumentSync is ${JSON.stringify(sync)}`);
    server.send({ method: 'initialized', params: {} });
    const uri = 'vscode-remote://localhost:8080/home/pao/releases/2026/visit.release';
    const config = 'vscode-remote://localhost:8080/home/pao/releases/.copydesk.json';
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'press-release', version: 1, text: 'WASHINGTON — The troops deployed on July 11th.\n' } } });
    const rulesOf = (m: Message): string[] => (m.params as { diagnostics: Array<{ code: string | { value: string } }> }).diagnostics.map((d) => (typeof d.code === 'object' ? d.code.value : d.code));
    const first = await server.next((m) => m.method === 'copydesk/projectFile');
    server.send({ id: first.id, result: { uri: config, text: '{}' } });
    const before = await server.next((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
    assert.ok(rulesOf(before).includes('date/ordinal'), rulesOf(before).join(', '));
    // The writer turns the rule off in the project file and saves it.
    const text = '{ "rules": { "date/ordinal": "off" } }\n';
    server.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: config, languageId: 'jsonc', version: 1, text } } });
    server.send({ method: 'textDocument/didSave', params: { textDocument: { uri: config } } });
    const again = await server.next((m) => m.method === 'copydesk/projectFile' && (m.params as { uri: string }).uri === uri);
    server.send({ id: again.id, result: { uri: config, text } });
    const after = await server.next((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri && !rulesOf(m).includes('date/ordinal'));
    assert.ok(!rulesOf(after).includes('date/ordinal'), rulesOf(after).join(', '));
  });

  it('dist/client-web.js loads in the web host with only the vscode module: no process, require of anything else, or Buffer, and starts no server there', () => {
    const required: string[] = [];
    const vscodeModule = standInVscode();
    const module = { exports: {} as Record<string, unknown> };
    const posted: unknown[] = [];
    const scope = workerScope({
      module,
      postMessage: (m: unknown) => posted.push(m),
      addEventListener: () => posted.push('listened'),
      exports: module.exports,
      require: (id: string) => {
        required.push(id);
        if (id !== 'vscode') throw new Error(`the web client required ${id}`);
        return vscodeModule;
      },
    });
    vm.runInContext(fs.readFileSync(BUNDLE, 'utf8'), scope, { filename: BUNDLE });
    assert.equal(typeof module.exports.activate, 'function', 'the bundle exports activate');
    // The client's modules run only when activate is called; the server's never in the extension host.
    assert.deepEqual(required, []);
    assert.equal(typeof module.exports.deactivate, 'function', 'the bundle exports deactivate');
    assert.deepEqual(posted, [], 'the server started in the extension host');
    assert.equal((scope as { onmessage?: unknown }).onmessage, undefined, 'the server listens in the extension host');
  });

  it('the web extension\'s bundle is under 600 KB as built (raw bytes, as shipped), and names no Node module', () => {
    const sizes = [BUNDLE].map((f) => {
      const code = fs.readFileSync(f);
      return { file: path.basename(f), raw: code.length, gzip: zlib.gzipSync(code, { level: 9 }).length, text: code.toString('utf8') };
    });
    const gzip = sizes.reduce((n, s) => n + s.gzip, 0);
    const raw = sizes.reduce((n, s) => n + s.raw, 0);
    console.log(`      ${sizes.map((s) => `${s.file} ${(s.raw / 1024).toFixed(0)} KB (${(s.gzip / 1024).toFixed(0)} KB gzip)`).join(', ')}`);
    assert.ok(gzip < 250 * 1024, `the web bundle is ${(gzip / 1024).toFixed(0)} KB compressed`);
    // Issue 17: the web extension under 600 KB as the browser downloads it from the .vsix (README: Size).
    assert.ok(raw < 600 * 1024, `the web bundle is ${(raw / 1024).toFixed(1)} KB as built`);
    for (const s of sizes) {
      const nodeModules = [...s.text.matchAll(/require\(\s*["'](?:node:)?([\w/]+)["']\s*\)/g)].map((m) => m[1]).filter((m) => m !== 'vscode');
      assert.deepEqual(nodeModules, [], `${s.file} requires ${nodeModules.join(', ')}`);
    }
  });
});
