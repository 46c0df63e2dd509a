/**
 * Word documents in VS Code: "Check with Copydesk" opens a .docx as its text, a press release at a
 * `copydesk-docx:` URI (the document's path with `.release` added, the document's own URI in the
 * query); "Check Another Part of the Word Document" opens a header, the footnotes, the comments ...
 * the same way. So diagnostics, hovers, quick fixes, Fix All and the Style Report work on it as on any
 * `.release` draft. Saving writes the edits back into the .docx (docx/write.ts): fixes and the
 * writer's own edits within paragraphs land in the runs they touch, new paragraphs take their
 * neighbour's formatting. The .docx is read and written through vscode.workspace.fs only (so this
 * runs in the browser too), and never written when it changed since it was read, or when the
 * result would not read back as the saved text.
 */
import * as vscode from 'vscode';
import { Commands, DOCX_SCHEME } from '../../protocol';
import { DocxDocument, DocxInputError, DocxWriteError, readDocx, storyStyles, tooLargeMessage, writeDocx } from '../../docx';
import type { ParagraphStylesResult } from '../../protocol/messages';

export { DOCX_SCHEME };
/** The file of a Word document may be this many times `copydesk.maxFileSize` (its photos are never read). */
const FILE_FACTOR = 20;
const MB = 1024 * 1024;
const CHECK = 'Check with Copydesk';
const PART = 'Check Another Part';

const isDocx = (uri: vscode.Uri): boolean => /\.docx$/i.test(uri.path);
const nameOf = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/**
 * The text view of a part of the Word document at `file`: the body at `draft.docx.release`, another
 * part at `draft.docx.footnotes.release` (its label in the fragment).
 */
export function docxViewUri(file: vscode.Uri, part = 'body'): vscode.Uri {
  if (part === 'body') return vscode.Uri.from({ scheme: DOCX_SCHEME, path: `${file.path}.release`, query: file.toString() });
  return vscode.Uri.from({ scheme: DOCX_SCHEME, path: `${file.path}.${part.replace(/\s+/g, '-')}.release`, query: file.toString(), fragment: part });
}

/** The Word document a `copydesk-docx:` view shows (its project file is the document's). */
export function docxOf(view: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(view.query, true);
}

/** The part of the document a view shows. */
const partOf = (view: vscode.Uri): string => view.fragment || 'body';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface Stamp {
  mtime: number;
  size: number;
}

interface Opened {
  bytes: Uint8Array;
  doc: DocxDocument;
  /** The file's time and size as VS Code was told them for this view. */
  told: Stamp;
  /**
   * Set when another view of the same document saved its part: the file's real stamp after that
   * save. While the file still has it, this view is told its old stamp, so that VS Code does not
   * take Copydesk's own save of another part for a change made by someone else.
   */
  real?: Stamp;
}

class DocxFileSystem implements vscode.FileSystemProvider {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  /** What each view was read from: a save writes over exactly these bytes or not at all. */
  private readonly opened = new Map<string, Opened>();

  constructor(private readonly say: (message: string) => void) {}

