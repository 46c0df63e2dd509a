/**
 * The live Style Report: a panel beside the draft that follows every check of it. It lists the
 * findings grouped by family in reading order, the people, quotes and acronyms, and the clearance
 * line; every entry is a link to its place in the draft. It keeps its scroll position when it
 * updates, and says so when its draft is closed (showing the last check) until it is opened again.
 */
import * as vscode from 'vscode';
import type { CopydeskClient } from './lsp';
import { CheckedParams, ReportEntry, ReportFinding, ReportRequest, ReportView } from '../../protocol/messages';

/** A burst of checks (typing) updates the panel once, this long after the last one. */
const UPDATE_DELAY_MS = 150;

const SEVERITY_WORD: Record<ReportFinding['severity'], string> = { error: 'error', warning: 'warning', information: 'note', hint: 'suggestion' };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function link(e: ReportEntry, label: string): string {
  const r = e.range;
  return `<a href="#" class="go" data-range="${r.start.line},${r.start.character},${r.end.line},${r.end.character}" title="Go to line ${r.start.line + 1}">${label}</a>`;
}

function entryItem(e: ReportEntry): string {
  return `<li>${link(e, escape(e.text))}${e.detail ? ` <span class="detail">${escape(e.detail)}</span>` : ''}</li>`;
}

function findingItem(f: ReportFinding): string {
  return `<li class="${f.severity}"><span class="sev">${SEVERITY_WORD[f.severity]}</span> ${link(f, `line ${f.range.start.line + 1}: “${escape(f.text)}”`)} ${escape(f.detail ?? '')} <span class="rule">${escape(f.rule)}</span></li>`;
}

function section(title: string, items: string[], empty?: string): string {
  if (items.length === 0) return empty === undefined ? '' : `<h2>${title}</h2><p class="none">${empty}</p>`;
  return `<h2>${title}</h2><ul>${items.join('')}</ul>`;
}

/** The panel's body for one report: built here, so the webview's script only swaps it in and sends clicks back. */
export function reportHtml(title: string, v: ReportView, checkedAt: Date): string {
  const n = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const suggestions = v.counts.hint > 0 ? ` and ${n(v.counts.hint, 'suggestion')} (dotted underlines, not in the Problems panel)` : '';
  return [
    `<h1>Style report: ${escape(title)}</h1>`,
    `<p class="checked">Checked at ${escape(checkedAt.toLocaleTimeString())}, as you type. ${n(v.words, 'word')}, about ${n(v.readingMinutes, 'minute')} to read.</p>`,
    `<p class="clearance ${v.readiness}" id="clearance"><strong>${escape(v.clearance)}</strong>${escape(suggestions)}.</p>`,
    `<p class="reminder">${escape(v.reminder)}</p>`,
    section('Before release: privacy and security', v.beforeRelease.map(findingItem), 'No markings, personal details or movement details to check.'),
    `<h2>Findings</h2>`,
    v.families.length === 0 ? '<p class="none">None.</p>' : v.families.map((g) => `<h3>${escape(g.name)} (${g.findings.length})</h3><ul>${g.findings.map(findingItem).join('')}</ul>`).join(''),
    section('People and their first references', v.people.map(entryItem), 'Nobody is introduced with a rank or title and a full name.'),
    section('Quotes and who is quoted', v.quotes.map(entryItem), 'No direct quotations.'),
    section('Acronyms', v.acronyms.map(entryItem), 'None.'),
    section('Byline', v.bylines.map(entryItem)),
    section('Photo captions', v.captions.map(entryItem)),
    section('Ships', v.ships.map(entryItem)),
    section('Units', v.units.map(entryItem)),
  ].join('\n');
}

