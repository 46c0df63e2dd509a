/**
 * Composition root of the Copydesk language server: the connection, the capabilities it
 * announces, and the features registered on it. The checking itself lives in ./checker.
 */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from './features/analysis';
import { registerCodeActions, CODE_ACTION_KINDS } from './features/codeActions';
import { registerDiagnostics } from './features/diagnostics';
import { registerHover } from './features/hover';
import { SettingsCache } from './features/settings';
import { registerSymbols } from './features/symbols';
import { SOURCE } from './shared';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const settings = new SettingsCache(connection);
const analyzer = new Analyzer(settings);
let pull = false;

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  settings.supportsConfiguration = caps.workspace?.configuration === true;
  pull = caps.textDocument?.diagnostic !== undefined;
  const result: InitializeResult = {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
      documentSymbolProvider: true,
    },
    serverInfo: { name: SOURCE, version: '0.1.0' },
  };
  if (pull) {
    result.capabilities.diagnosticProvider = { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false };
  }
  return result;
});

const diagnostics = registerDiagnostics(connection, documents, analyzer, () => pull);
registerHover(connection, documents, analyzer);
registerCodeActions(connection, documents, analyzer);
registerSymbols(connection, documents, analyzer);

connection.onDidChangeConfiguration(() => {
  settings.clear();
  analyzer.clear();
  diagnostics.refresh();
});

documents.listen(connection);
connection.listen();
