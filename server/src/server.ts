/**
 * Composition root of the Copydesk language server: the connection, the capabilities it
 * announces, and the features registered on it. The checking itself lives in ./checker.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from './providers/analysis';
import { CODE_ACTION_KINDS } from './providers/codeActions';
import { registerFeatures } from './providers/register';
import { HoverOptions } from './providers/hover';
import { ruleLinks } from './providers/convert';
import { SettingsCache } from './providers/settings';
import { SOURCE } from '../../protocol';
import { InitializationOptions, TrustNotification } from '../../protocol/messages';
import { forgetConfigCache } from '../../node/projectConfig';
import { stdioTransport } from './transport';
import { checkedSync } from './providers/sync';

const stdio = stdioTransport();
const connection = stdio ? createConnection(ProposedFeatures.all, stdio.reader, stdio.writer) : createConnection(ProposedFeatures.all);
// A promise nobody handles is a bug, but one draft's bug must not take the editor's checking down
// with it: Node would end the process. It is written to standard error (the client's output
// channel; the LSP tests read it and fail on it) and the server keeps serving.
process.on('unhandledRejection', (reason) => {
  const why = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
  console.error(`copydesk: unhandled rejection (a bug; the server keeps running): ${why}`);
});
const documents = new TextDocuments(TextDocument);
const settings = new SettingsCache(connection);
const analyzer = new Analyzer(settings);
let pull = false;
// What the client's own hover already shows (InitializationOptions.hoverShowsDiagnostics).
const hoverOptions: HoverOptions = {};
/** The client runs the project-file quick actions (InitializationOptions.projectActions). */
let projectActions = false;

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  settings.supportsConfiguration = caps.workspace?.configuration === true;
  pull = caps.textDocument?.diagnostic !== undefined;
  const init = (params.initializationOptions ?? {}) as InitializationOptions;
  analyzer.trusted = init.trusted !== false;
  hoverOptions.editorShowsMessages = init.hoverShowsDiagnostics === true;
  ruleLinks.style = init.ruleLinks === 'command' ? 'command' : 'web';
  if (typeof init.rulePages === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(init.rulePages)) ruleLinks.pages = init.rulePages;
  projectActions = init.projectActions === true;
  const result: InitializeResult = {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
      documentSymbolProvider: true,
      completionProvider: { triggerCharacters: [' '] },
    },
    serverInfo: { name: SOURCE, version: '0.1.0' },
  };
  if (pull) {
    result.capabilities.diagnosticProvider = { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false };
  }
  return result;
});

// Every feature: its LSP wiring in providers/register.ts, the feature itself a pure function of the analysis.
const diagnostics = registerFeatures(connection, documents, analyzer, () => pull, hoverOptions, () => projectActions);

const reset = (): void => {
  settings.clear();
  analyzer.clear();
  diagnostics.refresh();
};
connection.onDidChangeConfiguration(reset);
// A `.copydesk.json` created, changed or deleted anywhere: every open draft may use it.
connection.onDidChangeWatchedFiles(() => {
  forgetConfigCache();
  reset();
});
// Clients that do not watch files still tell us when the project file is saved.
documents.onDidSave((e) => {
  if (e.document.uri.endsWith('/.copydesk.json')) {
    forgetConfigCache();
    reset();
  }
});
// Typed as TrustParams, read as unknown: a client may send anything.
connection.onNotification(TrustNotification, (p: unknown) => {
  const trusted: unknown = typeof p === 'object' && p !== null ? (p as { trusted?: unknown }).trusted : undefined;
  if (typeof trusted !== 'boolean') {
    connection.console.warn(`Copydesk ignored a malformed ${TrustNotification.method}: \`trusted\` is not true or false.`);
    return;
  }
  analyzer.trusted = trusted;
  reset();
});

// Malformed open, change, close and save notifications are dropped with a log line (sync.ts).
documents.listen(checkedSync(connection, (message) => connection.console.warn(message)));
connection.listen();
