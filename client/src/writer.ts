/**
 * What a writer sees around the checking: the status bar in words, a word from every command
 * that otherwise does its work silently (Restart Server, New Press Release), and a one-time offer
 * to wrap long lines in plain text and Markdown drafts (`.release` drafts wrap by default).
 */
import * as vscode from 'vscode';
import { CheckedParams } from '../../protocol/messages';
import { LANGUAGE_ID } from '../../protocol';
import { RELEASE_TEMPLATE } from './template';

/** Messages the commands showed, in order (the VS Code suite reads them through the extension's API). */
export const feedback: string[] = [];

export function tell(message: string): void {
  feedback.push(message);
  void vscode.window.showInformationMessage(message);
}

/** The status bar item's text and tooltip for a draft's counts: what the number means, in words. */
export function statusOf(c: CheckedParams['counts']): { text: string; tooltip: string } {
  const problems = c.error + c.warning + c.information;
  const n = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const text = problems === 0 ? '$(check) Copydesk: no problems' : `$(edit) Copydesk: ${n(problems, 'problem')}`;
  const parts = [n(c.error, 'error'), n(c.warning, 'warning'), n(c.information, 'note')];
  const tooltip = `Copydesk found ${parts.join(', ')} in this draft${c.hint > 0 ? `, and ${n(c.hint, 'suggestion')} (dotted underlines)` : ''}. Click for the Style Report.`;
  return { text, tooltip };
}

/**
 * Copydesk: New Press Release. An untitled draft with a name of its own (`press-release.release`,
 * then `press-release-2.release`…), so Save offers a sensible file name instead of the first line
 * (`FOR IMMEDIATE RELEASE`), in the first workspace folder when there is one.
 */
export async function newRelease(): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const taken = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  let uri: vscode.Uri;
  const onDisk = async (file: vscode.Uri): Promise<boolean> => {
    try {
      await vscode.workspace.fs.stat(file);
      return true;
    } catch {
      return false;
    }
  };
  for (let n = 1; ; n++) {
    const name = n === 1 ? 'press-release.release' : `press-release-${n}.release`;
    // Never a name Save would offer over an existing draft of the folder.
    if (folder && (await onDisk(vscode.Uri.joinPath(folder, name)))) continue;
    uri = folder ? vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' }) : vscode.Uri.from({ scheme: 'untitled', path: name });
    if (!taken.has(uri.toString())) break;
  }
  let doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== LANGUAGE_ID) doc = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  const editor = await vscode.window.showTextDocument(doc);
  await editor.edit((e) => e.insert(new vscode.Position(0, 0), RELEASE_TEMPLATE));
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  tell(`Copydesk: a new press release, ${uri.path.split('/').pop()}. Fill in the headline, dateline and lead; Copydesk checks as you type.`);
  return doc;
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
    if (doc.uri.scheme !== 'file' && doc.uri.scheme !== 'untitled' && doc.uri.scheme !== 'vscode-vfs') return;
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