function shell(nonce: string, cspSource: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>
body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);padding:0 1em 2em}
a.go{color:var(--vscode-textLink-foreground);text-decoration:none;cursor:pointer}a.go:hover{text-decoration:underline}
ul{padding-left:1.2em;margin:.2em 0}li{margin:.15em 0}
.detail,.rule,.checked,.none,.reminder{color:var(--vscode-descriptionForeground)}.rule{font-size:.9em}
.sev{display:inline-block;min-width:6.5em;font-size:.85em;text-transform:uppercase;letter-spacing:.03em}
li.error .sev{color:var(--vscode-editorError-foreground)}li.warning .sev{color:var(--vscode-editorWarning-foreground)}
li.information .sev{color:var(--vscode-editorInfo-foreground)}li.hint .sev{color:var(--vscode-descriptionForeground)}
.clearance{padding:.4em .6em;border-left:4px solid var(--vscode-editorInfo-foreground)}
.clearance.not-ready{border-color:var(--vscode-editorError-foreground)}.clearance.review{border-color:var(--vscode-editorWarning-foreground)}
.clearance.ready{border-color:var(--vscode-testing-iconPassed, var(--vscode-editorInfo-foreground))}
.banner{padding:.4em .6em;background:var(--vscode-inputValidation-warningBackground);border:1px solid var(--vscode-inputValidation-warningBorder)}
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.2em}h3{font-size:1em;margin:.8em 0 .2em}
</style></head><body><div id="banner"></div><div id="report"><p>Checking…</p></div>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
window.addEventListener('message', (e) => {
  const m = e.data;
  if (m.type === 'update') { document.getElementById('report').innerHTML = m.html; document.getElementById('banner').innerHTML = ''; }
  if (m.type === 'banner') { const b = document.getElementById('banner'); b.innerHTML = ''; if (m.text) { const p = document.createElement('p'); p.className = 'banner'; p.textContent = m.text; b.appendChild(p); } }
});
document.addEventListener('click', (e) => {
  const a = e.target instanceof Element ? e.target.closest('a.go') : null;
  if (!a) return;
  e.preventDefault();
  vscode.postMessage({ type: 'reveal', range: a.getAttribute('data-range') });
});
</script></body></html>`;
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the VS Code suite reads of an open report: what it shows now, and how often it was updated. */
export interface ReportState {
  uri: string;
  html: string;
  updates: number;
  closed: boolean;
}

/** One live report per draft. */
class LiveReport {
  readonly panel: vscode.WebviewPanel;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  state: ReportState;

  constructor(
    readonly uri: vscode.Uri,
    private readonly title: string,
    private readonly client: () => CopydeskClient | undefined,
    onDispose: () => void,
  ) {
    this.panel = vscode.window.createWebviewPanel('copydesk.report', `Style Report: ${title}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [],
      retainContextWhenHidden: true,
    });
    this.panel.webview.html = shell(nonce(), this.panel.webview.cspSource);
    this.state = { uri: uri.toString(), html: '', updates: 0, closed: false };
    this.panel.webview.onDidReceiveMessage((m: unknown) => void this.reveal(m));
    this.panel.onDidDispose(() => {
      if (this.timer) clearTimeout(this.timer);
      onDispose();
    });
  }

  /** Asks for the report again soon (a burst of checks makes one request). */
  schedule(delay = UPDATE_DELAY_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  async update(): Promise<void> {
    this.timer = undefined;
    const client = this.client();
    if (!client || this.closed) return;
    let result: { markdown: string; view: ReportView } | null;
    try {
      result = await client.sendRequest(ReportRequest, { uri: this.uri.toString() });
    } catch {
      return; // The server is restarting: the next check brings the report.
    }
    if (!result) {
      void this.panel.webview.postMessage({ type: 'banner', text: 'Copydesk does not check this document (see the copydesk.languages setting).' });
      return;
    }
    const html = reportHtml(this.title, result.view, new Date());
    this.state = { ...this.state, html, updates: this.state.updates + 1, closed: false };
    void this.panel.webview.postMessage({ type: 'update', html });
  }

  draftClosed(): void {
    this.closed = true;
    this.state = { ...this.state, closed: true };
    void this.panel.webview.postMessage({ type: 'banner', text: 'The draft is closed: this is its last check. Open the draft again to follow it.' });
  }

  draftOpened(): void {
    this.closed = false;
    this.schedule(0);
  }

  private async reveal(m: unknown): Promise<void> {
    const range = typeof m === 'object' && m !== null ? (m as { range?: unknown }).range : undefined;
    const parts = typeof range === 'string' ? range.split(',').map(Number) : [];
    if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0)) return;
    const selection = new vscode.Range(parts[0], parts[1], parts[2], parts[3]);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    try {
      const doc = await vscode.workspace.openTextDocument(this.uri);
      const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection, preserveFocus: false });
      editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } catch {
      void vscode.window.showInformationMessage('Copydesk: the draft of this report can no longer be opened.');
    }
  }
}

/** The open live reports: the command opens one, checks and open/close events keep them current. */
export class StyleReports implements vscode.Disposable {
  private readonly reports = new Map<string, LiveReport>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: () => CopydeskClient | undefined) {
    this.subscriptions = [
      vscode.workspace.onDidCloseTextDocument((d) => this.reports.get(d.uri.toString())?.draftClosed()),
      vscode.workspace.onDidOpenTextDocument((d) => this.reports.get(d.uri.toString())?.draftOpened()),
    ];
  }

  /** Copydesk: Style Report, on the active draft: opens its live report, or shows the one already open. */
  async show(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('Copydesk: open a draft to report on.');
      return;
    }
    const uri = editor.document.uri;
    const key = uri.toString();
    const open = this.reports.get(key);
    if (open) {
      open.panel.reveal(vscode.ViewColumn.Beside, true);
      await open.update();
      return;
    }
    const title = uri.path.split('/').pop() ?? key;
    const report = new LiveReport(uri, title, this.client, () => this.reports.delete(key));
    this.reports.set(key, report);
    await report.update();
  }

  /** A check finished: the report of that draft follows it. */
  onChecked(p: CheckedParams): void {
    this.reports.get(p.uri)?.schedule();
  }

  /** What each open report shows (the VS Code suite reads it through the extension's API). */
  states(): ReportState[] {
    return [...this.reports.values()].map((r) => r.state);
  }

  dispose(): void {
    for (const r of this.reports.values()) r.panel.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
