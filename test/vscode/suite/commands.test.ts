/**
 * The palette commands beyond LSP (Style Report, Check Workspace, Convert Dates and Times),
 * completions and snippets, and the project file `.copydesk.json` read without a reload.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateCopydesk,
  closeAllWithoutSaving,
  copydeskDiagnostics,
  describeDiagnostics,
  hasRule,
  openInEditor,
  revert,
  ruleOf,
  show,
  waitFor,
  waitForDiagnostics,
  workspaceUri,
  bytesOf,
} from './helpers';

const RANK = 'rank/service-abbreviation';
const ORDINAL = 'date/ordinal';
const MILITARY_TIME = 'time/military';

/** An untitled press-release draft in an editor; closed without saving by `closeDraft`. */
async function openDraft(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'press-release', content });
  return vscode.window.showTextDocument(doc, { preview: false });
}

async function closeDraft(doc: vscode.TextDocument): Promise<void> {
  await show(doc);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function completions(uri: vscode.Uri, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, trigger);
  return list?.items ?? [];
}

function styleReportTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.label.startsWith('Style Report: '));
}

describe('Copydesk commands, completions and the project file', function () {
  this.timeout(60_000);
  let broken: vscode.TextDocument;

  before(async () => {
    await activateCopydesk();
    broken = (await openInEditor('broken.release')).document;
  });

  afterEach(async () => {
    await revert(broken);
    await show(broken);
  });

  after(async () => {
    for (const tab of styleReportTabs()) await vscode.window.tabGroups.close(tab);
    await closeAllWithoutSaving();
  });

  it('registers the new commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['copydesk.styleReport', 'copydesk.checkWorkspace', 'copydesk.convertDates']) {
      assert.ok(commands.includes(c), `command ${c} is not registered`);
    }
  });

  it('"Copydesk: Style Report" opens a live "Style Report: broken.release" tab that follows the typing and counts what the Problems panel counts', async () => {
    await show(broken);
    await waitForDiagnostics(broken.uri, RANK, (d) => hasRule(d, RANK));
    for (const tab of styleReportTabs()) await vscode.window.tabGroups.close(tab);
    const api = (await activateCopydesk()).exports as { reports(): Array<{ uri: string; html: string; updates: number; closed: boolean }> };
    await vscode.commands.executeCommand('copydesk.styleReport');
    const tab = await waitFor('the Style Report tab', () => styleReportTabs()[0]);
    assert.strictEqual(tab.label, 'Style Report: broken.release');
    assert.ok(tab.input instanceof vscode.TabInputWebview, `the report tab is not a webview: ${JSON.stringify(tab.input)}`);
    assert.match(tab.input.viewType, /copydesk\.report$/);
    const report = (): { html: string; updates: number; closed: boolean } | undefined => api.reports().find((r) => r.uri === broken.uri.toString());
    /** The clearance line the report shows, and the one the Problems panel's counts make. */
    const problemsLine = (): string => {
      const d = copydeskDiagnostics(broken.uri);
      const n = (sev: vscode.DiagnosticSeverity, word: string): string => {
        const c = d.filter((x) => x.severity === sev).length;
        return `${c} ${word}${c === 1 ? '' : 's'}`;
      };
      return `${n(vscode.DiagnosticSeverity.Error, 'error')}, ${n(vscode.DiagnosticSeverity.Warning, 'warning')}, ${n(vscode.DiagnosticSeverity.Information, 'note')}`;
    };
    const clearance = (html: string): string | undefined => /<strong>([^<]*)<\/strong>/.exec(html)?.[1];
    const first = await waitFor('the first report', () => {
      const r = report();
      return r && r.html !== '' ? r : undefined;
    });
    assert.ok(clearance(first.html)?.startsWith(problemsLine()), `report: ${clearance(first.html)}; Problems: ${problemsLine()}`);
    assert.match(first.html, /not ready for release/);
    // Rank forms and state codes are not listed as acronyms; the people are listed with their rank form.
    assert.match(first.html, /LTG Sean MacFarland/);
    assert.doesNotMatch(first.html, /<li><a [^>]*>LTG<\/a>/);
    // Five new mistakes typed into the draft: the open report follows without being asked again.
    const before = copydeskDiagnostics(broken.uri).length;
    const editor = await show(broken);
    await editor.edit((e) => e.insert(new vscode.Position(11, 0), 'SSG Jane Doe stated on Aug. 3rd at 1400 hours that CPT Ray Lin will arrive.\n\n'));
    await waitFor('five more findings in the Problems panel', () => copydeskDiagnostics(broken.uri).length >= before + 5);
    const updated = await waitFor('the report to show the new counts', () => {
      const r = report();
      return r && r.updates > first.updates && clearance(r.html)?.startsWith(problemsLine()) ? r : undefined;
    });
    assert.match(updated.html, /Jane Doe/, 'the new person is listed');
    assert.match(updated.html, /data-range="11,/, 'the new findings link to line 12');
    await vscode.window.tabGroups.close(tab);
  });

  it('the Style Report of a draft that is closed says it shows the last check, and keeps it', async () => {
    const editor = await openDraft('FOR IMMEDIATE RELEASE\n\nCarter stated that LTG Sean MacFarland will lead.\n');
    const api = (await activateCopydesk()).exports as { reports(): Array<{ uri: string; html: string; closed: boolean }> };
    await waitForDiagnostics(editor.document.uri, 'attribution/loaded-verb', (d) => hasRule(d, 'attribution/loaded-verb'));
    await vscode.commands.executeCommand('copydesk.styleReport');
    const uri = editor.document.uri.toString();
    await waitFor('the report', () => api.reports().find((r) => r.uri === uri && r.html.includes('MacFarland')));
    await closeDraft(editor.document);
    const closed = await waitFor('the report to know its draft is closed', () => api.reports().find((r) => r.uri === uri && r.closed));
    assert.match(closed.html, /MacFarland/, 'the last check stays on screen');
    for (const tab of styleReportTabs()) await vscode.window.tabGroups.close(tab);
  });

  it('"Copydesk: Check Workspace" reports the findings of a draft that was never opened', async () => {
    const unopened = workspaceUri('unopened.release');
    assert.ok(
      !vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()),
      'unopened.release is open, so this test would not test the workspace check'
    );
    assert.deepStrictEqual(describeDiagnostics(copydeskDiagnostics(unopened)), '(none)', 'findings before the check');
    await vscode.commands.executeCommand('copydesk.checkWorkspace');
    const diags = await waitForDiagnostics(unopened, 'the workspace findings', (d) => [RANK, ORDINAL, MILITARY_TIME].every((r) => hasRule(d, r)));
    const rank = diags.find((d) => ruleOf(d) === RANK)!;
    assert.strictEqual(rank.range.start.line, 5, describeDiagnostics(diags));
    // Open drafts are checked live, not by the workspace check: broken.release has one set only.
    const onBroken = vscode.languages.getDiagnostics(broken.uri).filter((d) => ruleOf(d) === RANK);
    assert.strictEqual(onBroken.length, 1, `broken.release has ${onBroken.length} rank findings: ${describeDiagnostics(onBroken)}`);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the check opened the draft');
  });

  it('"Copydesk: Convert Dates and Times to AP Style" fixes only the dates and times in the selection', async () => {
    const editor = await openDraft(
      'WASHINGTON — LTG Sean MacFarland will arrive on July 11th at 1400 hours, officials said.\n\nThe visit ends July 12th.\n'
    );
    const doc = editor.document;
    try {
      await waitForDiagnostics(doc.uri, 'the findings of the draft', (d) => [RANK, ORDINAL, MILITARY_TIME].every((r) => hasRule(d, r)));
      const text = doc.getText();
      const from = text.indexOf('LTG');
      const to = text.indexOf('hours,') + 'hours,'.length;
      editor.selection = new vscode.Selection(doc.positionAt(from), doc.positionAt(to));
      const api = (await activateCopydesk()).exports as { feedback: string[] };
      const since = api.feedback.length;
      await vscode.commands.executeCommand('copydesk.convertDates');
      assert.deepStrictEqual(api.feedback.slice(since), ['Copydesk: converted 2 dates and times to AP style in the selection.']);
      const after = await waitFor('the dates and times to change', () => (doc.getText() !== text ? doc.getText() : undefined));
      assert.ok(after.includes('on July 11 at 2 p.m., officials said'), after);
      assert.ok(after.includes('LTG Sean MacFarland'), `the rank was changed too:\n${after}`);
      assert.ok(after.includes('The visit ends July 12th.'), `a date outside the selection was changed:\n${after}`);
    } finally {
      await closeDraft(doc);
    }
  });

  it('a press-release draft wraps its lines, shows curly quotes and dashes without boxes, and offers the release snippet while typing "release"', async () => {
    const editor = await openDraft('relea');
    const doc = editor.document;
    try {
      const editorConfig = vscode.workspace.getConfiguration('editor', doc);
      assert.strictEqual(editorConfig.get('wordWrap'), 'on');
      assert.strictEqual(editorConfig.get('unicodeHighlight.ambiguousCharacters'), false);
      assert.strictEqual(editorConfig.get<{ other: string }>('quickSuggestions')?.other, 'on', 'suggestions appear while typing');
      assert.strictEqual(editorConfig.get('wordBasedSuggestions'), 'off', 'but not every word of the draft');
      const items = await completions(doc.uri, doc.positionAt(5));
      const snippet = items.find((i) => i.kind === vscode.CompletionItemKind.Snippet && labelOf(i) === 'release');
      assert.ok(snippet, `no release snippet among ${items.map(labelOf).join(', ')}`);
    } finally {
      await closeDraft(doc);
    }
  });

  it('after "Army " completion offers AP rank forms with their titles', async () => {
    const editor = await openDraft('WASHINGTON — Army ');
    const doc = editor.document;
    try {
      const end = doc.positionAt(doc.getText().length);
      const items = await waitFor('rank completions after "Army "', async () => {
        const all = await completions(doc.uri, end, ' ');
        return all.some((i) => labelOf(i) === 'Lt. Gen.') ? all : undefined;
      });
      const ltGen = items.find((i) => labelOf(i) === 'Lt. Gen.')!;
      assert.strictEqual(ltGen.detail, 'Lieutenant General (O-9)');
      // Only Army ranks after "Army": no Navy-only forms such as Adm.
      assert.ok(!items.some((i) => labelOf(i) === 'Adm.'), items.map(labelOf).join(', '));
    } finally {
      await closeDraft(doc);
    }
  });

  it('after a first reference, completion offers the last name alone', async () => {
    const editor = await openDraft('WASHINGTON — Army Lt. Gen. Sean MacFarland visited Baghdad on Monday.\n\nLater ');
    const doc = editor.document;
    try {
      const end = doc.positionAt(doc.getText().length);
      const items = await waitFor('MacFarland among the completions', async () => {
        const all = await completions(doc.uri, end);
        return all.some((i) => labelOf(i) === 'MacFarland') ? all : undefined;
      });
      const item = items.find((i) => labelOf(i) === 'MacFarland')!;
      assert.match(item.detail ?? '', /Lt\. Gen\. Sean MacFarland/);
    } finally {
      await closeDraft(doc);
    }
  });

  it('the release snippet is offered on an empty line of a press-release draft', async () => {
    const editor = await openDraft('');
    const doc = editor.document;
    try {
      const items = await waitFor('the release snippet', async () => {
        const all = await completions(doc.uri, new vscode.Position(0, 0));
        return all.some((i) => labelOf(i) === 'release' && i.kind === vscode.CompletionItemKind.Snippet) ? all : undefined;
      });
      const snippet = items.find((i) => labelOf(i) === 'release' && i.kind === vscode.CompletionItemKind.Snippet)!;
      const body = snippet.insertText instanceof vscode.SnippetString ? snippet.insertText.value : String(snippet.insertText);
      assert.match(body, /^FOR IMMEDIATE RELEASE/);
      assert.match(body, /###$/);
    } finally {
      await closeDraft(doc);
    }
  });

  it('.copydesk.json in the folder turns a rule off without a reload, and deleting it brings it back', async () => {
    const config = workspaceUri('.copydesk.json');
    await show(broken);
    await waitForDiagnostics(broken.uri, ORDINAL, (d) => hasRule(d, ORDINAL));
    try {
      await vscode.workspace.fs.writeFile(config, bytesOf(JSON.stringify({ rules: { [ORDINAL]: 'off' } }, null, 2) + '\n'));
      const off = await waitForDiagnostics(broken.uri, `${ORDINAL} to go away`, (d) => !hasRule(d, ORDINAL) && hasRule(d, RANK));
      assert.ok(off.length > 0, 'every finding went away');
    } finally {
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    }
    await waitForDiagnostics(broken.uri, `${ORDINAL} to come back`, (d) => hasRule(d, ORDINAL));
  });

  it('a .copydesk.json above the workspace folder, edited and saved in the editor, applies to an open draft without a reload', async () => {
    // The file watcher sees only the workspace folder, so this project file's change reaches the
    // server through its save (didSave): on the desktop and in the browser, whose server reads
    // project files through the client and keeps them until it is told that one changed.
    const above = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '..', '.copydesk.json');
    const saveAs = async (doc: vscode.TextDocument, text: string): Promise<void> => {
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      assert.ok(await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text)), 'the edit of the project file was not applied');
      assert.ok(await doc.save(), `${doc.uri.toString()} was not saved`);
    };
    await show(broken);
    await waitForDiagnostics(broken.uri, ORDINAL, (d) => hasRule(d, ORDINAL));
    await vscode.workspace.fs.writeFile(above, bytesOf('{}\n'));
    let doc: vscode.TextDocument | undefined;
    try {
      doc = await vscode.workspace.openTextDocument(above);
      await saveAs(doc, JSON.stringify({ rules: { [ORDINAL]: 'off' } }, null, 2) + '\n');
      await show(broken);
      const off = await waitForDiagnostics(broken.uri, `${ORDINAL} to go away after the save`, (d) => !hasRule(d, ORDINAL) && hasRule(d, RANK));
      assert.ok(off.length > 0, 'every finding went away');
    } finally {
      // Saved empty first, so that a server that keeps project files forgets this one's rules.
      if (doc) await saveAs(doc, '{}\n').catch(() => undefined);
      await closeAllWithoutSaving();
      await vscode.workspace.fs.delete(above).then(undefined, () => undefined);
      broken = (await openInEditor('broken.release')).document;
    }
    await waitForDiagnostics(broken.uri, `${ORDINAL} to come back`, (d) => hasRule(d, ORDINAL));
  });

  it('an unknown preset in .copydesk.json is reported on the file itself', async () => {
    const config = workspaceUri('.copydesk.json');
    try {
      await vscode.workspace.fs.writeFile(config, bytesOf('{ "extends": "nope" }\n'));
      const doc = (await openInEditor('.copydesk.json')).document;
      const diags = await waitFor('a diagnostic on .copydesk.json', () => {
        const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'copydesk');
        return d.length > 0 ? d : undefined;
      });
      const problem = diags.find((d) => /nope/.test(d.message));
      assert.ok(problem, `no diagnostic names the preset: ${diags.map((d) => d.message).join(' | ')}`);
      assert.strictEqual(doc.getText(problem.range), '"nope"');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    }
    await waitForDiagnostics(broken.uri, 'the findings with no project file', (d) => hasRule(d, ORDINAL) && hasRule(d, RANK));
  });

  it('the outline (document symbols) lists the headline, the dateline, the people at first reference and the quote', async () => {
    const symbols = await waitFor('the outline of broken.release', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', broken.uri);
      return found && found.length > 0 ? found : undefined;
    });
    const shown = symbols.map((x) => `${x.detail}: ${x.name}`);
    for (const expected of [/^headline: Carter announces 560 more troops for Iraq$/, /^dateline: WASHINGTON$/, /^first reference: .*Ash Carter/, /^first reference: LTG Sean MacFarland/, /^quote: .*Iraqi security forces/]) {
      assert.ok(shown.some((line) => expected.test(line)), `the outline has no entry like ${expected}:\n${shown.join('\n')}`);
    }
    // In reading order, as the Outline view shows them.
    const lines = symbols.map((x) => x.range.start.line);
    assert.deepStrictEqual(lines, [...lines].sort((a, b) => a - b));
  });

  it('the house style setting (copydesk.preset) changes what is checked: the army preset capitalizes Soldiers, AP does not', async () => {
    const editor = await openDraft('FORT BRAGG, N.C. — Two hundred soldiers from the 82nd Airborne Division deployed Tuesday, officials said.\n');
    const doc = editor.document;
    const CASE = 'usage/service-member-case';
    const config = vscode.workspace.getConfiguration('copydesk');
    try {
      // Checked under AP (the default): the server said so for this version of the draft.
      const api = (await activateCopydesk()).exports as { checked: Array<{ uri: string; version: number }> };
      await waitFor('the check under AP', () => api.checked.some((p) => p.uri === doc.uri.toString() && p.version === doc.version));
      assert.ok(!hasRule(copydeskDiagnostics(doc.uri), CASE), describeDiagnostics(copydeskDiagnostics(doc.uri)));
      await config.update('preset', 'army', vscode.ConfigurationTarget.Global);
      const army = await waitForDiagnostics(doc.uri, `${CASE} under the army preset`, (d) => hasRule(d, CASE));
      assert.strictEqual(doc.getText(army.find((d) => ruleOf(d) === CASE)!.range), 'soldiers');
    } finally {
      await config.update('preset', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForDiagnostics(doc.uri, `${CASE} gone with AP again`, (d) => !hasRule(d, CASE));
    await closeDraft(doc);
  });
});
