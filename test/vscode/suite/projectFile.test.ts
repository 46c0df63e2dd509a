/**
 * The light bulb's project actions and the project-file commands, in a real VS Code: each writes
 * `.copydesk.json` (never the draft), the finding leaves the draft's diagnostics, and undo brings it back.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateCopydesk, closeAllWithoutSaving, copydeskDiagnostics, describeDiagnostics, ruleOf, show, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

const DRAFT =
  'FORT POLK, La. — The soldiers trained at the JMRC on July 11th. The NTC staff said Sgt. Smith was there.\n\nMedia contact: Press Desk, 703-555-0100, press@example.mil\n';
const COMMENTED = '{\n  // our office: keep this comment\n  "rules": {}\n}\n';

interface Written {
  file: vscode.Uri;
  undo(): Promise<boolean>;
}

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (b: Uint8Array): string => new TextDecoder().decode(b);
const read = async (uri: vscode.Uri): Promise<string> => decode(await vscode.workspace.fs.readFile(uri));
const exists = async (uri: vscode.Uri): Promise<boolean> => vscode.workspace.fs.stat(uri).then(() => true, () => false);

/** Whether the draft's diagnostics hold `rule` on exactly `text`. */
function flags(doc: vscode.TextDocument, rule: string, text: string): boolean {
  return copydeskDiagnostics(doc.uri).some((d) => ruleOf(d) === rule && doc.getText(d.range) === text);
}

function waitFlagged(doc: vscode.TextDocument, rule: string, text: string, wanted: boolean): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(doc.uri, `${rule} on "${text}" ${wanted ? 'flagged' : 'gone'}`, () => flags(doc, rule, text) === wanted);
}

/** The quick fixes VS Code lists for the finding of `rule` on `text`, in menu order. */
async function actionsFor(doc: vscode.TextDocument, rule: string, text: string): Promise<vscode.CodeAction[]> {
  const [d] = await waitForDiagnostics(doc.uri, `${rule} on "${text}"`, () => flags(doc, rule, text));
  const diag = copydeskDiagnostics(doc.uri).find((x) => ruleOf(x) === rule && doc.getText(x.range) === text) ?? d;
  const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value);
  // Only this finding lies on its range, so every quick fix listed is one of its own.
  return all.filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value);
}

/** Runs the light-bulb action titled `title` as VS Code would (its command), returning what it wrote. */
async function run(doc: vscode.TextDocument, rule: string, text: string, title: string): Promise<Written | undefined> {
  const action = (await actionsFor(doc, rule, text)).find((a) => a.title === title);
  assert.ok(action?.command, `no action "${title}" on ${rule} "${text}": ${(await actionsFor(doc, rule, text)).map((a) => a.title).join(' | ')}`);
  assert.strictEqual(action.edit, undefined, 'a project action never edits the draft');
  return vscode.commands.executeCommand<Written | undefined>(action.command.command, ...(action.command.arguments ?? []));
}

/** Accepts the open quick pick or input box (its first item, or the value typed) until `running` ends. */
async function acceptQuickInput<T>(running: Thenable<T>): Promise<T> {
  let done = false;
  const result = Promise.resolve(running).finally(() => (done = true));
  await waitFor('the quick input to be accepted', async () => {
    if (done) return true;
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return done;
  }, 10_000, 200);
  return result;
}

