/**
 * What a writer sees around the checking: the status bar in words, a word from every command
 * that otherwise does its work silently (Restart Server, New Press Release), and a one-time offer
 * to wrap long lines in plain text and Markdown drafts (`.release` drafts wrap by default).
 */
import * as vscode from 'vscode';
import { CheckedParams } from '../../protocol/messages';
import { DRAFT_SCHEMES, LANGUAGE_ID } from '../../protocol';
import { headlineFileStem } from '../../checker/views/fileName';
import { RELEASE_SNIPPET } from './template';

/** Messages the commands showed, in order (the VS Code suite reads them through the extension's API). */
export const feedback: string[] = [];

export function tell(message: string): void {
  feedback.push(message);
  void vscode.window.showInformationMessage(message);
}

/**
 * The status bar item's text and tooltip for a draft's counts, in words: "Copydesk: 2 errors,
 * 3 warnings" (only the kinds there are; suggestions, the dotted underlines, in the tooltip).
 */
export function statusOf(c: CheckedParams['counts']): { text: string; tooltip: string } {
  const n = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const kinds: [number, string][] = [[c.error, 'error'], [c.warning, 'warning'], [c.information, 'note']];
  const found = kinds.filter(([count]) => count > 0).map(([count, word]) => n(count, word));
  const text = found.length === 0 ? '$(check) Copydesk: no problems' : `$(edit) Copydesk: ${found.join(', ')}`;
  const all = kinds.map(([count, word]) => n(count, word)).join(', ');
  const tooltip = `Copydesk found ${all} in this draft${c.hint > 0 ? `, and ${n(c.hint, 'suggestion')} (dotted underlines)` : ''}. Click to open the Style Report.`;
  return { text, tooltip };
}

/** Whether a file exists (any scheme the workspace file system serves). */
async function exists(file: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

/** `stem.release`, else `stem-2.release`…, the first name in `folder` no file and no open draft has. */
async function freeName(folder: vscode.Uri | undefined, stem: string, scheme: string, taken: Set<string>): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.release` : `${stem}-${n}.release`;
    // Never a name Save would offer over an existing draft of the folder.
    if (folder && (await exists(vscode.Uri.joinPath(folder, name)))) continue;
    const uri = folder ? vscode.Uri.joinPath(folder, name).with({ scheme }) : vscode.Uri.from({ scheme, path: name });
    if (!taken.has(uri.toString())) return uri;
  }
}

/**
 * Copydesk: New Press Release. An untitled draft with a name of its own (`press-release.release`,
 * then `press-release-2.release`…), in the first workspace folder when there is one, filled with
 * the release skeleton as a snippet: the headline is selected, and Tab moves to the dateline, the
 * lead, the contact block and the release number. Saving it (Ctrl+S, `saveNewRelease`) names the
 * file from the headline.
 */
export async function newRelease(): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const taken = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  const uri = await freeName(folder, 'press-release', 'untitled', taken);
  let doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== LANGUAGE_ID) doc = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(RELEASE_SNIPPET), new vscode.Position(0, 0));
  tell('Copydesk: a new press release. Type the headline, then press Tab for the dateline, the lead and the contact; when you save, the file is named after the headline.');
  return doc;
}

/**
 * Save for an untitled press release (Ctrl+S or Cmd+S there, and "Copydesk: Save New Release"):
 * the save dialog offers the headline as the file name (`army-reserve-unit-deploys.release`) in the
 * draft's folder, then the saved file takes the untitled draft's place. Any other document, or
 * a draft with no headline yet, is saved the usual way.
 */
export async function saveNewRelease(): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  const draft = editor?.document;
  if (!draft || !draft.isUntitled) return void (await vscode.commands.executeCommand('workbench.action.files.save'));
  const stem = headlineFileStem(draft.getText());
  if (!stem) {
    tell('Copydesk: this draft has no headline yet, so Save suggests its own name. Type the headline first to have the file named after it.');
    return void (await vscode.commands.executeCommand('workbench.action.files.saveAs'));
  }
  // The folder of the draft's own name (New Press Release gives it one), else the first workspace folder.
  const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
  const folder = draft.uri.path.lastIndexOf('/') > 0 ? vscode.Uri.joinPath(draft.uri.with({ scheme: workspace?.scheme ?? 'file' }), '..') : workspace;
  const suggested = await freeName(folder, stem, folder?.scheme ?? 'file', new Set());
  const target = await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { 'Press release': ['release'], 'All files': ['*'] }, title: 'Save the press release' });
  if (!target) return undefined;
  const text = draft.getText();
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  // The untitled draft gives way to the saved file, at the same place in the editor.
  const selection = editor.selection;
  await vscode.window.showTextDocument(draft, editor.viewColumn);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  const saved = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), editor.viewColumn);
  saved.selection = selection;
  tell(`Copydesk: saved the press release as ${target.path.split('/').pop()}.`);
  return target;
}

const WRAP_OFFERED = 'copydesk.wordWrapOffered';
const PROSE_LANGUAGES = ['plaintext', 'markdown'];

/**
 * The first time Copydesk checks a plain text or Markdown draft whose lines do not wrap, it offers
 * to turn word wrap on for that kind of file (a user setting for that language only). Asked once:
 * any answer is remembered.
 */
export function offerWordWrap(context: vscode.ExtensionContext, languages: () => string[]): vscode.Disposable {
  let asking = false;
  const consider = async (doc: vscode.TextDocument): Promise<void> => {
    if (asking || context.globalState.get<boolean>(WRAP_OFFERED) === true) return;
    if (!PROSE_LANGUAGES.includes(doc.languageId) || !languages().includes(doc.languageId)) return;
    if (!DRAFT_SCHEMES.includes(doc.uri.scheme)) return;
    const editorConfig = vscode.workspace.getConfiguration('editor', { languageId: doc.languageId, uri: doc.uri });
    if (editorConfig.get<string>('wordWrap') !== 'off') return;
    asking = true;
    await context.globalState.update(WRAP_OFFERED, true);
    const kind = doc.languageId === 'markdown' ? 'Markdown' : 'plain text';
    const question = `Copydesk: turn on word wrap for ${kind} drafts, so each paragraph fits the window?`;
    feedback.push(question);
    const answer = await vscode.window.showInformationMessage(question, 'Turn On', 'Not Now');
    asking = false;
    if (answer !== 'Turn On') return;
    await editorConfig.update('wordWrap', 'on', vscode.ConfigurationTarget.Global, true);
    tell(`Copydesk: word wrap is on for ${kind} files (the "editor.wordWrap" setting for that language).`);
  };
  const check = (editor: vscode.TextEditor | undefined): void => {
    if (editor) void consider(editor.document);
  };
  check(vscode.window.activeTextEditor);
  return vscode.window.onDidChangeActiveTextEditor(check);
}
