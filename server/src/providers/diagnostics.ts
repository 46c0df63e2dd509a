import { Connection, DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from './analysis';
import { toDiagnostic } from './convert';
import { CheckedNotification } from '../../../protocol/messages';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { Finding, parseConfig } from '../../../checker';
import { CONFIG_NAME } from '../../../node/projectConfig';
import { SOURCE } from '../../../protocol';
import { toRange } from './convert';
import { skippedDiagnostics } from './inputGate';

/** How long pushed diagnostics wait for the next edit of a burst before checking. */
export const PUSH_DELAY_MS = 15;

/** A project file open in the editor gets its own problems underlined, each naming its key. */
function configDiagnostics(doc: TextDocument): Diagnostic[] | undefined {
  if (!doc.uri.endsWith(`/${CONFIG_NAME}`)) return undefined;
  return parseConfig(doc.getText()).problems.map((p) => ({
    range: toRange(doc, p.start, p.end),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: 'config',
    message: `${p.message}. Drafts use the rest of the file and the defaults for this key.`,
  }));
}

/**
 * Pull diagnostics for clients that support them; pushed diagnostics (debounced per document)
 * for the rest. Both paths notify `copydesk/checked` so clients and tests can wait on a check.
 */
export function registerDiagnostics(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  analyzer: Analyzer,
  usePull: () => boolean,
): { refresh(): void } {
  const notify = (doc: TextDocument, findings: Finding[]): void => {
    const counts = { error: 0, warning: 0, information: 0, hint: 0 };
    for (const f of findings) counts[f.severity]++;
    void connection.sendNotification(CheckedNotification, { uri: doc.uri, version: doc.version, counts });
  };

  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const config = configDiagnostics(doc);
    if (config) return { kind: DocumentDiagnosticReportKind.Full, items: config };
    let analysis;
    try {
      analysis = await analyzer.analyze(doc, token);
    } catch (err) {
      // A newer version arrived first: never answer with stale diagnostics; the client asks again.
      // A request the client cancelled itself keeps its RequestCancelled (-32800).
      if (err instanceof ResponseError && err.code === LSPErrorCodes.ContentModified) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, err.message, { retriggerRequest: true });
      }
      throw err;
    }
    const findings = analysis?.findings ?? [];
    notify(doc, findings);
    const skipped = skippedDiagnostics(doc); // a file Copydesk does not check: one notice (inputGate.ts)
    return { kind: DocumentDiagnosticReportKind.Full, items: skipped ?? findings.map((f) => toDiagnostic(doc, f)) };
  });

  const timers = new Map<string, NodeJS.Timeout>();
  const push = async (doc: TextDocument): Promise<void> => {
    const config = configDiagnostics(doc);
    if (config) {
      await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: config });
      return;
    }
    let analysis;
    try {
      analysis = await analyzer.analyze(doc);
    } catch (err) {
      if (err instanceof ResponseError) return; // a newer version arrived: its own push follows
      throw err;
    }
    // Closed, or edited since: that version's own push follows.
    if (documents.get(doc.uri) !== doc || (analysis && analysis.version !== doc.version)) return;
    const findings = analysis?.findings ?? [];
    const skipped = skippedDiagnostics(doc); // a file Copydesk does not check: one notice (inputGate.ts)
    await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: skipped ?? findings.map((f) => toDiagnostic(doc, f)) });
    notify(doc, findings);
  };
  // A burst of edits (typing, a multi-cursor change) gets one check: pushed diagnostics wait until
  // the edits stop for PUSH_DELAY_MS. Checks are incremental, so the wait can be short.
  const schedule = (doc: TextDocument): void => {
    if (usePull()) return;
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        push(doc).catch((err: unknown) => {
          // No request to answer with the error: name the draft and the failure in the log.
          connection.console.error(`Copydesk could not check ${doc.uri}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        });
      }, PUSH_DELAY_MS),
    );
  };
  documents.onDidOpen((e) => schedule(e.document));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    analyzer.forget(e.document.uri);
    if (!usePull()) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  return {
    refresh() {
      // A client that cannot refresh answers with an error: that must not crash the server.
      if (usePull()) connection.languages.diagnostics.refresh().catch(() => undefined);
      else for (const doc of documents.all()) schedule(doc);
    },
  };
}
