/**
 * Crash recovery: the language server process is killed outright (SIGKILL, as the kernel's OOM
 * killer would) and the language client's default error handler starts a new one. Runs last
 * (files run in name order) because it replaces the server every other test talks to.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { activateCopydesk, closeAllWithoutSaving, IN_BROWSER, hasRule, openInEditor, revert, ruleOf, waitFor, waitForDiagnostics } from './helpers';

const RANK = 'rank/service-abbreviation';

/** Pids of Copydesk language servers (dist/server.js) whose parent is this extension host. */
function copydeskServers(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ');
      if (!cmdline.includes('copydesk') || !cmdline.includes('dist/server.js')) continue;
      // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after the last ')'.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid) pids.push(Number(entry));
    } catch {
      // The process ended while we looked: not ours to care about.
    }
  }
  return pids;
}

describe('Copydesk recovers from a crashed language server', function () {
  this.timeout(60_000);

  let notifications: string[] = [];

  before(async function () {
    // The web extension's server is a web worker of the browser: there is no process the suite
    // could kill, so this test runs only on the desktop (README: "What the web extension cannot do").
    if (IN_BROWSER || process.platform !== 'linux') this.skip(); // reads /proc
    const ext = await activateCopydesk();
    notifications = (ext.exports as { notifications: string[] }).notifications;
    assert.ok(Array.isArray(notifications), 'the extension reports the notifications it shows');
  });

  after(async () => {
    await closeAllWithoutSaving();
  });

  it('after SIGKILL of dist/server.js the client starts a new server and diagnostics return', async () => {
    const editor = await openInEditor('broken.release');
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, RANK, (d) => hasRule(d, RANK));
    const [old, ...others] = await waitFor('the running Copydesk server process', () => {
      const pids = copydeskServers();
      return pids.length > 0 ? pids : undefined;
    });
    assert.deepStrictEqual(others, [], `more than one Copydesk server is a child of the extension host: ${[old, ...others].join(', ')}`);

    const shownBefore = notifications.length;
    process.kill(old, 'SIGKILL');
    const fresh = await waitFor('a new Copydesk server process', () => {
      const pids = copydeskServers().filter((p) => p !== old);
      return pids.length > 0 ? pids[0] : undefined;
    }, 30_000);
    assert.ok(!copydeskServers().includes(old), `server ${old} is still running`);

    // A mistake typed after the crash is flagged: only the new server can have checked it.
    try {
      assert.ok(await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\nCOL Jane Doe visited the base.\n')));
      const diags = await waitForDiagnostics(doc.uri, `findings from the restarted server (pid ${fresh})`, (d) =>
        d.filter((x) => ruleOf(x) === RANK).length >= 2,
      30_000);
      assert.ok(diags.some((d) => ruleOf(d) === 'date/ordinal'), 'the findings of the rest of the draft did not come back');
      // The writer is told once, in words, that the checker restarted: no second message, no library error text.
      assert.deepStrictEqual(notifications.slice(shownBefore), [
        'Copydesk: the checker stopped unexpectedly and was restarted; your open drafts are being checked again.',
      ]);
    } finally {
      await revert(doc);
    }
  });
});
