/**
 * Copydesk inside a real VS Code: the packaged extension, its language server over IPC and the
 * public `vscode` API. The workspace is a fresh copy of test/vscode/workspace plus seed.release
 * (the seed fixture), so edits made here never touch the repository.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateCopydesk,
  bytesOf,
  closeAllWithoutSaving,
  IN_BROWSER,
  testEnv,
  textOf,
  describeDiagnostics,
  hasRule,
  hoverText,
  openInEditor,
  positionOf,
  revert,
  ruleOf,
  show,
  waitFor,
  waitForDiagnostics,
} from './helpers';

const RANK = 'rank/service-abbreviation';
const ORDINAL = 'date/ordinal';
const LOADED_VERB = 'attribution/loaded-verb';
const SERVICE_BEFORE_RANK = 'rank/service-before-rank';

/** copydesk.fixAll.preview in the user settings (undefined: back to the default, true). */
async function setFixAllPreview(value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('copydesk').update('fixAll.preview', value, vscode.ConfigurationTarget.Global);
}

describe('Copydesk in a real VS Code', function () {
  this.timeout(60_000);
  let broken: vscode.TextDocument;

  before(async () => {
    await activateCopydesk();
    broken = (await openInEditor('broken.release')).document;
  });

  afterEach(async () => {
    // Every test starts from broken.release as it is on disk, with no stray drafts open.
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && d !== broken)) {
      await show(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await revert(broken);
    await show(broken);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('copydesk').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllWithoutSaving();
  });

  it('the extension is active and *.release files are press-release documents', async () => {
    const ext = vscode.extensions.getExtension('copydesk.copydesk');
    assert.ok(ext?.isActive, 'copydesk.copydesk is not active');
    assert.strictEqual(broken.languageId, 'press-release');
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['copydesk.fixAll', 'copydesk.newRelease', 'copydesk.restartServer']) {
      assert.ok(commands.includes(c), `command ${c} is not registered`);
    }
  });

  it('runs in the extension host this run asked for: Node for the desktop, the web worker host for the web extension', async () => {
    const wanted = testEnv('COPYDESK_TEST_HOST') ?? 'node';
    const api = (await activateCopydesk()).exports as { host: string };
    // No Node at all in the browser's host: the suite itself sees no process.versions.node.
    assert.strictEqual(IN_BROWSER, wanted === 'web', `the suite runs ${IN_BROWSER ? 'without' : 'with'} Node, the run asked for the ${wanted} host`);
    // And the extension ran its own entry for that host (package.json "browser" or "main").
    assert.strictEqual(api.host, wanted);
    // Its drafts are the workspace's, whatever their scheme there (file: on the desktop, vscode-remote: in code-server's web host).
    assert.strictEqual(broken.uri.scheme, vscode.workspace.workspaceFolders![0].uri.scheme);
  });

  it('activates quickly: its own setup and a ready language server, measured by the extension', async () => {
    const ext = vscode.extensions.getExtension<{ activation: { activateMs: number; serverReadyMs: number } }>('copydesk.copydesk');
    assert.ok(ext, 'copydesk.copydesk is not installed');
    const api = ext.isActive ? ext.exports : await ext.activate();
    const { activateMs, serverReadyMs } = api.activation;
    assert.ok(activateMs >= 0 && activateMs < 500, `activate() took ${activateMs} ms`);
    assert.ok(serverReadyMs >= activateMs && serverReadyMs < 5000, `the server was ready after ${serverReadyMs} ms`);
    // The benchmark prints these figures; the harness says where to leave them (a folder's URI).
    const out = testEnv('COPYDESK_TEST_OUTPUT');
    if (out) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(vscode.Uri.parse(out), 'activation.json'), bytesOf(JSON.stringify({ activateMs, serverReadyMs, vscode: vscode.version, host: IN_BROWSER ? 'web' : 'node' })));
  });

  it('reports the rank, date and attribution findings of broken.release', async () => {
    const doc = broken;
    const diags = await waitForDiagnostics(doc.uri, `${RANK}, ${ORDINAL} and ${LOADED_VERB}`, (d) =>
      [RANK, ORDINAL, LOADED_VERB].every((r) => hasRule(d, r))
    );
    const rank = diags.find((d) => ruleOf(d) === RANK)!;
    assert.strictEqual(doc.getText(rank.range), 'LTG', `rank finding covers "${doc.getText(rank.range)}"`);
    const ordinal = diags.find((d) => ruleOf(d) === ORDINAL)!;
    assert.match(doc.getText(ordinal.range), /11th/);
    const verb = diags.find((d) => ruleOf(d) === LOADED_VERB)!;
    assert.strictEqual(doc.getText(verb.range), 'stated');
    for (const d of diags) {
      assert.strictEqual(d.source, 'copydesk');
      assert.ok(d.message.length > 0, `empty message for ${ruleOf(d)}`);
    }
  });

  it('hovering the rank shows what it stands for and the AP form', async () => {
    await waitForDiagnostics(broken.uri, RANK, (d) => hasRule(d, RANK));
    const pos = positionOf(broken, 'LTG Sean', 1);
    const text = await waitFor('a Copydesk hover on LTG', async () => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', broken.uri, pos)) ?? [];
      const t = hoverText(hovers);
      return /Lt\. Gen\./.test(t) ? t : undefined;
    });
    assert.match(text, /lieutenant general/i, `hover does not spell out the rank:\n${text}`);
    assert.ok(text.includes(RANK), `hover does not name the rule:\n${text}`);
  });

  it('the quick fix for the rank rewrites LTG as Lt. Gen.', async () => {
    const doc = broken;
    const diags = await waitForDiagnostics(doc.uri, RANK, (d) => hasRule(d, RANK));
    const rank = diags.find((d) => ruleOf(d) === RANK)!;
    // The last argument asks VS Code to resolve the actions, so lazily computed edits are filled in.
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, rank.range, 'quickfix', 20)) ?? [];
    const listed = actions.map((a) => `${a.title} [${a.kind?.value}${a.edit ? ', edit' : ''}${a.command ? ', command' : ''}]`).join(' | ');
    const fix = actions.find((a) => /Lt\. Gen\./.test(a.title));
    assert.ok(fix, `no quick fix writing Lt. Gen.; actions: ${listed || '(none)'}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `not a quick fix: ${listed}`);
    assert.ok(fix.edit || fix.command, `the quick fix has neither an edit nor a command: ${listed}`);
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit refused the quick fix');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.ok(doc.getText().includes('Lt. Gen. Sean MacFarland'), doc.getText());
    assert.ok(!doc.getText().includes('LTG'), 'LTG is still in the text');
    await waitForDiagnostics(doc.uri, `${RANK} to clear after the fix`, (d) => !hasRule(d, RANK) && hasRule(d, ORDINAL));
  });

  it('"Copydesk: Fix All Issues" with copydesk.fixAll.preview off applies the fixes of errors and warnings at once, never the hint\'s', async () => {
    const doc = broken;
    await show(doc);
    await waitForDiagnostics(doc.uri, 'the findings', (d) => [RANK, ORDINAL, LOADED_VERB, SERVICE_BEFORE_RANK].every((r) => hasRule(d, r)));
    await setFixAllPreview(false);
    try {
      // Without the preview the command resolves only after the edit is applied, with the number of fixes.
      const applied = await vscode.commands.executeCommand<number>('copydesk.fixAll');
      const text = doc.getText();
      assert.ok(!text.includes('July 11th'), text);
      assert.ok(text.includes('in Baghdad on July 11 and'), text);
      assert.ok(text.includes('Carter said.'), text);
      assert.ok(text.includes('\nLt. Gen. Sean MacFarland'), `the rank is fixed without the hint's "Army": ${text}`);
      assert.strictEqual(applied, 4, 'the date, the acronym, the verb and the rank');
      const left = await waitForDiagnostics(doc.uri, 'the fixed findings to clear', (d) => ![RANK, ORDINAL, LOADED_VERB].some((r) => hasRule(d, r)));
      const hint = left.find((d) => ruleOf(d) === SERVICE_BEFORE_RANK);
      assert.ok(hint, `the hint is still there for the writer to decide: ${describeDiagnostics(left)}`);
      assert.strictEqual(hint.severity, vscode.DiagnosticSeverity.Hint);

      // "Including Suggestions" on the draft as it was applies the hint's fix as well (once LTG is
      // Lt. Gen., the rank no longer tells the service, so the hint has no fix left to offer).
      await revert(doc);
      await waitForDiagnostics(doc.uri, 'the findings again', (d) => [RANK, ORDINAL, LOADED_VERB, SERVICE_BEFORE_RANK].every((r) => hasRule(d, r)));
      const more = await vscode.commands.executeCommand<number>('copydesk.fixAllIncludingSuggestions');
      assert.ok(doc.getText().includes('\nArmy Lt. Gen. Sean MacFarland'), doc.getText());
      assert.strictEqual(more, 5, 'the four fixes and the hint\'s');
      await waitForDiagnostics(doc.uri, `${SERVICE_BEFORE_RANK} to clear`, (d) => !hasRule(d, SERVICE_BEFORE_RANK));
    } finally {
      await setFixAllPreview(undefined);
    }
  });

  it('copydesk.fixAll.include "all" makes "Copydesk: Fix All Issues" apply the hint\'s fix too', async () => {
    const doc = broken;
    await show(doc);
    await waitForDiagnostics(doc.uri, 'the findings', (d) => [RANK, SERVICE_BEFORE_RANK].every((r) => hasRule(d, r)));
    const config = () => vscode.workspace.getConfiguration('copydesk');
    await setFixAllPreview(false);
    await config().update('fixAll.include', 'all', vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('copydesk.fixAll');
      assert.ok(doc.getText().includes('\nArmy Lt. Gen. Sean MacFarland'), doc.getText());
    } finally {
      await config().update('fixAll.include', undefined, vscode.ConfigurationTarget.Global);
      await setFixAllPreview(undefined);
    }
  });

  it('"Copydesk: Fix All Issues" with the preview (default) waits in a checklist: Escape keeps the text, Enter applies every checked fix', async () => {
    const doc = broken;
    await show(doc);
    await waitForDiagnostics(doc.uri, 'the findings', (d) => [RANK, ORDINAL, LOADED_VERB].every((r) => hasRule(d, r)));
    const original = doc.getText();
    /** Runs fix-all and runs `action` on its checklist (polled until the checklist takes it); resolves with the fixes applied. */
    const fixAllThen = async (action: 'workbench.action.acceptSelectedQuickOpenItem' | 'workbench.action.closeQuickOpen'): Promise<number | undefined> => {
      let settled = false;
      const running = Promise.resolve(vscode.commands.executeCommand<number>('copydesk.fixAll')).finally(() => {
        settled = true;
      });
      try {
        await waitFor(`fix-all to finish after ${action}`, async () => {
          if (!settled) await vscode.commands.executeCommand(action);
          return settled;
        });
      } finally {
        if (!settled) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      }
      return running;
    };
    assert.strictEqual(await fixAllThen('workbench.action.closeQuickOpen'), 0);
    assert.strictEqual(doc.getText(), original, 'fix-all changed the draft although the checklist was closed');
    assert.strictEqual(await fixAllThen('workbench.action.acceptSelectedQuickOpenItem'), 4, 'Enter applies every fix the checklist showed');
    const text = doc.getText();
    assert.ok(text.includes('in Baghdad on July 11 and'), text);
    assert.ok(text.includes('Carter said.'), text);
    assert.ok(text.includes('\nLt. Gen. Sean MacFarland'), text);
    assert.ok(text.includes('against Islamic State of Iraq and the Levant.'), `the acronym is spelled out without parentheses (AP house style): ${text}`);
  });

  it('turning date/ordinal off in copydesk.rules removes its finding, and back on restores it', async () => {
    const doc = broken;
    const config = () => vscode.workspace.getConfiguration('copydesk', doc.uri);
    await waitForDiagnostics(doc.uri, ORDINAL, (d) => hasRule(d, ORDINAL));
    await config().update('rules', { [ORDINAL]: 'off' }, vscode.ConfigurationTarget.Workspace);
    const off = await waitForDiagnostics(doc.uri, `${ORDINAL} to disappear`, (d) => !hasRule(d, ORDINAL) && hasRule(d, RANK));
    assert.ok(hasRule(off, LOADED_VERB), `other rules went away too: ${describeDiagnostics(off)}`);
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, `${ORDINAL} to come back`, (d) => hasRule(d, ORDINAL));
  });

  it('"Copydesk: New Press Release" opens a draft with tab stops, checks it, and Ctrl+S saves it under its headline', async () => {
    const api = (await activateCopydesk()).exports as { feedback: string[] };
    const since = api.feedback.length;
    await vscode.commands.executeCommand('copydesk.newRelease');
    const editor = await waitFor('an untitled press-release editor', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.isUntitled && e.document.languageId === 'press-release' ? e : undefined;
    });
    const draft = editor.document;
    assert.match(draft.getText(), /^FOR IMMEDIATE RELEASE\n[\s\S]*###\n$/);
    // Until it is saved, the draft has a name of its own, not its first line ("FOR IMMEDIATE RELEASE").
    assert.match(draft.uri.path, /\/press-release(-\d+)?\.release$/);
    assert.ok(api.feedback.slice(since).some((m) => /a new press release.*Tab/.test(m)), JSON.stringify(api.feedback));
    // The headline is selected first; typing replaces it, and Tab goes on to the dateline, the lead and the contact.
    const selected = (): string => draft.getText(editor.selection);
    assert.strictEqual(selected(), 'Headline in sentence case without a period');
    await vscode.commands.executeCommand('type', { text: 'Army Reserve unit deploys to Poland' });
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      stops.push(selected());
    }
    assert.deepStrictEqual(stops.map((t) => t.slice(0, 30)), ['WASHINGTON', 'The first paragraph says who d', 'Public Affairs Office, 703-555']);
    await vscode.commands.executeCommand('leaveSnippet');
    // Untitled drafts are checked too: a mistake typed into the new draft is flagged.
    assert.ok(await editor.edit((b) => b.replace(draft.lineAt(draft.lineCount - 2).range, '###\nCOL Jane Doe approved it.')), 'the edit of the new draft was not applied');
    await waitForDiagnostics(draft.uri, `${RANK} in the new draft`, (d) => hasRule(d, RANK));
    // Ctrl+S on an untitled release runs Save New Release: the dialog offers the headline's name.
    const keys = vscode.extensions.getExtension('copydesk.copydesk')!.packageJSON as { contributes: { keybindings: Array<{ command: string; key: string; when: string }> } };
    assert.ok(
      keys.contributes.keybindings.some((k) => k.command === 'copydesk.saveNewRelease' && k.key === 'ctrl+s' && /resourceScheme == '?untitled'?/.test(k.when)),
      `no Ctrl+S keybinding for Save New Release: ${JSON.stringify(keys.contributes.keybindings)}`,
    );
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const expected = vscode.Uri.joinPath(folder, 'army-reserve-unit-deploys-to-poland.release');
    const text = draft.getText();
    const saving = vscode.commands.executeCommand<vscode.Uri | undefined>('copydesk.saveNewRelease');
    // code-server's save dialog is a quick input holding the suggested path; Enter accepts it.
    await new Promise((r) => setTimeout(r, 1000));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    try {
      const saved = await saving;
      assert.strictEqual(saved?.toString(), expected.toString());
      assert.strictEqual(textOf(await vscode.workspace.fs.readFile(expected)), text);
      const now = await waitFor('the saved release in the editor', () => (vscode.window.activeTextEditor?.document.uri.toString() === expected.toString() ? vscode.window.activeTextEditor : undefined));
      assert.ok(!now.document.isDirty, `${now.document.uri.toString()} is still dirty after the save`);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === draft.uri.toString() && !d.isClosed), 'the untitled draft gave way to the saved file');
      assert.ok(api.feedback.some((m) => m === 'Copydesk: saved the press release as army-reserve-unit-deploys-to-poland.release.'), JSON.stringify(api.feedback));
      await waitForDiagnostics(expected, `${RANK} in the saved release`, (d) => hasRule(d, RANK));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(expected).then(undefined, () => undefined);
    }
  });

  it('"Copydesk: New Press Release" never names the draft after a release already in the folder', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    // Both first names exist on disk (an earlier test may hold an untitled press-release.release too).
    const existing = ['press-release.release', 'press-release-2.release'].map((name) => vscode.Uri.joinPath(folder, name));
    for (const file of existing) await vscode.workspace.fs.writeFile(file, bytesOf('An earlier release.\n'));
    try {
      await vscode.commands.executeCommand('copydesk.newRelease');
      const editor = await waitFor('a new untitled press-release editor', () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document.isUntitled && e.document.languageId === 'press-release' ? e : undefined;
      });
      const name = editor.document.uri.path.split('/').pop()!;
      assert.match(name, /^press-release-\d+\.release$/);
      assert.ok(!existing.some((file) => file.path.endsWith(`/${name}`)), `Save would offer ${name}, a file already in the folder`);
      for (const file of existing) assert.strictEqual(textOf(await vscode.workspace.fs.readFile(file)), 'An earlier release.\n');
    } finally {
      for (const file of existing) await vscode.workspace.fs.delete(file);
    }
  });

  it('checks the seed release and flags none of its correct ranks', async () => {
    const editor = await openInEditor('seed.release');
    const seed = editor.document;
    assert.strictEqual(seed.languageId, 'press-release');
    const originalLength = seed.getText().length;
    // A known mistake appended at the end proves the server has checked this version of the text.
    assert.ok(await editor.edit((b) => b.insert(seed.positionAt(originalLength), '\n\nLTG Sean MacFarland visited the troops.\n')));
    const diags = await waitForDiagnostics(seed.uri, `${RANK} in the appended line`, (d) => hasRule(d, RANK));
    const inSeed = diags.filter((d) => seed.offsetAt(d.range.start) < originalLength && ruleOf(d)!.startsWith('rank/'));
    assert.deepStrictEqual(describeDiagnostics(inSeed), '(none)', 'rank findings in the published seed release');
    await revert(seed);
  });

  it('"Copydesk: Restart Server" brings the server back and says so', async () => {
    const editor = await show(broken);
    const api = (await activateCopydesk()).exports as { feedback: string[] };
    const since = api.feedback.length;
    await vscode.commands.executeCommand('copydesk.restartServer');
    assert.deepStrictEqual(api.feedback.slice(since), ['Copydesk: the server restarted and is checking your open drafts again.']);
    assert.ok(await editor.edit((b) => b.insert(broken.positionAt(broken.getText().length), '\nCOL Jane Doe visited the base.\n')));
    await waitForDiagnostics(broken.uri, 'findings from the restarted server', (d) => d.filter((x) => ruleOf(x) === RANK).length >= 2);
  });
});
