/**
 * Word documents in a real VS Code: a .docx LibreOffice made is opened with Check with Copydesk as
 * its text, checked like a .release (diagnostics, hover, quick fix, Fix All, Style Report), saved,
 * and the file on disk reads back, with the project's reader and with LibreOffice, as the fixed draft.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { strFromU8, unzipSync } from 'fflate';
import { activateCopydesk, closeAllWithoutSaving, IN_BROWSER, hasRule, hoverText, positionOf, ruleOf, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

/** What this file reads from the machine's disk, loaded only in the Node host (see the describe's before). */
interface OnDisk {
  FIXTURES: string;
  docx: { readDocx: (b: Uint8Array, max: number) => { stories: Array<{ label: string; text: string }> } };
  sofficeToText: (files: string[]) => { status: number | null; texts: string[]; stderr: string };
}
let disk: OnDisk;

function loadFromDisk(): OnDisk {
  /** The repository (the suite runs from out/test/vscode/suite). */
  const ROOT = path.join(__dirname, '..', '..', '..', '..');
  return {
    FIXTURES: path.join(ROOT, 'test', 'fixtures', 'docx'),
    // The project's reader (compiled by the root tsconfig) and LibreOffice's text export (scripts/docx-fixtures.js).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    docx: require(path.join(ROOT, 'out', 'docx')) as OnDisk['docx'],
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    sofficeToText: (require(path.join(ROOT, 'scripts', 'docx-fixtures.js')) as { sofficeToText: OnDisk['sofficeToText'] }).sofficeToText,
  };
}

interface Api {
  notifications: string[];
  reports(): Array<{ uri: string }>;
}

async function put(name: string, fixture: string): Promise<vscode.Uri> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, fs.readFileSync(path.join(disk.FIXTURES, fixture)));
  return uri;
}

