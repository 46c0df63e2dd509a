/**
 * The server over a real stdio connection, fed what a broken or hostile client sends: bad JSON,
 * bad headers, wrong parameter types, unknown documents, requests after shutdown. After each,
 * the same server must still check a draft correctly.
 */
import * as assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol';
import { fileUri, ofRule, TestClient } from './harness';

const MISTAKE = 'Carter stated that the troops would deploy.\n';

/** Writes raw bytes to the server's standard input, bypassing the JSON-RPC writer. */
function raw(c: TestClient, body: string, header?: string): void {
  c.child.stdin!.write(`${header ?? `Content-Length: ${Buffer.byteLength(body, 'utf8')}`}\r\n\r\n${body}`);
}

describe('LSP robustness: malformed and out-of-order messages', function () {
  this.timeout(20000);
  const clients: TestClient[] = [];
  let n = 0;
  after(() => {
    for (const c of clients) c.kill();
  });

  async function start(): Promise<TestClient> {
    const c = new TestClient({ pull: true });
    clients.push(c);
    await c.initialize();
    return c;
  }

  /** The server still answers a normal request correctly: a fresh draft gets its finding. */
  async function stillWorks(c: TestClient): Promise<void> {
    const u = fileUri(`robust-${++n}.release`);
    await c.open(u, MISTAKE);
    assert.equal(ofRule(await c.pull(u), 'attribution/loaded-verb').length, 1);
    assert.equal(c.exitCode, undefined, 'the server exited');
  }

  it('a message whose body is not JSON is dropped; the server keeps answering', async () => {
    const c = await start();
    raw(c, '{"jsonrpc":"2.0","id":99,"method":"textDocument/hover",');
    raw(c, 'not json at all');
    await stillWorks(c);
  });

  it('a request with parameters of the wrong type gets an error or an empty answer, never a crash', async () => {
    const c = await start();
    const odd: Array<[string, unknown]> = [
      ['textDocument/hover', { textDocument: 5, position: 'top' }],
      ['textDocument/hover', { textDocument: { uri: 42 }, position: { line: 'a', character: null } }],
      ['textDocument/codeAction', { textDocument: { uri: fileUri('x.release') }, range: null, context: 'all' }],
      ['textDocument/codeAction', { textDocument: { uri: fileUri('x.release') }, range: null, context: { diagnostics: 'none', only: 7 } }],
      ['textDocument/diagnostic', { textDocument: null }],
      ['textDocument/documentSymbol', []],
      ['copydesk/fixes', { uri: 3, range: 'x', families: 'rank' }],
      ['copydesk/report', null],
      ['copydesk/checkFile', { uri: fileUri('y.release'), text: 12, languageId: {} }],
    ];
    for (const [method, params] of odd) {
      await c.request(method, params).then(
        (result) => assert.ok(result === null || Array.isArray(result) || typeof result === 'object', `${method}: ${JSON.stringify(result)}`),
        (err: { code?: number }) => assert.equal(typeof err.code, 'number', `${method}: ${String(err)}`),
      );
    }
    await stillWorks(c);
  });

  it('notifications with missing or broken parameters are ignored', async () => {
    const c = await start();
    raw(c, JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen' }));
    raw(c, JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: {} } }));
    raw(c, JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didClose', params: 7 }));
    raw(c, JSON.stringify({ jsonrpc: '2.0', method: 'workspace/didChangeConfiguration' }));
    raw(c, JSON.stringify({ jsonrpc: '2.0', method: 'copydesk/trust', params: 'yes' }));
    await stillWorks(c);
  });

  it('didChange and didClose for a document never opened change nothing', async () => {
    const c = await start();
    const u = fileUri('never-opened-change.release');
    await c.notify('textDocument/didChange', {
      textDocument: { uri: u, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'LTG Doe ' }],
    });
    await c.notify('textDocument/didClose', { textDocument: { uri: u } });
    assert.deepEqual(await c.pull(u), []);
    const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 1 } });
    assert.equal(hover, null);
    await stillWorks(c);
  });

  it('a header whose Content-Length is not a number ends the server with 1 (the client restarts it) instead of leaving it deaf', async () => {
    const c = await start();
    raw(c, '{}', 'Content-Length: lots');
    assert.equal(await c.waitExit(), 1);
    assert.match(c.stderr, /broken message header/);
    const fresh = await start();
    await stillWorks(fresh);
  });

  it('requests after shutdown get an error or an empty answer; exit then ends the process with 0', async () => {
    const c = await start();
    const u = fileUri('after-shutdown.release');
    await c.open(u, MISTAKE);
    await c.request('shutdown', null);
    await c
      .request('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 8 } })
      .then((h) => assert.ok(h === null || typeof h === 'object'), (err: { code?: number }) => assert.equal(typeof err.code, 'number'));
    assert.equal(c.exitCode, undefined, 'the server must wait for exit');
    await c.notify('exit', null);
    assert.equal(await c.waitExit(), 0);
  });

  it('exit without shutdown ends the process with 1 (as the protocol asks)', async () => {
    const c = await start();
    await c.notify('exit', null);
    assert.equal(await c.waitExit(), 1);
  });
});
