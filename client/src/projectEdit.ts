/**
 * Finding and changing a draft's project file `.copydesk.json` from the editor. A change is a
 * `vscode.WorkspaceEdit` of the part of the file that changes (comments and layout kept, Ctrl+Z in
 * the file undoes it), then a save, because the server reads project files from disk. Only
 * vscode.workspace.fs and vscode.Uri: the same code runs in the web extension.
 */
import * as vscode from 'vscode';
import { applyEdits, FormattingOptions, JSONPath, modify, parse, ParseError, printParseErrorCode } from 'jsonc-parser';
import { CONFIG_NAME, DOCX_SCHEME } from '../../protocol';
import { docxOf } from './docx';

export const PROJECT_FILE = CONFIG_NAME;

/** Where a draft's project settings go: an existing file, one to create, or nowhere (and why). */
export type ProjectTarget = { kind: 'found'; uri: vscode.Uri } | { kind: 'create'; uri: vscode.Uri } | { kind: 'none'; why: string };

const parentOf = (uri: vscode.Uri): vscode.Uri => vscode.Uri.joinPath(uri, '..');
/** A Word document's text view stands for the .docx (as protocol documentOfView has it for the server). */
const documentOf = (uri: vscode.Uri): vscode.Uri => (uri.scheme === DOCX_SCHEME ? docxOf(uri) : uri);
const nameOf = (uri: vscode.Uri): string => uri.path.split('/').pop() ?? uri.path;

export async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

/** The nearest `.copydesk.json` at or above the draft's folder (as the server and the CLI find it), on any scheme. */
export function nearestProjectFile(draft: vscode.Uri): Promise<vscode.Uri | undefined> {
  return projectFileFinder().find(draft);
}

/**
 * nearestProjectFile with each folder's answer kept until `clear()` (a project file was created,
 * changed, saved or deleted): Check Workspace asks for every draft, and in github.dev each look
 * is a round trip to GitHub.
 */
export function projectFileFinder(): { find(draft: vscode.Uri): Promise<vscode.Uri | undefined>; clear(): void } {
  const byFolder = new Map<string, Promise<vscode.Uri | undefined>>();
  const inFolder = (dir: vscode.Uri): Promise<vscode.Uri | undefined> => {
    const key = dir.toString();
    let found = byFolder.get(key);
    if (!found) {
      found = (async () => {
        const candidate = vscode.Uri.joinPath(dir, PROJECT_FILE);
        if (await isFile(candidate)) return candidate;
        const up = parentOf(dir);
        return up.path === dir.path ? undefined : inFolder(up);
      })();
      byFolder.set(key, found);
    }
    return found;
  };
  return {
    find: (draft) => (draft.scheme === 'untitled' ? Promise.resolve(undefined) : inFolder(parentOf(documentOf(draft)))),
    clear: () => byFolder.clear(),
  };
}

/**
 * The project file a draft uses: the nearest `.copydesk.json` at or above its folder (as the server
 * and the CLI find it); else a new one at the root of the draft's workspace folder.
 */
export async function projectTarget(draft: vscode.Uri): Promise<ProjectTarget> {
  if (draft.scheme === 'untitled') {
    return {
      kind: 'none',
      why: 'this draft is not saved yet, so no project file applies to it. Save it in your project folder first; Copydesk then keeps this in that folder’s .copydesk.json, not in the draft.',
    };
  }
  const found = await nearestProjectFile(draft);
  if (found) return { kind: 'found', uri: found };
  const folder = vscode.workspace.getWorkspaceFolder(documentOf(draft));
  if (folder) return { kind: 'create', uri: vscode.Uri.joinPath(folder.uri, PROJECT_FILE) };
  return {
    kind: 'none',
    why: `${nameOf(draft)} is outside every open folder and has no .copydesk.json above it, so Copydesk has nowhere to keep this. Open its folder (File > Open Folder…) or create a .copydesk.json beside it.`,
  };
}

/** A new project file: the preset, and each key with what it is for. */
export function projectTemplate(preset: string): string {
  return [
    '{',
    '  // Copydesk project file: settings for every draft in this folder and the folders below it.',
    '  // House style: ap, dod, army, navy, air-force, marine-corps or space-force.',
    `  "extends": ${JSON.stringify(preset)},`,
    '  // Severity per rule id or family: "off", "hint", "information", "warning" or "error".',
    '  "rules": {},',
    '  // Office acronyms with what they stand for ("" when readers need no expansion).',
    '  "acronyms": {},',
    '  // Words and names Copydesk never flags.',
    '  "accept": [],',
    '  // Office terms: { "flag": "old term", "suggest": "what to write instead" }.',
    '  "substitutions": [],',
    '  // Findings ignored in one draft: { "file": "path/from/here.release", "rule": "rule/id", "text": "the text" }.',
    '  "ignore": []',
    '}',
    '',
  ].join('\n');
}

/** What a change does to the file's text: the new text and the sentence saying what it did, or why it stops. */
export type Change = { text: string; done: string } | { stop: string };

