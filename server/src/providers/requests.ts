import { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { compatibleFixes, FAMILY_NAMES, Finding, fixAllTakes, reportMarkdown, RULE_BY_ID, styleReport } from '../../../checker';
import { FixesParams, FixItem, MemoryReport } from '../../../protocol/messages';
import { Analysis } from './analysis';
import { toDiagnostic, toTextEdits } from './convert';
import { skippedDiagnostics } from './inputGate';

/**
 * The fix-all preview (`copydesk/fixes`): the compatible fixes of the findings inside
 * `params.range` (the whole draft without one), of the rule families asked for (all without),
 * of the severities `params.include` takes (every severity without it: Convert Dates asks so).
 */
export function fixes(analysis: Analysis, doc: TextDocument, params: FixesParams): FixItem[] {
  const lo = params.range ? doc.offsetAt(params.range.start) : 0;
  const hi = params.range ? doc.offsetAt(params.range.end) : Number.MAX_SAFE_INTEGER;
  const include = params.include === 'errorsAndWarnings' ? 'errorsAndWarnings' : 'all';
  const wanted = analysis.findings.filter(
    (f) => f.start >= lo && f.end <= hi && (!params.families || params.families.includes(f.rule.split('/')[0])) && fixAllTakes(f, include),
  );
  return compatibleFixes(wanted).map((f) => {
    const family = RULE_BY_ID.get(f.rule)?.family;
    return { rule: f.rule, familyName: family ? FAMILY_NAMES[family] : 'Other fixes', severity: f.severity, title: f.fix.title, edits: toTextEdits(doc, f.fix) };
  });
}

/**
 * The style report (`copydesk/report`), titled with the draft's file name. The project file's
 * acronyms count only in a trusted workspace (`trusted`: the server's trust when it answers).
 */
export function report(analysis: Analysis, doc: TextDocument, trusted = analysis.trusted): { markdown: string } {
  const title = decodeURIComponent(doc.uri.split('/').pop() ?? doc.uri);
  const acronyms = { ...analysis.settings.acronyms, ...(trusted ? (analysis.config?.options.acronyms ?? {}) : {}) };
  return { markdown: reportMarkdown(title, styleReport(analysis.release, analysis.findings, { acronyms })) };
}

/** `copydesk/checkFile` (Check Workspace): a draft that is not open, as diagnostics; `findings` undefined when it is not checked. */
export function fileDiagnostics(doc: TextDocument, findings: Finding[] | undefined): Diagnostic[] {
  return skippedDiagnostics(doc) ?? (findings ?? []).map((f) => toDiagnostic(doc, f));
}

/** `copydesk/memory`: the server's heap, after a collection when Node runs with --expose-gc. */
export function memoryReport(): MemoryReport {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, rss: m.rss, collected: gc !== undefined };
}
