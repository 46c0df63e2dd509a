/**
 * Help that works offline: every rule page ships inside the extension (docs/rules/<id>.md) and
 * opens in VS Code's Markdown preview, from the hover's rule link (a `command:copydesk.explainRule?…`
 * link), a problem's rule link (the page's own URI, shown rendered) and the command
 * "Copydesk: Explain a Rule", a list of every rule by family with its one-line description.
 */
import * as vscode from 'vscode';
import { Commands, rulePageFile } from '../../protocol';

interface RuleEntry {
  id: string;
  family: string;
  familyName: string;
  description: string;
}

/**
 * The rules as the manifest lists them for the Settings editor (scripts/rule-settings.js writes
 * them from the registry): the client needs their ids and descriptions, not the checker itself.
 */
export function manifestRules(context: vscode.ExtensionContext): RuleEntry[] {
  const json = context.extension.packageJSON as { contributes?: { configuration?: { properties?: Record<string, { properties?: Record<string, { description?: string }> }> } } };
  const entries = json.contributes?.configuration?.properties?.['copydesk.rules']?.properties ?? {};
  const names = new Map<string, string>();
  const rules: RuleEntry[] = [];
  for (const [key, value] of Object.entries(entries)) {
    const text = value.description ?? '';
    const colon = text.indexOf(': ');
    if (!key.includes('/')) {
      names.set(key, colon > 0 ? text.slice(0, colon) : key);
      continue;
    }
    const family = key.split('/')[0];
    rules.push({ id: key, family, familyName: '', description: (colon > 0 ? text.slice(colon + 2) : text).replace(/\s*\(Default: [^)]*\)\s*$/, '') });
  }
  for (const r of rules) r.familyName = names.get(r.family) ?? r.family;
  return rules;
}

/** Opens a rule's packaged page rendered, beside the draft; a quick pick of every rule without an id. */
export async function explainRule(context: vscode.ExtensionContext, ruleId?: unknown): Promise<string | undefined> {
  const rules = manifestRules(context);
  let id = typeof ruleId === 'string' ? ruleId : undefined;
  if (id !== undefined && !rules.some((r) => r.id === id)) {
    void vscode.window.showInformationMessage(`Copydesk has no rule "${id}". Choose one from the list.`);
    id = undefined;
  }
  if (id === undefined) {
    const items: Array<vscode.QuickPickItem & { id?: string }> = [];
    let family: string | undefined;
    for (const r of [...rules].sort((a, b) => a.familyName.localeCompare(b.familyName) || a.id.localeCompare(b.id))) {
      if (r.family !== family) {
        items.push({ label: r.familyName, kind: vscode.QuickPickItemKind.Separator });
        family = r.family;
      }
      items.push({ label: r.id, detail: r.description, id: r.id });
    }
    const picked = await vscode.window.showQuickPick(items, { title: 'Copydesk: Explain a Rule', placeHolder: 'Type a word (rank, date, caption…) to find a rule', matchOnDetail: true });
    id = picked?.id;
    if (!id) return undefined;
  }
  const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', rulePageFile(id));
  try {
    await vscode.workspace.fs.stat(page);
  } catch {
    void vscode.window.showInformationMessage(`Copydesk: the page of ${id} is missing from this installation.`);
    return undefined;
  }
  await vscode.commands.executeCommand('markdown.showPreviewToSide', page);
  return id;
}

/** The folder of rule pages inside the installed extension. */
export function rulePagesUri(context: vscode.ExtensionContext): vscode.Uri {
  return vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
}

/**
 * A rule page opened as a file (a problem's rule link in the Problems panel or in the hover) is
 * shown rendered instead, in the same place: the writer reads the page, not its Markdown source.
 */
function renderRulePages(context: vscode.ExtensionContext): vscode.Disposable {
  const base = rulePagesUri(context).toString() + '/';
  return vscode.window.onDidChangeActiveTextEditor(async (editor) => {
    const uri = editor?.document.uri;
    if (!uri || !uri.toString().startsWith(base) || !uri.path.endsWith('.md')) return;
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    if (tab) await vscode.window.tabGroups.close(tab);
  });
}

export function registerHelp(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.explainRule, (id?: unknown) => explainRule(context, id)),
    renderRulePages(context),
  );
}
