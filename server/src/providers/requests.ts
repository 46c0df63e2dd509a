import { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BEFORE_RELEASE_FAMILIES, compatibleFixes, FAMILY_NAMES, familyName, Finding, fixAllTakes, reportMarkdown, RULE_BY_ID, styleReport, StyleReport } from '../../../checker';
import { FixesParams, FixItem, MemoryReport, ReportEntry, ReportFinding, ReportView } from '../../../protocol/messages';
import { Analysis } from './analysis';
import { toDiagnostic, toRange, toTextEdits } from './convert';
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
export function report(analysis: Analysis, doc: TextDocument, trusted = analysis.trusted): { markdown: string; view: ReportView } {
  const title = decodeURIComponent(doc.uri.split('/').pop() ?? doc.uri);
  const acronyms = { ...analysis.settings.acronyms, ...(trusted ? (analysis.config?.options.acronyms ?? {}) : {}) };
  const r = styleReport(analysis.release, analysis.findings, { acronyms });
  return { markdown: reportMarkdown(title, r), view: reportView(doc, analysis, r) };
}

/** The report as data with ranges in the draft, for the live view: what the writer clicks goes there. */
function reportView(doc: TextDocument, analysis: Analysis, r: StyleReport): ReportView {
  const entry = (start: number, end: number, text: string, detail?: string): ReportEntry => ({
    range: toRange(doc, start, end),
    text,
    ...(detail !== undefined ? { detail } : {}),
  });
  const quoted = (start: number, end: number): string => {
    const t = analysis.release.original.slice(start, end).replace(/\s+/g, ' ');
    return t.length > 70 ? `${t.slice(0, 69)}…` : t;
  };
  const finding = (f: StyleReport['findings'][number]): ReportFinding => ({ ...entry(f.start, f.end, quoted(f.start, f.end), f.message), rule: f.rule, severity: f.severity });
  const families = new Map<string, ReportView['families'][number]>();
  const beforeRelease: ReportFinding[] = [];
  for (const f of r.findings) {
    const family = f.rule.split('/')[0];
    if (BEFORE_RELEASE_FAMILIES.includes(family)) {
      beforeRelease.push(finding(f));
      continue;
    }
    const group = families.get(family) ?? { family, name: familyName(f.rule), findings: [] };
    group.findings.push(finding(f));
    families.set(family, group);
  }
  const readiness = r.counts.error > 0 || r.beforeRelease.blocking ? 'not-ready' : r.counts.warning > 0 ? 'review' : 'ready';
  return {
    version: doc.version,
    clearance: r.clearance,
    readiness,
    reminder: r.beforeRelease.reminder,
    counts: r.counts,
    words: r.words,
    readingMinutes: r.readingMinutes,
    beforeRelease,
    families: [...families.values()],
    quotes: r.quotes.map((q) => entry(q.start, q.end, q.text, q.speaker ?? '(no attribution found)')),
    people: r.people.map((p) => entry(p.start, p.end, p.reference, `later: ${p.last}`)),
    bylines: r.bylines.map((b) => entry(b.start, b.end, b.text)),
    acronyms: r.acronyms.map((a) => entry(a.start, a.end, a.short, a.expansion ?? '(no expansion)')),
    captions: r.captions.map((c) => entry(c.start, c.end, c.text, [c.credit ?? '(no credit line)', ...(c.virin ? [`VIRIN ${c.virin}`] : [])].join(', '))),
    ships: r.ships.map((s) => entry(s.start, s.end, s.reference, s.later > 0 ? `named again with its prefix ${s.later} time${s.later === 1 ? '' : 's'}` : undefined)),
    units: r.units.map((u) => entry(u.start, u.end, u.reference)),
  };
}

/** `copydesk/checkFile` (Check Workspace): a draft that is not open, as diagnostics; `findings` undefined when it is not checked. */
export function fileDiagnostics(doc: TextDocument, findings: Finding[] | undefined): Diagnostic[] {
  return skippedDiagnostics(doc) ?? (findings ?? []).map((f) => toDiagnostic(doc, f));
}

/**
 * `copydesk/memory`: the server's heap, after a collection when Node runs with --expose-gc. A
 * server in a web worker has no process to measure: it answers zeros, `collected` false.
 */
export function memoryReport(): MemoryReport {
  const g = globalThis as { gc?: () => void; process?: { memoryUsage?: () => { heapUsed: number; rss: number } } };
  g.gc?.();
  const m = g.process?.memoryUsage?.();
  return { heapUsed: m?.heapUsed ?? 0, rss: m?.rss ?? 0, collected: g.gc !== undefined && m !== undefined };
}
