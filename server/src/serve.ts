/**
 * The Copydesk language server on a connection: the capabilities it announces and the features
 * registered on it, the same on the desktop (./server.ts, a Node process) and in the browser
 * (./browser.ts, a web worker). The checking itself lives in ../../checker; what differs between
 * the two is given in `ServerPlatform`.
 */
import { Connection, TextDocuments, TextDocumentSyncKind, InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from './providers/analysis';
import { CODE_ACTION_KINDS } from './providers/codeActions';
import { registerFeatures } from './providers/register';
import { HoverOptions } from './providers/hover';
import { ruleLinks } from './providers/convert';
import { SettingsCache } from './providers/settings';
import { ClientProjectFiles, ProjectFiles } from './providers/projects';
import { ClientParagraphStyles, NO_STYLES, ParagraphStyles } from './providers/styles';
import { CONFIG_NAME, DOCX_SCHEME, SOURCE } from '../../protocol';
import { InitializationOptions, ParagraphStylesRequest, ProjectFileRequest, TrustNotification } from '../../protocol/messages';
import { checkedSync, editsOf } from './providers/sync';

export interface ServerPlatform {
  /**
   * Where drafts' project files come from, given the client's reader when the client has one
   * (InitializationOptions.projectFiles): the desktop reads `file:` drafts' from disk.
   */
  projects(client: () => ProjectFiles | undefined): ProjectFiles;
}

export function serve(connection: Connection, platform: ServerPlatform): void {
  /** The client's reader of project files, once the client says it has one. */
  let clientProjects: ProjectFiles | undefined;
  const projects = platform.projects(() => clientProjects);
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsCache(connection);
  /** A Word document view's paragraph styles, from the client once it says it has them (InitializationOptions.paragraphStyles). */
  let clientStyles: ParagraphStyles = NO_STYLES;
  const styles: ParagraphStyles = {
    find: (uri) => clientStyles.find(uri),
    at: (uri, read, version, text) => clientStyles.at(uri, read, version, text),
    changed: (uri, from, to, edits) => clientStyles.changed(uri, from, to, edits),
    forget: (uri) => clientStyles.forget(uri),
  };
  const analyzer = new Analyzer(settings, projects, styles);
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
    if (init.projectFiles === true) {
      clientProjects = new ClientProjectFiles(
        (uri) => connection.sendRequest(ProjectFileRequest, { uri }),
        (message) => connection.console.warn(message),
      );
    }
    if (init.paragraphStyles === true) {
      clientStyles = new ClientParagraphStyles(
        (uri) => connection.sendRequest(ParagraphStylesRequest, { uri }),
        (message) => connection.console.warn(message),
      );
    }
    const result: InitializeResult = {
      capabilities: {
        // `save`: a client sends didSave only when asked, and a saved .copydesk.json the file
        // watcher does not see (above the workspace folder, beside a draft opened from outside it)
        // reaches the server only that way (documents.onDidSave below).
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
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
    projects.forget();
    reset();
  });
  // Clients that do not watch files still tell us when the project file is saved.
  documents.onDidSave((e) => {
    if (e.document.uri.endsWith(`/${CONFIG_NAME}`)) {
      projects.forget();
      reset();
    } else if (e.document.uri.startsWith(`${DOCX_SCHEME}:`)) {
      // Saved into the .docx: its paragraphs' styles are read again from what was written.
      analyzer.styles.forget(e.document.uri);
      diagnostics.refresh();
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
  documents.listen(
    checkedSync(
      connection,
      (message) => connection.console.warn(message),
      // A Word document view's styles follow each edit (providers/styles.ts), read before the documents apply it.
      (params) => {
        const doc = params.textDocument.uri.startsWith(`${DOCX_SCHEME}:`) ? documents.get(params.textDocument.uri) : undefined;
        if (doc) styles.changed(doc.uri, doc.version, params.textDocument.version, editsOf(doc, params.contentChanges));
      },
    ),
  );
  connection.listen();
}
