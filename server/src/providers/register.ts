/**
 * The LSP wiring of the features, in one place: each request names an open draft, its analysis
 * is awaited here with the request's cancellation token, and the pure feature (hover.ts,
 * completion.ts, symbols.ts, codeActions.ts, requests.ts, diagnostics.ts) computes the answer.
 *
 * Awaiting `analyzer.analyze(doc, token)` is where a request fails: RequestCancelled (-32800)
 * when the client cancelled it, ContentModified (-32801) when a newer version arrived first
 * (analysis.ts). A document the server does not have, or does not check, gets the empty answer.
 */
import { CancellationToken, Connection, Diagnostic, DocumentDiagnosticReportKind, FullDocumentDiagnosticReport, LSPErrorCodes, ResponseError, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckedNotification, CheckFileRequest, FixesRequest, MemoryRequest, ReportRequest, ReportView } from '../../../protocol/messages';
import { Analysis, Analyzer } from './analysis';
import { fixAll, quickFixes, wantsFixAll } from './codeActions';
import { completions } from './completion';
import { checked, configDiagnostics, diagnostics, PUSH_DELAY_MS } from './diagnostics';
import { hover, HoverOptions } from './hover';
import { fileDiagnostics, fixes, memoryReport, report } from './requests';
import { documentSymbols } from './symbols';

type Handler<P, R> = (params: P, token: CancellationToken) => Promise<R>;
type Answer<P, R> = (doc: TextDocument, params: P, analysis: () => Promise<Analysis | undefined>) => R | Promise<R>;
type Named = { textDocument: { uri: string } };
const named = (p: Named): string => p.textDocument.uri;

/** The open drafts and their analyses, as request handlers read them. */
class Drafts {
  constructor(
    readonly documents: TextDocuments<TextDocument>,
    readonly analyzer: Analyzer,
  ) {}

  /**
   * A request on one open draft: `empty` when the server does not have it, otherwise `answer`,
   * given a way to await the draft's analysis (undefined when Copydesk does not check it) with
   * the request's token.
   */
  onDraft<P, R>(uriOf: (p: NoInfer<P>) => string, empty: NoInfer<R>, answer: Answer<P, R>): Handler<P, R> {
    return async (params, token) => {
      const doc = this.documents.get(uriOf(params));
      return doc ? answer(doc, params, () => this.analyzer.analyze(doc, token)) : empty;
    };
  }

  /** A request answered from the draft's analysis alone: `empty` for a draft unknown or not checked. */
  analysed<P, R>(uriOf: (p: NoInfer<P>) => string, empty: NoInfer<R>, feature: (analysis: Analysis, doc: TextDocument, params: P) => R): Handler<P, R> {
    return this.onDraft(uriOf, empty, async (doc, params, analysis) => {
      const a = await analysis();
      return a ? feature(a, doc, params) : empty;
    });
  }
}

/** Registers every feature on the connection; `refresh` re-checks every open draft (settings, trust or project file changed). */
export function registerFeatures(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  analyzer: Analyzer,
  usePull: () => boolean,
  hoverOptions: HoverOptions = {},
  projectActions: () => boolean = () => false,
): { refresh(): void } {
  const drafts = new Drafts(documents, analyzer);
  const diagnostics = registerDiagnostics(connection, drafts, usePull);
  connection.onHover(drafts.analysed(named, null, (a, doc, p) => hover(a, doc, p, hoverOptions)));
  connection.onCompletion(drafts.analysed(named, [], completions));
  connection.onDocumentSymbol(drafts.analysed(named, [], documentSymbols));
  connection.onRequest(FixesRequest, drafts.analysed((p) => p.uri, [], fixes));
  connection.onRequest(ReportRequest, drafts.analysed((p) => p.uri, null, (a, doc): { markdown: string; view: ReportView } | null => report(a, doc, analyzer.trusted)));
  // Quick fixes need no analysis (they come from the diagnostics sent back), so they are read
  // first; only fix-all waits for the check.
  connection.onCodeAction(
    drafts.onDraft(named, [], async (doc, params, analysis) => {
      const actions = quickFixes(doc, params, projectActions());
      if (!wantsFixAll(params)) return actions;
      const a = await analysis();
      return a ? [...actions, ...fixAll(a, doc, params)] : actions;
    }),
  );
  connection.onRequest(MemoryRequest, memoryReport);
  connection.onRequest(CheckFileRequest, async (params) => {
    const doc = TextDocument.create(params.uri, params.languageId, 0, params.text);
    return fileDiagnostics(doc, await analyzer.analyzeDetached(doc));
  });
  return diagnostics;
}

/**
 * Pull diagnostics for clients that support them; pushed diagnostics (debounced per document)
 * for the rest. Both paths notify `copydesk/checked` so clients and tests can wait on a check.
 */
function registerDiagnostics(connection: Connection, drafts: Drafts, usePull: () => boolean): { refresh(): void } {
  const { documents, analyzer } = drafts;
  const full = (items: Diagnostic[]): FullDocumentDiagnosticReport => ({ kind: DocumentDiagnosticReportKind.Full, items });
  connection.languages.diagnostics.on(
    drafts.onDraft(named, full([]), async (doc, _params, analysis) => {
      const config = configDiagnostics(doc);
      if (config) return full(config);
      let a;
      try {
        a = await analysis();
      } catch (err) {
        // A newer version arrived first: never answer with stale diagnostics; the client asks again.
        // A request the client cancelled itself keeps its RequestCancelled (-32800).
        if (err instanceof ResponseError && err.code === LSPErrorCodes.ContentModified) {
          throw new ResponseError(LSPErrorCodes.ServerCancelled, err.message, { retriggerRequest: true });
        }
        throw err;
      }
      void connection.sendNotification(CheckedNotification, checked(doc, a?.findings ?? []));
      return full(diagnostics(a, doc));
    }),
  );

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
    await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnostics(analysis, doc) });
    void connection.sendNotification(CheckedNotification, checked(doc, analysis?.findings ?? []));
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
