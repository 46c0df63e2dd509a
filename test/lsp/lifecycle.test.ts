/** The server's handshake, its behaviour on odd requests, and a clean shutdown. */
import * as assert from 'node:assert/strict';
import type { CodeAction, Hover, InitializeResult } from 'vscode-languageserver-protocol';
import { fileUri, ofRule, TestClient } from './harness';

describe('LSP lifecycle', function () {
  this.timeout(15000);
  const clients: TestClient[] = [];
  const start = (pull: boolean, configuration = true, refresh = true): TestClient => {
    const c = new TestClient({ pull, configuration, refresh });
    clients.push(c);
    return c;
  };

  after(() => {
    for (const c of clients) c.kill();
  });

  describe('initialize', () => {
    it('announces incremental sync, hover, code actions with fix-all, symbols and pull diagnostics', async () => {
      const res: InitializeResult = await start(true).initialize();
      const caps = res.capabilities;
      assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
      assert.equal(caps.hoverProvider, true);
      assert.equal(caps.documentSymbolProvider, true);
      const kinds = typeof caps.codeActionProvider === 'object' ? caps.codeActionProvider.codeActionKinds : undefined;
      assert.ok(kinds?.includes('quickfix'), JSON.stringify(kinds));
      assert.ok(kinds?.includes('source.fixAll.copydesk'), JSON.stringify(kinds));
      assert.ok(caps.diagnosticProvider, 'diagnosticProvider for a pull client');
      assert.equal(caps.diagnosticProvider.identifier, 'copydesk');
      assert.equal(caps.diagnosticProvider.interFileDependencies, false);
      assert.equal(res.serverInfo?.name, 'copydesk');
    });

    it('does not announce diagnosticProvider to a client without pull support', async () => {
      const res = await start(false).initialize();
      assert.equal(res.capabilities.diagnosticProvider, undefined);
      assert.equal(res.capabilities.hoverProvider, true);
    });

    it('a client without workspace/configuration gets the default settings', async () => {
      const c = start(false, false);
      await c.initialize();
      const u = fileUri('noconfig.release');
      const since = c.mark();
      await c.open(u, 'Carter stated that the troops would deploy.\n');
      assert.equal(ofRule(await c.pushed(u, since), 'attribution/loaded-verb').length, 1);
      assert.deepEqual(c.configurationRequests, []);
    });
  });

  describe('robustness', () => {
    let c: TestClient;
    before(async () => {
      c = start(true);
      await c.initialize();
    });

    it('hover, code actions, symbols and diagnostics for a never-opened URI return empty results', async () => {
      const u = fileUri('never-opened.release');
      const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 0 } });
      assert.equal(hover, null);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
      const actions = await c.request<CodeAction[] | null>('textDocument/codeAction', { textDocument: { uri: u }, range, context: { diagnostics: [] } });
      assert.deepEqual(actions ?? [], []);
      const fixAll = await c.codeActions(u, range, [], ['source.fixAll.copydesk']);
      assert.deepEqual(fixAll ?? [], []);
      const symbols = await c.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri: u } });
      assert.deepEqual(symbols ?? [], []);
      assert.deepEqual(await c.pull(u), []);
    });

    it('hover past the end of a document does not fail', async () => {
      const u = fileUri('short.release');
      await c.open(u, 'Carter stated that the troops would deploy.\n');
      const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 40, character: 99 } });
      assert.equal(hover, null);
    });

    it('an unknown method gets an error response and the server keeps working', async () => {
      await assert.rejects(c.request('copydesk/noSuchMethod', {}), (err: { code?: number }) => err.code === -32601);
      await c.notify('copydesk/noSuchNotification', {});
      const u = fileUri('after-unknown.release');
      await c.open(u, 'Carter stated that the troops would deploy.\n');
      assert.equal(ofRule(await c.pull(u), 'attribution/loaded-verb').length, 1);
    });

    it('a closed document is forgotten', async () => {
      const u = fileUri('closed.release');
      await c.open(u, 'Carter stated that the troops would deploy.\n');
      assert.equal((await c.pull(u)).length, 1);
      await c.close(u);
      assert.deepEqual(await c.pull(u), []);
    });

    it('shutdown then exit ends the process with code 0', async () => {
      assert.equal(await c.shutdown(), 0);
    });
  });

  it('a pull client without diagnostic refresh survives a settings change', async () => {
    const p = start(true, true, false);
    await p.initialize();
    const u = fileUri('no-refresh.release');
    await p.open(u, 'Carter stated that the troops would deploy.\n');
    assert.equal(ofRule(await p.pull(u), 'attribution/loaded-verb').length, 1);
    p.settings = { rules: { 'attribution/loaded-verb': 'off' } };
    await p.notify('workspace/didChangeConfiguration', { settings: null });
    // The client re-pulls on its own schedule; the server must still be there to answer.
    assert.deepEqual(ofRule(await p.pull(u), 'attribution/loaded-verb'), []);
    assert.equal(await p.shutdown(), 0);
  });

  it('push client: closing a document clears its diagnostics', async () => {
    const p = start(false);
    await p.initialize();
    const u = fileUri('push-close.release');
    let since = p.mark();
    await p.open(u, 'Carter stated that the troops would deploy.\n');
    assert.equal((await p.pushed(u, since)).length, 1);
    since = p.mark();
    await p.close(u);
    const cleared = await p.waitFor<{ uri: string; diagnostics: unknown[] }>('textDocument/publishDiagnostics', (x) => x.uri === u, since);
    assert.deepEqual(cleared.diagnostics, []);
    assert.equal(await p.shutdown(), 0);
  });
});