describe('project-file actions and commands: the draft is never touched', function () {
  this.timeout(90_000);
  const root = workspaceUri('.copydesk.json');
  const folderFile = workspaceUri('actions/.copydesk.json');
  let draft: vscode.TextDocument;
  let other: vscode.TextDocument;

  before(async () => {
    await activateCopydesk();
    await vscode.workspace.fs.writeFile(workspaceUri('actions/polk.release'), encode(DRAFT));
    await vscode.workspace.fs.writeFile(workspaceUri('actions/other.release'), encode(DRAFT));
    other = await vscode.workspace.openTextDocument(workspaceUri('actions/other.release'));
    await show(other);
    draft = await vscode.workspace.openTextDocument(workspaceUri('actions/polk.release'));
    await show(draft);
    await waitFlagged(draft, 'acronym/undefined', 'JMRC', true);
  });

  after(async () => {
    await closeAllWithoutSaving();
    for (const uri of [root, workspaceUri('actions')]) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('lists the fix first, then the project actions, and "Disable … on this line" last', async () => {
    const titles = (await actionsFor(draft, 'date/ordinal', 'July 11th')).map((a) => a.title);
    assert.deepStrictEqual(titles, [
      'Remove "th"',
      'Ignore this finding in this file',
      'Turn off rule date/ordinal for this project',
      'Disable date/ordinal on this line',
    ]);
    const acronym = (await actionsFor(draft, 'acronym/undefined', 'JMRC')).map((a) => a.title);
    assert.deepStrictEqual(acronym.slice(-5), [
      'Accept "JMRC" in this project',
      'Add "JMRC" to office acronyms…',
      'Ignore this finding in this file',
      'Turn off rule acronym/undefined for this project',
      'Disable acronym/undefined on this line',
    ]);
  });

  it('"Accept" with no project file creates one at the folder root with the preset; its Undo deletes it', async () => {
    assert.ok(!(await exists(root)) && !(await exists(folderFile)), 'no project file yet');
    const written = await run(draft, 'acronym/undefined', 'JMRC', 'Accept "JMRC" in this project');
    assert.ok(written, 'the action reports what it wrote');
    assert.strictEqual(written.file.toString(), root.toString());
    await waitFlagged(draft, 'acronym/undefined', 'JMRC', false);
    await waitFlagged(other, 'acronym/undefined', 'JMRC', false);
    const text = await read(root);
    assert.match(text, /"extends": "ap"/);
    assert.match(text, /"accept": \[\s*"JMRC"\s*\]/);
    assert.match(text, /\/\/ Words and names Copydesk never flags\./, 'the new file explains its keys');
    assert.strictEqual(draft.getText(), DRAFT, 'the draft is untouched');
    assert.ok(!draft.isDirty);
    assert.strictEqual(await written.undo(), true);
    assert.ok(!(await exists(root)), 'Undo removed the file it created');
    await waitFlagged(draft, 'acronym/undefined', 'JMRC', true);
  });

  it('"Ignore this finding in this file" silences that finding in that draft only, through edits, keeps the comments; Show Ignored Findings takes it back', async () => {
    await vscode.workspace.fs.writeFile(folderFile, encode(COMMENTED));
    await run(draft, 'acronym/undefined', 'JMRC', 'Ignore this finding in this file');
    await waitFlagged(draft, 'acronym/undefined', 'JMRC', false);
    const text = await read(folderFile);
    assert.ok(text.includes('// our office: keep this comment'), text);
    const { ignore } = JSON.parse(text.replace(/\/\/.*$/gm, '')) as { ignore: unknown };
    assert.deepStrictEqual(ignore, [{ file: 'polk.release', rule: 'acronym/undefined', text: 'JMRC' }]);
    assert.ok(flags(other, 'acronym/undefined', 'JMRC'), `other.release still flags JMRC: ${describeDiagnostics(copydeskDiagnostics(other.uri))}`);
    assert.ok(flags(draft, 'acronym/undefined', 'NTC'), 'NTC is still flagged');

    // An edit above moves the finding; the entry names rule and text, so it stays ignored.
    const editor = await show(draft);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Army trains at Fort Polk\n\n'));
    await waitForDiagnostics(draft.uri, 'the edited draft checked', (d) => d.some((x) => ruleOf(x) === 'acronym/undefined' && draft.getText(x.range) === 'NTC' && x.range.start.line === 2));
    assert.ok(!flags(draft, 'acronym/undefined', 'JMRC'), 'still ignored after the edit');
    await vscode.commands.executeCommand('undo');
    await waitFor('the draft back as on disk', () => draft.getText() === DRAFT);

    await show(draft);
    await acceptQuickInput(vscode.commands.executeCommand('copydesk.showIgnored'));
    await waitFlagged(draft, 'acronym/undefined', 'JMRC', true);
    assert.ok(!(await read(folderFile)).includes('"JMRC"'), 'the entry is gone');
  });

  it('"Add to office acronyms…" takes the expansion from an input box (empty allowed) and writes "acronyms"', async () => {
    await show(draft);
    await acceptQuickInput(run(draft, 'acronym/undefined', 'NTC', 'Add "NTC" to office acronyms…'));
    await waitFlagged(draft, 'acronym/undefined', 'NTC', false);
    assert.match(await read(folderFile), /"acronyms": \{\s*"NTC": ""\s*\}/);
  });

  it('"Turn off rule … for this project" applies to every open draft; Ctrl+Z in the project file brings it back', async () => {
    await run(draft, 'date/ordinal', 'July 11th', 'Turn off rule date/ordinal for this project');
    await waitFlagged(draft, 'date/ordinal', 'July 11th', false);
    await waitFlagged(other, 'date/ordinal', 'July 11th', false);
    assert.match(await read(folderFile), /"date\/ordinal": "off"/);
    const project = await vscode.workspace.openTextDocument(folderFile);
    await show(project);
    await vscode.commands.executeCommand('undo');
    assert.ok(!project.getText().includes('date/ordinal'), project.getText());
    await project.save();
    await waitFlagged(draft, 'date/ordinal', 'July 11th', true);
    assert.ok((await read(folderFile)).includes('"NTC": ""'), 'only the last change was undone');
  });

  it('"Choose House Style" writes "extends" in the project file; "Add Substitution" writes "substitutions"', async () => {
    await show(draft);
    await vscode.commands.executeCommand('copydesk.chooseHouseStyle', { preset: 'army', target: 'project' });
    await waitFlagged(draft, 'usage/service-member-case', 'soldiers', true);
    assert.match(await read(folderFile), /"extends": "army"/);
    await show(draft);
    await vscode.commands.executeCommand('copydesk.addSubstitution', { term: 'staff', replacement: 'team' });
    await waitFlagged(draft, 'usage/substitution', 'staff', true);
    assert.match(await read(folderFile), /"flag": "staff",\s*"suggest": "team"/);
    assert.strictEqual(draft.getText(), DRAFT, 'the draft is untouched');

    // From the palette: the quick pick of presets (ap first); the file names a style, so that is where it goes.
    await show(draft);
    await acceptQuickInput(vscode.commands.executeCommand('copydesk.chooseHouseStyle'));
    await waitFlagged(draft, 'usage/service-member-case', 'soldiers', false);
    assert.match(await read(folderFile), /"extends": "ap"/);
  });

  it('"Create Project File" makes a commented file at the folder root and opens it, and never overwrites one', async () => {
    await show(draft);
    await vscode.commands.executeCommand('copydesk.createProjectFile');
    await waitFor('the new project file in an editor', () => vscode.window.activeTextEditor?.document.uri.toString() === root.toString());
    const made = await read(root);
    assert.match(made, /"extends": "ap"/);
    assert.match(made, /\/\/ Copydesk project file/);
    await vscode.workspace.fs.writeFile(root, encode('{ "accept": ["mine"] }\n'));
    await show(draft);
    await vscode.commands.executeCommand('copydesk.createProjectFile');
    assert.strictEqual(await read(root), '{ "accept": ["mine"] }\n', 'the existing file is kept as it was');
    await closeAllWithoutSaving();
    await vscode.workspace.fs.delete(root);
    draft = await vscode.workspace.openTextDocument(workspaceUri('actions/polk.release'));
    await show(draft);
  });

  it('an untitled draft says where it cannot write, and writes nothing', async () => {
    const api = (await activateCopydesk()).exports as { notifications: string[] };
    const untitled = await vscode.workspace.openTextDocument({ language: 'press-release', content: DRAFT });
    await show(untitled);
    const diags = await waitForDiagnostics(untitled.uri, 'JMRC in the untitled draft', (d) => d.some((x) => untitled.getText(x.range) === 'JMRC'));
    const jmrc = diags.find((x) => untitled.getText(x.range) === 'JMRC');
    const before = api.notifications.length;
    const before2 = await read(folderFile);
    const written = await vscode.commands.executeCommand('copydesk.projectAction', { kind: 'accept', uri: untitled.uri.toString(), rule: jmrc && ruleOf(jmrc), text: 'JMRC' });
    assert.strictEqual(written, undefined);
    assert.match(api.notifications.slice(before).join('\n'), /not saved yet/);
    assert.strictEqual(await read(folderFile), before2);
    assert.ok(!(await exists(root)));
  });
});
