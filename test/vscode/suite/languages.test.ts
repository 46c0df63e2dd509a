/**
 * Changing `copydesk.languages` starts a new language client (the document selector is fixed when a
 * client starts). The status bar must keep following the checks of the new client, not only of the
 * first one the session started.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateCopydesk, show, waitFor } from './helpers';

/** What the extension's activate() returns (client/src/extension.ts: CopydeskApi), as far as this suite reads it. */
interface CopydeskApi {
  notifications: string[];
  checked: Array<{ uri: string; version: number; counts: { error: number; warning: number; information: number; hint: number } }>;
  statusText(): string | undefined;
}

async function setLanguages(languages: string[] | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('copydesk').update('languages', languages, vscode.ConfigurationTarget.Global);
}

describe('changing copydesk.languages', function () {
  this.timeout(90_000);
  let api: CopydeskApi;
  let draft: vscode.TextDocument | undefined;

  before(async () => {
    api = (await activateCopydesk()).exports as CopydeskApi;
    assert.ok(Array.isArray(api.checked) && typeof api.statusText === 'function', 'the extension reports its checks and its status bar text');
  });

  after(async () => {
    if (draft) {
      await show(draft);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await setLanguages(undefined);
  });

  it('a new language client still updates the status bar, for a language only the new client checks, before and after an edit', async () => {
    // Plain text off: the client running now does not check .txt drafts.
    await setLanguages(['press-release', 'markdown']);
    draft = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Carter stated that the troops would deploy.\n' });
    await show(draft);
    const uri = draft.uri.toString();

    // Plain text back on: only the client started for this change can check the draft. (Checks
    // from before count not: an earlier test's untitled draft may have had the same URI.)
    const since = api.checked.length;
    await setLanguages(['press-release', 'markdown', 'plaintext']);
    const first = await waitFor('the new client to check the plain-text draft', () =>
      api.checked.slice(since).find((p) => p.uri === uri && p.version === draft!.version),
    );
    const before = first.counts.error + first.counts.warning + first.counts.information;
    assert.ok(before > 0, `the draft's finding is counted: ${JSON.stringify(first.counts)}`);
    // The status bar says it in words, only the kinds there are: "Copydesk: 1 error, 2 warnings".
    const n = (count: number, word: string): string[] => (count > 0 ? [`${count} ${word}${count === 1 ? '' : 's'}`] : []);
    const c = first.counts;
    const said = `$(edit) Copydesk: ${[...n(c.error, 'error'), ...n(c.warning, 'warning'), ...n(c.information, 'note')].join(', ')}`;
    await waitFor(`the status bar to say ${said}`, () => api.statusText() === said).catch((err: Error) => {
      throw new Error(`${err.message}; it shows ${api.statusText() ?? 'nothing'}`);
    });

    // An edit that adds a finding: the count in the status bar follows it.
    const editor = await show(draft);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'LTG Ann Lee said. '));
    await waitFor(
      `the status bar to show more than ${before} issues after the edit`,
      () => api.checked.slice(since).some((p) => p.uri === uri && p.version === draft!.version) && api.statusText() !== said && api.statusText()?.startsWith('$(edit) Copydesk: '),
    ).catch((err: Error) => {
      throw new Error(`${err.message}; it shows ${api.statusText() ?? 'nothing'}`);
    });
    // "LTG" is an error: the error count in the words goes up.
    const errors = (text: string): number => Number(/(\d+) errors?/.exec(text)?.[1] ?? 0);
    assert.ok(errors(api.statusText()!) > c.error, `status bar: ${api.statusText()}, before: ${said}`);
  });

  it('a change made while Restart Server starts the server still ends with a client that checks (the client still starting is stopped once it is up)', async () => {
    // Restart Server stops the server and starts it again; the change lands meanwhile, most often
    // while the client is starting, which cannot be stopped until it is up.
    const restarting = vscode.commands.executeCommand('copydesk.restartServer');
    await setLanguages(['press-release', 'plaintext']);
    await restarting;
    const since = api.checked.length;
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'COL Jane Doe stated that the troops would deploy.\n' });
    try {
      await show(doc);
      const uri = doc.uri.toString();
      // Only a client created for the change reports checks (a client that was not replaced has no handler left).
      await waitFor('the client after the change to check a plain-text draft', () => api.checked.slice(since).some((p) => p.uri === uri));
    } finally {
      await show(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});

describe('word wrap for plain text and Markdown drafts', function () {
  this.timeout(60_000);

  it('is offered once, however many plain-text drafts are opened (a .release draft wraps already)', async () => {
    const api = (await activateCopydesk()).exports as { feedback: string[] };
    const offer = (m: string): boolean => /turn on word wrap for (plain text|Markdown) drafts/.test(m);
    const opened: vscode.TextDocument[] = [];
    for (const content of ['First plain-text draft.\n', 'Second plain-text draft.\n']) {
      const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
      await vscode.window.showTextDocument(doc, { preview: false });
      opened.push(doc);
    }
    await waitFor('the word-wrap offer', () => api.feedback.some(offer));
    // Give a second offer the time to appear, if the extension were to make one.
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(api.feedback.filter(offer).length, 1, JSON.stringify(api.feedback));
    for (const doc of opened) {
      await show(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