  /** The view follows its document: saved by Word meanwhile, an unedited view shows the new text (an edited one gets VS Code's save conflict). */
  watch(uri: vscode.Uri): vscode.Disposable {
    const file = docxOf(uri);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(file, '..'), nameOf(file)));
    const fire = (type: vscode.FileChangeType) => (): void => this.changed.fire([{ type, uri }]);
    watcher.onDidChange(fire(vscode.FileChangeType.Changed));
    watcher.onDidCreate(fire(vscode.FileChangeType.Changed));
    watcher.onDidDelete(fire(vscode.FileChangeType.Deleted));
    return watcher;
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const st = await vscode.workspace.fs.stat(docxOf(uri));
    const o = this.opened.get(uri.toString());
    const told = o?.real && o.real.mtime === st.mtime && o.real.size === st.size ? o.told : st;
    return { type: vscode.FileType.File, ctime: st.ctime, mtime: told.mtime, size: told.size };
  }

  private refuse(file: vscode.Uri, message: string): never {
    this.say(`Copydesk: ${nameOf(file)}: ${message}`);
    throw vscode.FileSystemError.Unavailable(`${nameOf(file)}: ${message}`);
  }

  /** The document as it is on disk now; a file Copydesk cannot read gets its message. */
  async read(file: vscode.Uri): Promise<Opened> {
    const limit = vscode.workspace.getConfiguration('copydesk', file).get<number>('maxFileSize', 5) * MB;
    const st = await vscode.workspace.fs.stat(file);
    if (st.size > limit * FILE_FACTOR) this.refuse(file, tooLargeMessage(limit * FILE_FACTOR, 'the file is'));
    const bytes = await vscode.workspace.fs.readFile(file);
    try {
      return { bytes, doc: readDocx(bytes, limit), told: { mtime: st.mtime, size: st.size } };
    } catch (err) {
      if (err instanceof DocxInputError) this.refuse(file, `cannot be checked: ${err.message}`);
      throw err;
    }
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const file = docxOf(uri);
    const read = await this.read(file);
    const story = read.doc.stories.find((s) => s.label === partOf(uri));
    if (!story) this.refuse(file, `has no ${partOf(uri)}`);
    this.opened.set(uri.toString(), read);
    return new TextEncoder().encode(story.text);
  }

  /** The view's text as last read or saved, with its Title and Caption paragraphs (`copydesk/paragraphStyles`). */
  stylesOf(view: string): ParagraphStylesResult {
    let key: string;
    try {
      key = vscode.Uri.parse(view, true).toString();
    } catch {
      return null;
    }
    const o = this.opened.get(key);
    const story = o?.doc.stories.find((s) => s.label === partOf(vscode.Uri.parse(key, true)));
    return story ? { text: story.text, styles: storyStyles(story) } : null;
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    const file = docxOf(uri);
    const was = this.opened.get(uri.toString());
    if (!was) this.refuse(file, 'was not opened with Check with Copydesk; nothing was written');
    const now = await vscode.workspace.fs.readFile(file);
    if (!sameBytes(now, was.bytes)) this.refuse(file, 'changed on disk since Copydesk read it; nothing was written. Copy your edits, close this tab and use Check with Copydesk again.');
    // The editor's line endings and a final line break are not paragraphs of the document.
    const text = new TextDecoder().decode(content).replace(/\r\n?/g, '\n').replace(/\n$/, '');
    let bytes: Uint8Array;
    let doc: DocxDocument;
    try {
      ({ bytes, doc } = writeDocx(was.doc, new Map([[partOf(uri), text]]), { now: new Date() }));
    } catch (err) {
      if (err instanceof DocxWriteError) this.refuse(file, `${err.message}. Your text is still in the editor.`);
      throw err;
    }
    await vscode.workspace.fs.writeFile(file, bytes);
    // The other views of the document read from the same bytes still show what it says (only this
    // view's part changed): their saves write over the new document, not refuse it.
    const st = await vscode.workspace.fs.stat(file);
    const real = { mtime: st.mtime, size: st.size };
    for (const [key, o] of this.opened) {
      if (key === uri.toString()) this.opened.set(key, { bytes, doc, told: real });
      else if (sameBytes(o.bytes, was.bytes)) this.opened.set(key, { bytes, doc, told: o.told, real });
    }
  }

  readDirectory(): never {
    throw vscode.FileSystemError.NoPermissions('a Word document view has no folders');
  }
  createDirectory(): never {
    throw vscode.FileSystemError.NoPermissions('a Word document view has no folders');
  }
  delete(): never {
    throw vscode.FileSystemError.NoPermissions('delete the .docx itself, not its text view');
  }
  rename(): never {
    throw vscode.FileSystemError.NoPermissions('rename the .docx itself, not its text view');
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The .docx a command was run on: the explorer's or editor title's file, else the active tab's, else one chosen. */
async function targetOf(arg: unknown): Promise<vscode.Uri | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const active = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
  if (active && isDocx(active)) return active;
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word documents': ['docx'] }, openLabel: CHECK });
  return picked?.[0];
}

