/** The palette commands that go beyond LSP: fix-all with a preview, the style report, the workspace check, date conversion. */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { CheckFileRequest, FixesParams, FixesRequest, FixItem } from '../../protocol/messages';
import { CLIENT_SETTINGS } from '../../protocol/settings';

const FAMILY_LABELS: Record<string, string> = {
  rank: 'Ranks',
  attribution: 'Attribution',
  quote: 'Quotation punctuation',
  date: 'Dates',
  time: 'Times',
  acronym: 'Acronyms',
  number: 'Numbers',
  title: 'Titles',
  place: 'Places and datelines',
  usage: 'Usage',
  structure: 'Release structure',
};

/**
 * The fixes as one edit, each labelled with its rule family (the preview groups by these labels).
 * With `preview` (the end of the draft), VS Code shows the Refactor Preview because an entry needs
 * confirmation. It opens entries that need confirmation *unchecked*, so the fixes themselves must
 * not carry the flag (Apply would then apply nothing): a single empty entry carries it instead.
 */
function toEdit(uri: vscode.Uri, items: FixItem[], preview?: vscode.Position): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const item of items) {
    const family = item.rule.split('/')[0];
    const metadata: vscode.WorkspaceEditEntryMetadata = {
      label: FAMILY_LABELS[family] ?? family,
      description: item.rule,
      needsConfirmation: false,
    };
    for (const e of item.edits) {
      const range = new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character);
      edit.replace(uri, range, e.newText, metadata);
    }
  }
  if (preview) {
    // An empty insert at the end of the draft: its line in the preview shows no change.
    edit.insert(uri, preview, '', {
      label: 'Copydesk: Apply makes the checked fixes',
      description: 'this entry changes nothing',
      needsConfirmation: true,
    });
  }
  return edit;
}

function requestFixes(client: LanguageClient, params: FixesParams): Promise<FixItem[]> {
  return client.sendRequest(FixesRequest, params);
}

/** Copydesk: Fix All Issues — the certain fixes, previewed grouped by rule family unless the user turned the preview off. */
export async function fixAll(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Copydesk: open a draft to fix.');
    return;
  }
  const doc = editor.document;
  const items = await requestFixes(client, { uri: doc.uri.toString() });
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Copydesk: nothing to fix automatically.');
    return;
  }
  const preview = vscode.workspace.getConfiguration('copydesk', doc.uri).get<boolean>('fixAll.preview', CLIENT_SETTINGS['fixAll.preview'].default);
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  const applied = await vscode.workspace.applyEdit(toEdit(doc.uri, items, preview ? end : undefined));
  void vscode.window.showInformationMessage(
    applied ? `Copydesk: applied ${items.length} fix${items.length === 1 ? '' : 'es'}.` : 'Copydesk: no fixes applied.',
  );
}

/** Copydesk: Convert Dates and Times to AP Style — on the selection (or the whole draft when nothing is selected). */
export async function convertDates(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const sel = editor.selection;
  const range = sel.isEmpty ? undefined : { start: sel.start, end: sel.end };
  const items = await requestFixes(client, { uri: editor.document.uri.toString(), families: ['date', 'time'], ...(range ? { range } : {}) });
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Copydesk: no dates or times to convert here.');
    return;
  }
  await vscode.workspace.applyEdit(toEdit(editor.document.uri, items));
}

const DRAFT_GLOB = '**/*.{release,txt,md,markdown}';
const LANGUAGE_BY_EXTENSION: Record<string, string> = { release: 'press-release', txt: 'plaintext', md: 'markdown', markdown: 'markdown' };

/** Copydesk: Check Workspace — checks drafts that are not open and fills the Problems panel. */
export async function checkWorkspace(client: LanguageClient, collection: vscode.DiagnosticCollection): Promise<number> {
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
