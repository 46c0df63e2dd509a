/** The palette commands that go beyond LSP: fix-all with a preview (errors and warnings, or including suggestions), the workspace check, date conversion. */
import * as vscode from 'vscode';
import { tell } from './writer';
import type { CopydeskClient } from './lsp';
import { CheckFileRequest, FixesParams, FixesRequest, FixItem } from '../../protocol/messages';
import { CLIENT_SETTINGS, SERVER_SETTINGS } from '../../protocol/settings';

/** The fixes as one edit (no entry needs confirmation: VS Code applies it as it is). */
function toEdit(uri: vscode.Uri, items: FixItem[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const item of items) {
    for (const e of item.edits) {
      const range = new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character);
      edit.replace(uri, range, e.newText, { label: item.familyName, description: item.title, needsConfirmation: false });
    }
  }
  return edit;
}

function requestFixes(client: CopydeskClient, params: FixesParams): Promise<FixItem[]> {
  return client.sendRequest(FixesRequest, params);
}

type FixPick = vscode.QuickPickItem & { fix?: FixItem };

const SEVERITY_WORDS: Record<FixItem['severity'], string> = { error: 'error', warning: 'warning', information: 'suggestion', hint: 'suggestion' };

/** The line a fix changes, as it reads after the fix (trimmed to about 90 characters around the change). */
function afterLine(doc: vscode.TextDocument, fix: FixItem): string {
  const first = fix.edits[0];
  if (!first) return '';
  const line = doc.lineAt(Math.min(first.range.start.line, doc.lineCount - 1));
  const onLine = fix.edits.filter((e) => e.range.start.line === line.lineNumber && e.range.end.line === line.lineNumber).sort((a, b) => b.range.start.character - a.range.start.character);
  let text = line.text;
  for (const e of onLine) text = text.slice(0, e.range.start.character) + e.newText + text.slice(e.range.end.character);
  const at = Math.max(0, first.range.start.character - 40);
  const shown = text.slice(at, at + 90).trim();
  return `${at > 0 ? '…' : ''}${shown}${at + 90 < text.length ? '…' : ''}`;
}

/**
 * The preview: every fix, grouped under its family's plain name (Ranks, Dates ...), each checked;
 * Enter applies the checked ones, Escape applies none. Resolves with the fixes to apply, or
 * undefined when the writer closed it.
 */
function previewFixes(doc: vscode.TextDocument, items: FixItem[], includingSuggestions: boolean): Promise<FixItem[] | undefined> {
  const byFamily = new Map<string, FixItem[]>();
  for (const item of items) byFamily.set(item.familyName, [...(byFamily.get(item.familyName) ?? []), item]);
  const picks: FixPick[] = [];
  for (const [family, fixes] of [...byFamily].sort(([a], [b]) => a.localeCompare(b))) {
    picks.push({ label: `${family} (${fixes.length})`, kind: vscode.QuickPickItemKind.Separator });
    for (const fix of fixes) {
      const line = (fix.edits[0]?.range.start.line ?? 0) + 1;
      picks.push({ label: fix.title, description: `line ${line} · ${SEVERITY_WORDS[fix.severity]}`, detail: afterLine(doc, fix), fix });
    }
  }
  const qp = vscode.window.createQuickPick<FixPick>();
  qp.canSelectMany = true;
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.title = `Copydesk: Fix All${includingSuggestions ? ', Including Suggestions' : ''}: ${items.length} fix${items.length === 1 ? '' : 'es'}`;
  qp.placeholder = 'Uncheck what you do not want; Enter applies the rest, Escape none';
  qp.items = picks;
  qp.selectedItems = picks.filter((p) => p.fix);
  return new Promise((resolve) => {
    let chosen: FixItem[] | undefined;
    qp.onDidAccept(() => {
      chosen = qp.selectedItems.flatMap((p) => (p.fix ? [p.fix] : []));
      qp.hide();
    });
    qp.onDidHide(() => {
      qp.dispose();
      resolve(chosen);
    });
    qp.show();
  });
}

/**
 * Copydesk: Fix All Issues (the fixes of errors and warnings, or every fix under
 * `copydesk.fixAll.include: "all"`) and Copydesk: Fix All, Including Suggestions (every fix).
 * Previewed grouped by family unless the writer turned the preview off. Returns how many fixes
 * were applied. Nothing is applied when the draft changed while the preview was open.
 */