describe('Word documents in a real VS Code', function () {
  this.timeout(120_000);
  let api: Api;

  before(async function () {
    // The fixtures, the project's reader and LibreOffice are on this machine's disk, which the
    // browser's host cannot reach: in the web run these tests are skipped (README: "In the browser").
    if (IN_BROWSER) this.skip();
    disk = loadFromDisk();
    api = (await activateCopydesk()).exports as Api;
  });

  after(async () => {
    await vscode.workspace.getConfiguration('copydesk').update('fixAll.preview', undefined, vscode.ConfigurationTarget.Global);
    await closeAllWithoutSaving();
  });

  it('Check with Copydesk opens the text as a press release; a quick fix and Fix All apply; saving writes them into the .docx, which LibreOffice reads as the fixed draft', async () => {
    const file = await put('unit-release.docx', 'libreoffice-release.docx');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('copydesk.checkDocx', file);
    assert.ok(editor, 'Check with Copydesk opened no editor');
    const doc = editor.document;
    assert.strictEqual(doc.uri.scheme, 'copydesk-docx');
    assert.strictEqual(doc.languageId, 'press-release');
    assert.ok(doc.getText().startsWith('FOR IMMEDIATE RELEASE\n\nRelease No. NR-245-16\n\nCarter announces 560 more troops for Iraq\n\nWASHINGTON — '), doc.getText());

    const diags = await waitForDiagnostics(doc.uri, 'the findings', (d) => ['date/ordinal', 'rank/service-abbreviation', 'time/military', 'date/month-alone'].every((r) => hasRule(d, r)));
    const hover = await waitFor('a hover on LTG', async () => {
      const t = hoverText((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'LTG', 1))) ?? []);
      return /Lt\. Gen\./.test(t) ? t : undefined;
    });
    assert.match(hover, /rank\/service-abbreviation/);

    // The quick fix for the 24-hour time: `1400` (bold) and ` hours` (plain) become `2 p.m.`.
    const time = diags.find((d) => ruleOf(d) === 'time/military')!;
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, time.range, 'quickfix', 20)) ?? [];
    const fix = actions.find((a) => /2 p\.m\./.test(a.title) && a.edit);
    assert.ok(fix?.edit, `no quick fix writing 2 p.m.: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.getText().includes('reporters at 2 p.m. and said'), doc.getText());

    await vscode.workspace.getConfiguration('copydesk').update('fixAll.preview', false, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(doc.uri, 'the time fixed', (d) => !hasRule(d, 'time/military'));
    const applied = await vscode.commands.executeCommand<number>('copydesk.fixAll');
    assert.strictEqual(applied, 4, 'the two ordinals, the rank and the month');
    await vscode.commands.executeCommand('copydesk.styleReport');
    await waitFor('the Style Report of the document', () => api.reports().some((r) => r.uri === doc.uri.toString()));

    assert.ok(await doc.save(), 'the save failed');
    const body = disk.docx.readDocx(new Uint8Array(fs.readFileSync(file.fsPath)), 5 * 1024 * 1024).stories[0].text;
    assert.strictEqual(body, doc.getText());
    const lo = disk.sofficeToText([file.fsPath]);
    assert.strictEqual(lo.status, 0, lo.stderr);
    assert.strictEqual(lo.texts[0], fs.readFileSync(path.join(disk.FIXTURES, 'expected', 'libreoffice-release.fixed.txt'), 'utf8'));
  });

  it('a new paragraph typed in the text is saved as a paragraph with its neighbour\'s formatting', async () => {
    const file = await put('unit-pandoc.docx', 'pandoc-release.docx');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('copydesk.checkDocx', file);
    const doc = editor.document;
    const at = positionOf(doc, '\n\nMacFarland briefed');
    assert.ok(await editor.edit((e) => e.insert(at, '\n\nThe troops come from Fort Campbell, Kentucky.')));
    assert.ok(await doc.save(), 'the save failed');
    const lo = disk.sofficeToText([file.fsPath]);
    assert.strictEqual(lo.status, 0, lo.stderr);
    assert.match(lo.texts[0], /Commander of Operation Inherent Resolve\.\nThe troops come from Fort Campbell, Kentucky\.\nMacFarland briefed/i);
  });

  it('opening a .docx as a file offers Check with Copydesk; a legacy .doc renamed .docx gets its message and opens nothing', async () => {
    const file = await put('offered.docx', 'pandoc-release.docx');
    await vscode.commands.executeCommand('vscode.open', file);
    await waitFor('the offer', () => api.notifications.some((m) => m.includes('offered.docx is a Word document')));
    const bad = await put('legacy.docx', 'bad/libreoffice-tracked.doc');
    const before = fs.readFileSync(bad.fsPath);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('copydesk.checkDocx', bad);
    assert.strictEqual(editor, undefined);
    await waitFor('the message', () => api.notifications.some((m) => /legacy\.docx: cannot be checked: it is a Word 97–2003 document/.test(m)));
    assert.deepStrictEqual(fs.readFileSync(bad.fsPath), before);
  });

  it('Check Another Part opens the footnotes as their own text; saved while the body has unsaved edits, then the body saved: each part lands, nothing is lost', async () => {
    const file = await put('parts.docx', 'libreoffice-release.docx');
    const body = (await vscode.commands.executeCommand<vscode.TextEditor>('copydesk.checkDocx', file)).document;
    await waitFor('the offer of the other parts', () => api.notifications.some((m) => m.includes('parts.docx also has header 1, footer 1, footnotes, comments, text boxes')));
    // An edit in the body, not saved yet.
    const bodyEditor = await vscode.window.showTextDocument(body);
    assert.ok(await bodyEditor.edit((e) => e.replace(new vscode.Range(positionOf(body, 'LTG'), positionOf(body, 'LTG', 3)), 'Lt. Gen.')));
    const notes = (await vscode.commands.executeCommand<vscode.TextEditor>('copydesk.checkDocxPart', file, 'footnotes')).document;
    assert.strictEqual(notes.uri.path.replace(/.*\//, ''), 'parts.docx.footnotes.release');
    assert.strictEqual(notes.getText(), 'The airfield lies about 40 miles south of Mosul; engineers arrive on July 14th.');
    await waitForDiagnostics(notes.uri, 'the ordinal', (d) => hasRule(d, 'date/ordinal'));
    await vscode.window.showTextDocument(notes);
    assert.strictEqual(await vscode.commands.executeCommand<number>('copydesk.fixAll'), 1);
    assert.ok(await notes.save(), 'the footnotes were not saved');
    const read = (): Array<{ label: string; text: string }> => disk.docx.readDocx(new Uint8Array(fs.readFileSync(file.fsPath)), 5 * 1024 * 1024).stories;
    const fixedNote = 'The airfield lies about 40 miles south of Mosul; engineers arrive on July 14.';
    assert.strictEqual(read().find((s) => s.label === 'footnotes')!.text, fixedNote);
    assert.ok(read()[0].text.includes('consulting with LTG Sean'), 'the unsaved body edit reached the file');
    assert.ok(body.isDirty && body.getText().includes('consulting with Lt. Gen. Sean'), 'the body edit was lost');
    assert.ok(await body.save(), 'the body was not saved after the footnotes');
    assert.strictEqual(read()[0].text, body.getText());
    assert.strictEqual(read().find((s) => s.label === 'footnotes')!.text, fixedNote);
  });

  it('an unedited view follows its .docx when another program saves it', async () => {
    const file = await put('followed.docx', 'libreoffice-release.docx');
    const doc = (await vscode.commands.executeCommand<vscode.TextEditor>('copydesk.checkDocx', file)).document;
    assert.ok(!doc.getText().includes('Engineers'));
    fs.writeFileSync(file.fsPath, fs.readFileSync(path.join(disk.FIXTURES, 'pandoc-release.docx')));
    await waitFor('the view to show the new text', () => doc.getText().includes('\n\nEngineers\n\n160\n\n'));
    assert.ok(!doc.isDirty);
  });

  it('a .docx changed on disk since it was opened is not written over; the text stays in the editor', async () => {
    const file = await put('changed.docx', 'libreoffice-release.docx');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('copydesk.checkDocx', file);
    const doc = editor.document;
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'EMBARGOED ')));
    // Someone else saves the document meanwhile.
    const theirs = fs.readFileSync(path.join(disk.FIXTURES, 'pandoc-release.docx'));
    fs.writeFileSync(file.fsPath, theirs);
    const saved = await doc.save();
    assert.strictEqual(saved, false, 'the save went through');
    assert.deepStrictEqual(fs.readFileSync(file.fsPath), theirs, 'the document on disk was written over');
    assert.ok(doc.isDirty && doc.getText().startsWith('EMBARGOED FOR IMMEDIATE RELEASE'));
  });

  it('the .copydesk.json beside the .docx applies to its text: a rule turned off there is gone from the view, and back when the file goes', async () => {
    const file = await put('project.docx', 'libreoffice-release.docx');
    const doc = (await vscode.commands.executeCommand<vscode.TextEditor>('copydesk.checkDocx', file)).document;
    await waitForDiagnostics(doc.uri, 'date/ordinal in the view', (d) => hasRule(d, 'date/ordinal'));
    const config = workspaceUri('.copydesk.json');
    try {
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "rules": { "date/ordinal": "off" } }\n'));
      await waitForDiagnostics(doc.uri, 'date/ordinal gone from the view', (d) => !hasRule(d, 'date/ordinal') && hasRule(d, 'rank/service-abbreviation'));
    } finally {
      await vscode.workspace.fs.delete(config).then(undefined, () => undefined);
    }
    await waitForDiagnostics(doc.uri, 'date/ordinal back in the view', (d) => hasRule(d, 'date/ordinal'));
  });
});

describe('Word documents through the editor\'s file system (the desktop and the browser)', function () {
  this.timeout(60_000);

  after(async () => {
    await closeAllWithoutSaving();
  });

  it('Check with Copydesk on word/release.docx shows its findings; a quick fix saved lands in the .docx, which opens again with the fix', async () => {
    await activateCopydesk();
    const file = workspaceUri('word/release.docx');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('copydesk.checkDocx', file);
    assert.ok(editor, 'Check with Copydesk opened no editor');
    const doc = editor.document;
    assert.strictEqual(doc.uri.scheme, 'copydesk-docx');
    const diags = await waitForDiagnostics(doc.uri, 'the rank finding', (d) => hasRule(d, 'rank/service-abbreviation'));
    const rank = diags.find((d) => ruleOf(d) === 'rank/service-abbreviation')!;
    assert.strictEqual(doc.getText(rank.range), 'LTG');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, rank.range, 'quickfix', 20)) ?? [];
    const fix = actions.find((a) => /Lt\. Gen\./.test(a.title) && a.edit);
    assert.ok(fix?.edit, `no quick fix writing Lt. Gen.: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(await doc.save(), 'the save into the .docx failed');
    // On disk: still a Word document (a zip), its body holds the fix and no LTG before the name.
    const body = strFromU8(unzipSync(await vscode.workspace.fs.readFile(file))['word/document.xml']);
    assert.ok(body.includes('Lt. Gen.') && !/LTG<\/w:t>|LTG Sean/.test(body), body.slice(0, 2000));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const again = (await vscode.commands.executeCommand<vscode.TextEditor>('copydesk.checkDocx', file)).document;
    await waitFor('the reopened text', () => again.getText().length > 0);
    assert.ok(again.getText().includes('Lt. Gen. Sean MacFarland') && !again.getText().includes('LTG '), again.getText());
  });
  it("the document's paragraph styles inform the reading: its Title is the headline, its Caption a caption; typing keeps them, and a save reads them again", async () => {
    await activateCopydesk();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('copydesk.checkDocx', workspaceUri('word/styled.docx'));
    assert.ok(editor, 'Check with Copydesk opened no editor');
    const doc = editor.document;
    // The Caption paragraph has no credit line; the unit line above the Title is no headline, and the dateline under it is found.
    let diags = await waitForDiagnostics(doc.uri, 'the caption finding', (d) => hasRule(d, 'caption/credit-line'));
    const credit = diags.find((d) => ruleOf(d) === 'caption/credit-line')!;
    assert.strictEqual(doc.getText(credit.range), '2024.');
    assert.ok(doc.lineAt(credit.range.start.line).text.startsWith('Paratroopers of the 82nd Airborne Division descend'));
    for (const gone of ['structure/missing-dateline', 'usage/us-headline', 'acronym/undefined']) assert.ok(!hasRule(diags, gone), `${gone}: ${diags.map(ruleOf).join(', ')}`);
    // Typing above the headline and in it: the styles move with the text. The date typed last is a
    // mistake, so its finding proves the server checked the text as it now is.
    assert.ok(await editor.edit((e) => e.insert(positionOf(doc, 'Release No. 24-031', 'Release No. 24-031'.length), '-A')));
    assert.ok(await editor.edit((e) => e.insert(positionOf(doc, 'NATO allies', 'NATO allies'.length), ' on July 4th')));
    diags = await waitForDiagnostics(doc.uri, 'the date finding in the headline', (d) => hasRule(d, 'date/ordinal'));
    assert.ok(hasRule(diags, 'caption/credit-line') && !hasRule(diags, 'structure/missing-dateline'), diags.map(ruleOf).join(', '));
    assert.ok(await doc.save(), 'the save into the .docx failed');
    // Read again from the saved document: the same reading.
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const again = (await vscode.commands.executeCommand<vscode.TextEditor>('copydesk.checkDocx', workspaceUri('word/styled.docx'))).document;
    await waitFor('the reopened text', () => again.getText().includes('NATO allies on July 4th'));
    diags = await waitForDiagnostics(again.uri, 'the findings after the save', (d) => hasRule(d, 'caption/credit-line') && hasRule(d, 'date/ordinal'));
    assert.ok(!hasRule(diags, 'structure/missing-dateline'), diags.map(ruleOf).join(', '));
  });
});