/** The project file's JSON value, or the problem that stops any change to it. */
export function readProject(text: string): { value: Record<string, unknown> } | { problem: string } {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const line = text.slice(0, errors[0].offset).split('\n').length;
    return { problem: `.copydesk.json is not valid JSON (${printParseErrorCode(errors[0].error)} on line ${line}); fix it, then try again.` };
  }
  if (text.trim() === '') return { value: {} };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: '.copydesk.json must hold an object ({ … }); fix it, then try again.' };
  return { value: value as Record<string, unknown> };
}

/** `text` with `value` set at `path` (undefined removes it), in the file's own indentation and line ends. */
export function setIn(text: string, path: JSONPath, value: unknown, isArrayInsertion = false): string {
  const indent = /^( +|\t)\S/m.exec(text)?.[1];
  const formattingOptions: FormattingOptions = {
    insertSpaces: indent?.[0] !== '\t',
    tabSize: indent && indent[0] === ' ' ? indent.length : 2,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
  const base = text.trim() === '' ? '{}\n' : text;
  return applyEdits(base, modify(base, path, value, { formattingOptions, isArrayInsertion }));
}

/** What a project-file change returns: the file it wrote, and a way to take the change back. */
export interface Written {
  file: vscode.Uri;
  /** Restores the file as it was, if nobody changed it since; false (and says why) otherwise. */
  undo(): Promise<boolean>;
}

/** The one replacement that turns `before` into `after`: the differing middle, the same prefix and suffix kept. */
function middleEdit(doc: vscode.TextDocument, before: string, after: string): { range: vscode.Range; text: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { range: new vscode.Range(doc.positionAt(start), doc.positionAt(before.length - end)), text: after.slice(start, after.length - end) };
}

/**
 * Applies `change` to the project file at `target` (creating it from `projectTemplate(preset)` when
 * there is none, never over a file that appeared meanwhile) and saves it. Returns what it wrote, or
 * undefined after saying why nothing was written (`say`).
 */
export async function changeProject(
  target: { kind: 'found' | 'create'; uri: vscode.Uri },
  preset: string,
  change: (text: string, value: Record<string, unknown>) => Change,
  say: (message: string, error?: boolean, file?: vscode.Uri) => void,
): Promise<{ written: Written; done: string } | undefined> {
  const uri = target.uri;
  if (target.kind === 'create') {
    const template = projectTemplate(preset);
    const c = change(template, (readProject(template) as { value: Record<string, unknown> }).value);
    if ('stop' in c) return void say(c.stop);
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(uri, { overwrite: false, ignoreIfExists: false });
    edit.insert(uri, new vscode.Position(0, 0), c.text);
    if (!(await vscode.workspace.applyEdit(edit))) return void say(`could not create ${vscode.workspace.asRelativePath(uri)} (a file of that name may have appeared meanwhile); nothing was written.`, true);
    const doc = await vscode.workspace.openTextDocument(uri);
    await doc.save();
    return { done: c.done, written: { file: uri, undo: () => undoCreate(uri, c.text, say) } };
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  const before = doc.getText();
  const version = doc.version;
  const wasDirty = doc.isDirty;
  const read = readProject(before);
  if ('problem' in read) return void say(read.problem, true, uri);
  const c = change(before, read.value);
  if ('stop' in c) return void say(c.stop, false, uri);
  if (doc.version !== version) return void say('.copydesk.json changed while Copydesk was writing to it; nothing was written. Try again.', true, uri);
  const m = middleEdit(doc, before, c.text);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, m.range, m.text);
  if (!(await vscode.workspace.applyEdit(edit))) return void say('could not edit .copydesk.json; nothing was written.', true, uri);
  // The server reads the file from disk. A file the writer was already editing is left unsaved with their changes.
  const done = wasDirty ? `${c.done} Save .copydesk.json (it has other unsaved changes) for it to take effect.` : c.done;
  if (!wasDirty) await doc.save();
  return { done, written: { file: uri, undo: () => undoChange(doc, before, c.text, !wasDirty, say) } };
}

async function undoChange(doc: vscode.TextDocument, before: string, after: string, save: boolean, say: (m: string, e?: boolean, f?: vscode.Uri) => void): Promise<boolean> {
  if (doc.isClosed) doc = await vscode.workspace.openTextDocument(doc.uri);
  if (doc.getText() !== after) {
    say('.copydesk.json has changed since, so Copydesk did not undo; open it to change it by hand.', true, doc.uri);
    return false;
  }
  const m = middleEdit(doc, after, before);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, m.range, m.text);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  if (save) await doc.save();
  return true;
}

async function undoCreate(uri: vscode.Uri, written: string, say: (m: string, e?: boolean, f?: vscode.Uri) => void): Promise<boolean> {
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.getText() !== written || doc.isDirty) {
    say('.copydesk.json has changed since Copydesk created it, so Copydesk did not delete it.', true, uri);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.deleteFile(uri, { ignoreIfNotExists: true });
  return vscode.workspace.applyEdit(edit);
}

/** The draft's path from the project file's folder, '/'-separated (as `ignore` entries name it). */
export function relativeToProject(project: vscode.Uri, draft: vscode.Uri): string | undefined {
  const dir = parentOf(project).path.replace(/\/$/, '');
  const file = documentOf(draft).path;
  return file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : undefined;
}