/** Opens the text view of a part of a .docx (the body unless told) in an editor. */
export async function checkDocx(file: vscode.Uri, part = 'body'): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(docxViewUri(file, part));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * The file system provider, the Check with Copydesk command, and the offer made when a .docx is
 * opened as a file (VS Code shows it as binary). `record` keeps the messages shown, for the tests.
 * `stylesOf` answers the server's `copydesk/paragraphStyles` for a view.
 */
export function registerDocx(record: (message: string) => void): { disposables: vscode.Disposable[]; stylesOf: (view: string) => ParagraphStylesResult } {
  const say = (message: string): void => {
    record(message);
    void vscode.window.showErrorMessage(message);
  };
  const fsp = new DocxFileSystem(say);
  const offered = new Set<string>();
  /** Once per document: its other parts (headers, footnotes ...) can be checked too. */
  const partsOffered = new Set<string>();
  const offerParts = (file: vscode.Uri): void => {
    if (partsOffered.has(file.toString())) return;
    partsOffered.add(file.toString());
    void fsp.read(file).then((read) => {
      const others = read.doc.stories.slice(1).map((s) => s.label);
      if (others.length === 0) return;
      const message = `Copydesk: ${nameOf(file)} also has ${others.join(', ')}. Each can be checked and fixed as its own text.`;
      record(message);
      void vscode.window.showInformationMessage(message, PART).then((choice) => (choice === PART ? vscode.commands.executeCommand(Commands.checkDocxPart, file) : undefined));
    }, () => undefined);
  };
  const offer = (tab: vscode.Tab): void => {
    const input = tab.input;
    const uri = input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
    if (!uri || uri.scheme === DOCX_SCHEME || !isDocx(uri) || offered.has(uri.toString())) return;
    offered.add(uri.toString());
    const message = `Copydesk: ${nameOf(uri)} is a Word document. Copydesk can show its text as a press release, check it, and save your fixes back into it.`;
    record(message);
    void vscode.window.showInformationMessage(message, CHECK).then((choice) => (choice === CHECK ? checkDocx(uri).then(undefined, () => undefined) : undefined));
  };
  const disposables = [
    fsp,
    vscode.workspace.registerFileSystemProvider(DOCX_SCHEME, fsp, { isCaseSensitive: true }),
    vscode.commands.registerCommand(Commands.checkDocx, async (arg: unknown) => {
      const file = await targetOf(arg);
      if (!file) return undefined;
      if (!isDocx(file)) {
        say(`Copydesk: ${nameOf(file)} is not a Word document (.docx).`);
        return undefined;
      }
      // The provider said why when it cannot (its message is shown); nothing else to do then.
      const editor = await checkDocx(file).then(undefined, () => undefined);
      if (editor) offerParts(file);
      return editor;
    }),
    vscode.commands.registerCommand(Commands.checkDocxPart, async (arg: unknown, part?: unknown) => {
      const active = vscode.window.activeTextEditor?.document.uri;
      const file = arg instanceof vscode.Uri ? arg : active?.scheme === DOCX_SCHEME ? docxOf(active) : await targetOf(undefined);
      if (!file || !isDocx(file)) return undefined;
      let label = typeof part === 'string' ? part : undefined;
      if (label === undefined) {
        const read = await fsp.read(file).catch(() => undefined);
        if (!read) return undefined;
        const picked = await vscode.window.showQuickPick(
          read.doc.stories.map((s) => ({ label: s.label, description: `${s.paragraphs.length} ${s.paragraphs.length === 1 ? 'paragraph' : 'paragraphs'}`, detail: s.text.replace(/\s+/g, ' ').slice(0, 100) })),
          { title: `Check a part of ${nameOf(file)}`, placeHolder: 'The body, a header, a footer, the footnotes, the comments ...' },
        );
        label = picked?.label;
      }
      return label === undefined ? undefined : checkDocx(file, label).then(undefined, () => undefined);
    }),
    vscode.window.tabGroups.onDidChangeTabs((e) => e.opened.forEach(offer)),
  ];
  // A .docx already open when Copydesk starts (the window restored it, or opening it started Copydesk).
  for (const group of vscode.window.tabGroups.all) group.tabs.forEach(offer);
  return { disposables, stylesOf: (view) => fsp.stylesOf(view) };
}
