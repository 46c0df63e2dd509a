/**
 * How a request that is not answered with a result says why (LSP 3.17): a request the client
 * cancelled gets RequestCancelled (-32800); a diagnostic pull overtaken by an edit gets
 * ServerCancelled (-32802) with `retriggerRequest`, so the client asks again; other requests whose
 * draft changed before they were answered get ContentModified (-32801).
 */
import * as assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { FixesRequest, ReportRequest } from '../../protocol/messages';
import { fileUri, ofRule, TestClient } from './harness';

const MISTAKE = 'WASHINGTON — Carter stated that the troops would deploy.\n';

interface Refusal {
  code: number;
  data?: { retriggerRequest?: boolean };
}

/** The error a request was answered with, or a failure when it got a result. */
function refusal(p: Promise<unknown>): Promise<Refusal> {
  return p.then(
    (result) => assert.fail(`answered with a result: ${JSON.stringify(result)}`),
    (err: Refusal) => err,
  );
}

for (const pull of [false, true]) {
  describe(`LSP: cancelled and overtaken requests (${pull ? 'pull' : 'push'} client)`, function () {
    this.timeout(20000);
    let c: TestClient;
    let n = 0;
    before(async () => {
      c = new TestClient({ pull });
      await c.initialize();
    });
    after(() => c.kill());
    // A draft the server has not read settings for yet: each request below waits for the client's
    // workspace/configuration answer, and the cancellation or the edit is read before that answer.
    const draft = async (): Promise<string> => {
      const u = fileUri(`cancel-${pull ? 'pull' : 'push'}-${++n}.release`);
      await c.open(u, MISTAKE);
      return u;
    };
    const position = { line: 0, character: 22 };

    const REQUESTS: Array<[string, (u: string) => [string, unknown]]> = [
      ['hover', (u) => ['textDocument/hover', { textDocument: { uri: u }, position }]],
      ['document symbols', (u) => ['textDocument/documentSymbol', { textDocument: { uri: u } }]],
      ['completion', (u) => ['textDocument/completion', { textDocument: { uri: u }, position }]],
      ['fix-all', (u) => ['textDocument/codeAction', { textDocument: { uri: u }, range: { start: position, end: position }, context: { diagnostics: [], only: ['source.fixAll.copydesk'] } }]],
      ['the style report', (u) => [ReportRequest.method, { uri: u }]],
      ['the fix-all preview', (u) => [FixesRequest.method, { uri: u }]],
    ];
    if (pull) REQUESTS.unshift(['a diagnostic pull', (u) => ['textDocument/diagnostic', { textDocument: { uri: u } }]]);

    for (const [label, make] of REQUESTS) {
      it(`${label} the client cancels is answered with RequestCancelled (-32800)`, async () => {
        const u = await draft();
        const source = new CancellationTokenSource();
        const [method, params] = make(u);
        const answer = refusal(c.request(method, params, source.token));
        source.cancel();
        const error = await answer;
        assert.equal(error.code, -32800, `RequestCancelled, not ${error.code}`);
        if (pull) assert.equal(ofRule(await c.pull(u), 'attribution/loaded-verb').length, 1, 'the next pull is answered');
      });
    }

    for (const [label, make] of REQUESTS.filter(([l]) => l !== 'a diagnostic pull')) {
      it(`${label} overtaken by an edit is answered with ContentModified (-32801)`, async () => {
        const u = await draft();
        const [method, params] = make(u);
        const answer = refusal(c.request(method, params));
        await c.replace(u, ' stated', ' said');
        const error = await answer;
        assert.equal(error.code, -32801, `ContentModified, not ${error.code}`);
      });
    }
    // A diagnostic pull overtaken by an edit: ServerCancelled with retriggerRequest (typing.test.ts).
  });
}
