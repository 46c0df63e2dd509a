import { CodeAction, CodeActionKind, CodeActionParams, Diagnostic, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Fix, fixAllFixes } from '../../../checker';
import { FIX_ALL_KIND, SOURCE } from '../../../protocol';
import { Analysis } from './analysis';
import { readDiagnosticData, toRange, toTextEdits } from './convert';
import { projectActions } from './projectActions';

export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** The kinds the client asked for (`context.only`), read, never trusted: a malformed entry is left out. */
function onlyKinds(params: CodeActionParams): string[] | undefined {
  const context: unknown = params.context;
  const rawOnly = isObject(context) ? context.only : undefined;
  return Array.isArray(rawOnly) ? rawOnly.filter((k): k is string => typeof k === 'string') : undefined;
}

const wanted = (only: string[] | undefined, kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));

/** Whether the request asks for fix-all, the one code action that needs the document's analysis. */
export function wantsFixAll(params: CodeActionParams): boolean {
  const only = onlyKinds(params);
  return wanted(only, FIX_ALL_KIND) || (only?.includes(CodeActionKind.Source) ?? false);
}

/**
 * The code actions for a request: quick fixes from each diagnostic the client sent back
 * (`quickFixes`), then fix-all from `analysis` (`fixAll`). `analysis` is undefined for a document
 * Copydesk does not check (off, too large, binary): it gets quick fixes only.
 */
export function codeActions(analysis: Analysis | undefined, doc: TextDocument, params: CodeActionParams, project = false): CodeAction[] {
  return [...quickFixes(doc, params, project), ...(analysis ? fixAll(analysis, doc, params) : [])];
}

/**
 * Quick fixes come from each diagnostic's `data` (matched on code and data, never on message
 * text), so they need no analysis: a fix, its suggestions, then (when the client runs them,
 * `project`) the actions that write the project file instead of the draft, and last disabling
 * the rule on the line, the one action that writes a directive into the draft.
 */
export function quickFixes(doc: TextDocument, params: CodeActionParams, project = false): CodeAction[] {
  // What the client sends back is read, never trusted: a malformed `only`, diagnostic or fix is left out.
  const context: unknown = params.context;
  const actions: CodeAction[] = [];
  if (!wanted(onlyKinds(params), CodeActionKind.QuickFix)) return actions;
  const diagnostics: unknown = isObject(context) ? context.diagnostics : undefined;
  const length = doc.getText().length;
  const ours = Array.isArray(diagnostics) ? (diagnostics as unknown[]).filter((d) => isDiagnostic(d) && d.source === SOURCE) : [];
  for (const d of Array.isArray(diagnostics) ? (diagnostics as unknown[]) : []) {
    if (!isDiagnostic(d) || d.source !== SOURCE || typeof d.code !== 'string') continue;
    const data = d.data === undefined || d.data === null ? undefined : readDiagnosticData(d.data, length);
    if (data && data.version !== doc.version) continue;
    if (data?.fix) actions.push(quickFix(doc, d, data.fix, true));
    for (const s of data?.suggestions ?? []) actions.push(quickFix(doc, d, s, false));
    // Only for a diagnostic of this version: its range names the text to accept or ignore.
    if (project && data) actions.push(...projectActions(doc, d, ours.length > 1));
    actions.push(disableOnLine(doc, d));
  }
  return actions;
}

/**
 * Fix all, when the request asks for it (`wantsFixAll`): the compatible fixes of the current
 * analysis that Fix All takes under `copydesk.fixAll.include` (errors and warnings by default,
 * as the writer sees their severities), never fixes from a stale version. Offered when there is
 * something to fix, or always when the client asked for the fix-all kind by name.
 */
export function fixAll(analysis: Analysis, doc: TextDocument, params: CodeActionParams): CodeAction[] {
  if (!wantsFixAll(params)) return [];
  const edits = fixAllFixes(analysis.findings, analysis.settings['fixAll.include'])
    .flatMap((f) => f.fix.edits)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  if (edits.length === 0 && !(onlyKinds(params)?.includes(FIX_ALL_KIND) ?? false)) return [];
  return [
    {
      title: 'Fix all Copydesk issues',
      kind: FIX_ALL_KIND,
      edit: { changes: { [doc.uri]: edits.map((e) => ({ range: toRange(doc, e.start, e.end), newText: e.newText })) } },
    },
  ];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** A diagnostic with a range of whole, non-negative positions (the line is all a disable action needs). */
function isDiagnostic(d: unknown): d is Diagnostic {
  if (!isObject(d) || !isObject(d.range)) return false;
  const { start, end } = d.range;
  return isObject(start) && isObject(end) && isIndex(start.line) && isIndex(start.character) && isIndex(end.line) && isIndex(end.character);
}

function quickFix(doc: TextDocument, d: Diagnostic, fix: Fix, preferred: boolean): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    isPreferred: preferred,
    edit: { changes: { [doc.uri]: toTextEdits(doc, fix) } },
  };
}

/** Inserts a `copydesk-disable-next-line RULE` line (an HTML comment in Markdown) above the finding. */
function disableOnLine(doc: TextDocument, d: Diagnostic): CodeAction {
  const line = d.range.start.line;
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  const directive = `copydesk-disable-next-line ${String(d.code)}`;
  const newText = `${indent}${doc.languageId === 'markdown' ? `<!-- ${directive} -->` : directive}${eol}`;
  const edit: TextEdit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText };
  return {
    title: `Disable ${String(d.code)} on this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { changes: { [doc.uri]: [edit] } },
  };
}