export async function fixAll(client: CopydeskClient, includingSuggestions = false): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Copydesk: open a draft to fix.');
    return 0;
  }
  const doc = editor.document;
  const config = vscode.workspace.getConfiguration('copydesk', doc.uri);
  const setting = config.get<string>('fixAll.include', SERVER_SETTINGS['fixAll.include'].default);
  const include = includingSuggestions || setting === 'all' ? 'all' : 'errorsAndWarnings';
  const version = doc.version;
  const items = await requestFixes(client, { uri: doc.uri.toString(), include });
  if (items.length === 0) {
    const more = include === 'all' ? '' : ' (Copydesk: Fix All, Including Suggestions also applies the fixes of suggestions)';
    void vscode.window.showInformationMessage(`Copydesk: no errors or warnings to fix automatically${include === 'all' ? ' and no suggestions' : ''}${more}.`);
    return 0;
  }
  const preview = config.get<boolean>('fixAll.preview', CLIENT_SETTINGS['fixAll.preview'].default);
  const chosen = preview ? await previewFixes(doc, items, include === 'all') : items;
  if (!chosen || chosen.length === 0) {
    void vscode.window.showInformationMessage('Copydesk: no fixes applied.');
    return 0;
  }
  if (doc.isClosed || doc.version !== version) {
    void vscode.window.showWarningMessage('Copydesk: the draft changed while the fixes were shown, so none were applied. Run Fix All again.');
    return 0;
  }
  const applied = await vscode.workspace.applyEdit(toEdit(doc.uri, chosen));
  void vscode.window.showInformationMessage(
    applied ? `Copydesk: applied ${chosen.length} fix${chosen.length === 1 ? '' : 'es'}.` : 'Copydesk: no fixes applied.',
  );
  return applied ? chosen.length : 0;
}

/** Copydesk: Convert Dates and Times to AP Style — on the selection (or the whole draft when nothing is selected). */
export async function convertDates(client: CopydeskClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const sel = editor.selection;
  // Plain positions: in the browser the request is posted to a worker (structured clone), which
  // copies a vscode.Position's private fields, not the line and character it stands for.
  const range = sel.isEmpty ? undefined : client.code2ProtocolConverter.asRange(sel);
  const items = await requestFixes(client, { uri: editor.document.uri.toString(), families: ['date', 'time'], ...(range ? { range } : {}) });
  const where = range ? 'in the selection' : 'in this draft';
  if (items.length === 0) {
    tell(`Copydesk: no dates or times to convert ${where}; they are already in AP style.`);
    return;
  }
  const applied = await vscode.workspace.applyEdit(toEdit(editor.document.uri, items));
  const n = items.length;
  tell(applied ? `Copydesk: converted ${n} ${n === 1 ? 'date or time' : 'dates and times'} to AP style ${where}.` : 'Copydesk: the draft changed meanwhile; nothing was converted. Run the command again.');
}

const DRAFT_GLOB = '**/*.{release,txt,md,markdown}';
const LANGUAGE_BY_EXTENSION: Record<string, string> = { release: 'press-release', txt: 'plaintext', md: 'markdown', markdown: 'markdown' };

/** Copydesk: Check Workspace — checks drafts that are not open and fills the Problems panel. */
export async function checkWorkspace(client: CopydeskClient, collection: vscode.DiagnosticCollection): Promise<number> {
  const languages = vscode.workspace.getConfiguration('copydesk').get<string[]>('languages', []);
  const files = await vscode.workspace.findFiles(DRAFT_GLOB, '{**/node_modules/**,**/.git/**,**/.cache/**,**/out/**,**/dist/**}');
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  let checked = 0;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking the workspace', cancellable: true },
    async (progress, token) => {
      collection.clear();
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / files.length });
        const languageId = LANGUAGE_BY_EXTENSION[uri.path.split('.').pop()?.toLowerCase() ?? ''];
        if (!languageId || !languages.includes(languageId) || open.has(uri.toString())) continue;
        const bytes = await vscode.workspace.fs.readFile(uri);
        const text = new TextDecoder('utf-8').decode(bytes);
        const diagnostics = await client.sendRequest(CheckFileRequest, { uri: uri.toString(), text, languageId });
        collection.set(uri, await client.protocol2CodeConverter.asDiagnostics(diagnostics));
        checked++;
      }
    },
  );
  void vscode.window.showInformationMessage(`Copydesk: checked ${checked} closed draft${checked === 1 ? '' : 's'} in the workspace (open drafts are checked as you type).`);
  return checked;
}
