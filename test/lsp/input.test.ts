/** Files Copydesk does not check, over a real LSP connection: one information notice, and every other feature quiet. */
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { FixesRequest } from '../../protocol/messages';
import { fileUri, ofRule, TestClient } from './harness';

const MISTAKE = 'Carter stated that the troops would deploy. LTG Sean MacFarland agreed.\n';

for (const pull of [true, false]) {
  describe(`files Copydesk does not check (${pull ? 'pull' : 'push'} diagnostics)`, function () {
    this.timeout(30000);
    let c: TestClient;
    let n = 0;
    const uri = (name: string): string => fileUri(`input-${pull ? 'pull' : 'push'}-${++n}-${name}`);
    before(async () => {
      c = new TestClient({ pull });
      c.settings = { maxFileSize: 0.5 };
      await c.initialize();
    });
    after(() => c.kill());

    async function openAndCheck(u: string, text: string): Promise<Diagnostic[]> {
      const since = c.mark();
      await c.open(u, text);
      return c.diagnostics(u, since);
    }

    /** Hover, quick fixes, fix-all and symbols on a skipped file: nothing, and no error. */
    async function quiet(u: string, diags: Diagnostic[]): Promise<void> {
      const position = { line: 0, character: 2 };
      assert.equal(await c.request('textDocument/hover', { textDocument: { uri: u }, position }), null);
      const range = { start: position, end: { line: 0, character: 10 } };
      assert.deepEqual((await c.codeActions(u, range, diags)) ?? [], []);
      assert.deepEqual((await c.codeActions(u, range, [], ['source.fixAll.copydesk'])) ?? [], []);
      assert.deepEqual((await c.request('textDocument/documentSymbol', { textDocument: { uri: u } })) ?? [], []);
      assert.deepEqual(await c.request(FixesRequest, { uri: u }), []);
    }

    it('a draft over copydesk.maxFileSize gets one information notice at the top naming its size and the limit', async () => {
      const u = uri('big.release');
      const text = MISTAKE.repeat(Math.ceil((0.6 * 1024 * 1024) / MISTAKE.length));
      const diags = await openAndCheck(u, text);
      assert.equal(diags.length, 1, diags.map((d) => String(d.message)).join('\n'));
      assert.equal(diags[0].severity, 3);
      assert.deepEqual(diags[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      assert.equal(String(diags[0].message), 'This file is 0.6 MB, over the copydesk.maxFileSize limit of 0.5 MB; Copydesk does not check it. Raise the setting to check it.');
      await quiet(u, diags);
    });

    it('raising copydesk.maxFileSize checks the open draft without an edit', async () => {
      const u = uri('raised.release');
      const text = MISTAKE.repeat(Math.ceil((0.6 * 1024 * 1024) / MISTAKE.length));
      assert.equal((await openAndCheck(u, text)).length, 1);
      c.settings = { maxFileSize: 10 };
      try {
        const since = c.mark();
        await c.notify('workspace/didChangeConfiguration', { settings: null });
        const diags = await c.diagnostics(u, since);
        assert.ok(ofRule(diags, 'attribution/loaded-verb').length > 100, `the draft is checked now: ${diags.length} findings`);
      } finally {
        c.settings = { maxFileSize: 0.5 };
        await c.notify('workspace/didChangeConfiguration', { settings: null });
      }
    });

    it('a binary file (NUL characters) gets one notice saying why it was skipped', async () => {
      const u = uri('binary.release');
      const diags = await openAndCheck(u, `${MISTAKE}\0\0\u0003PK\0`);
      assert.equal(diags.length, 1);
      assert.match(String(diags[0].message), /NUL characters, so it looks like a binary file/);
      await quiet(u, diags);
    });

    it('a file that is not UTF-8 (replacement characters) gets one notice; editing it back to clean text brings the findings', async () => {
      const u = uri('latin1.release');
      const diags = await openAndCheck(u, MISTAKE.replace(/ /g, ' \uFFFD'));
      assert.equal(diags.length, 1);
      assert.match(String(diags[0].message), /not valid UTF-8/);
      const since = c.mark();
      const d = c.doc(u);
      await c.change(u, [{ range: { start: { line: 0, character: 0 }, end: d.positionAt(d.getText().length) }, newText: MISTAKE }]);
      const after = await c.diagnostics(u, since);
      assert.equal(ofRule(after, 'attribution/loaded-verb').length, 1);
      assert.ok(!after.some((x) => /not valid UTF-8/.test(String(x.message))));
    });

    it('a draft under the limit is checked as usual', async () => {
      const diags = await openAndCheck(uri('small.release'), MISTAKE);
      assert.equal(ofRule(diags, 'attribution/loaded-verb').length, 1);
    });
  });
}
