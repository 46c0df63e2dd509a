import { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { compatibleFixes, Finding, reportMarkdown, styleReport } from '../../../checker';
import { CheckFileRequest, FixesRequest, MemoryRequest, ReportRequest } from '../../../protocol/messages';
import { Analyzer } from './analysis';
import { toDiagnostic, toTextEdits } from './convert';
import { skippedDiagnostics } from './inputGate';

/** The custom requests behind the client's commands: fix-all preview, style report, workspace check. */
export function registerRequests(connection: Connection, documents: TextDocuments<TextDocument>, analyzer: Analyzer): void {
  connection.onRequest(FixesRequest, async (params, token) => {
    const doc = documents.get(params.uri);
    if (!doc) return [];
    const analysis = await analyzer.analyze(doc, token);
    if (!analysis) return [];
    const lo = params.range ? doc.offsetAt(params.range.start) : 0;
    const hi = params.range ? doc.offsetAt(params.range.end) : Number.MAX_SAFE_INTEGER;
    const wanted = analysis.findings.filter(
      (f) => f.start >= lo && f.end <= hi && (!params.families || params.families.includes(f.rule.split('/')[0])),
    );
    return compatibleFixes(wanted).map((f) => ({ rule: f.rule, title: f.fix.title, edits: toTextEdits(doc, f.fix) }));
  });

  connection.onRequest(ReportRequest, async (params, token) => {
    const doc = documents.get(params.uri);
    if (!doc) return null;
    const analysis = await analyzer.analyze(doc, token);
    if (!analysis) return null;
    const title = decodeURIComponent(doc.uri.split('/').pop() ?? doc.uri);
    const acronyms = { ...analysis.settings.acronyms, ...(analyzer.trusted ? (analysis.config?.options.acronyms ?? {}) : {}) };
    return { markdown: reportMarkdown(title, styleReport(analysis.release, analysis.findings, { acronyms })) };
  });

  connection.onRequest(MemoryRequest, () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const m = process.memoryUsage();
    return { heapUsed: m.heapUsed, rss: m.rss, collected: gc !== undefined };
  });

  connection.onRequest(CheckFileRequest, async (params) => {
    const doc = TextDocument.create(params.uri, params.languageId, 0, params.text);
    const analysis = await analyzer.analyzeDetached(doc);
    return skippedDiagnostics(doc) ?? (analysis ?? ([] as Finding[])).map((f) => toDiagnostic(doc, f));
  });
}
