/**
 * Typing into a draft: each edit is checked incrementally, and what the writer sees after any run
 * of edits is what a fresh check of the same text shows; a check overtaken by a newer edit never
 * answers with the older version's diagnostics.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, REPO, TestClient } from './harness';

const CORPUS = fs
  .readdirSync(path.join(REPO, 'bench', 'corpus'))
  .filter((f) => f.endsWith('.release'))
  .sort()
  .map((f) => fs.readFileSync(path.join(REPO, 'bench', 'corpus', f), 'utf8'));

const summary = (d: Diagnostic[]): string[] => d.map((x) => `${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${x.code} ${x.message}`);

describe('LSP: typing into a long draft', function () {
  this.timeout(30000);
  const clients: TestClient[] = [];
  after(() => clients.forEach((c) => c.kill()));
  const start = (pull: boolean): TestClient => {
    const c = new TestClient({ pull });
    clients.push(c);
    return c;
  };

  it('after a run of typed edits the diagnostics equal those of the same text opened fresh', async () => {
    const c = start(true);
    await c.initialize();
    const uri = fileUri('typing-long.release');
    const text = CORPUS.slice(0, 12).join('\n\n');
    await c.open(uri, text);
    await c.pull(uri);
    // A writer fixes a date, types a new sentence with a mistake, and breaks a paragraph in two.
    const verbAt = c.text(uri).indexOf('said.');
    await c.replace(uri, 'said.', 'stated.');
    const verbPos = c.doc(uri).positionAt(verbAt);
    const mid = c.text(uri).indexOf('\n\n', Math.floor(c.text(uri).length / 2));
    await c.change(uri, [{ range: { start: c.doc(uri).positionAt(mid), end: c.doc(uri).positionAt(mid) }, newText: '\n\nLTG Ann Lee arrived on July 11th at 1400 hours.' }]);
    const after = await c.pull(uri);
    assert.ok(after.some((d) => d.code === 'time/military' && c.doc(uri).getText(d.range).startsWith('1400 hours')), 'the new sentence is checked');
    assert.ok(
      after.some((d) => d.code === 'attribution/loaded-verb' && d.range.start.line === verbPos.line && d.range.start.character === verbPos.character),
      'the edited verb is flagged where it was typed',
    );

    const fresh = fileUri('typing-fresh.release');
    await c.open(fresh, c.text(uri));
    assert.deepEqual(summary(await c.pull(fresh)), summary(after));
  });

  it('a diagnostic request overtaken by an edit is cancelled for a retry, never answered for the old text', async () => {
    const c = start(true);
    await c.initialize();
    const uri = fileUri('typing-stale.release');
    await c.open(uri, CORPUS[0]);
    // The server asks the client for this draft's settings before its first check; the edit is
    // sent before that answer, so it is read before the check can start.
    const request = c.pull(uri).then(
      () => undefined,
      (error: { code: number; data?: { retriggerRequest?: boolean } }) => error,
    );
    const edited = c.replace(uri, ' said', ' stated');
    const [error] = await Promise.all([request, edited]);
    assert.ok(error, 'the request for the replaced version was answered with diagnostics');
    assert.equal(error.code, -32802, 'ServerCancelled');
    assert.equal(error.data?.retriggerRequest, true);
    assert.ok((await c.pull(uri)).some((d) => d.code === 'attribution/loaded-verb'));
  });

  it('push: a burst of edits ends with diagnostics for the last version, and never an older version after a newer one', async () => {
    const c = start(false);
    await c.initialize();
    const uri = fileUri('typing-burst.release');
    await c.open(uri, CORPUS[1]);
    await c.pushed(uri);
    const since = c.mark();
    for (const ch of ' stated') await c.change(uri, [{ range: { start: c.doc(uri).positionAt(0), end: c.doc(uri).positionAt(0) }, newText: ch }]);
    const last = c.doc(uri).version;
    const final = await c.pushed(uri, since);
    assert.ok(final.length > 0);
    const versions = c.notifications
      .slice(since)
      .filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri)
      .map((n) => n.params.version as number);
    assert.equal(versions[versions.length - 1], last, `versions sent: ${versions.join(', ')}`);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `versions sent: ${versions.join(', ')}`);
  });
});
