/**
 * The browser's language client: a small client of our own over vscode-jsonrpc, in place of
 * vscode-languageclient (whose browser build is most of what a web extension would download).
 * It speaks the same LSP to the same server, and covers what Copydesk's server offers and its
 * client code uses: document sync (incremental), pull diagnostics (retriggered when the server
 * cancels one), hovers, completion, document symbols, code actions, `workspace/configuration`,
 * configuration and watched-file changes, `workspace/applyEdit`, the server's messages and log,
 * custom requests and notifications both ways, and restarts through the error handler.
 */
import * as vscode from 'vscode';
import { createMessageConnection, MessageConnection, MessageReader, MessageWriter, NotificationType, RequestType, ResponseError } from 'vscode-jsonrpc/browser';
import type * as P from 'vscode-languageserver-protocol';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { CloseAction, CopydeskClient, ErrorAction, State } from './lsp';

const SERVER_CANCELLED = -32802;
/** window/showMessage's types (1 error, 2 warning, 3 info, 4 log) as the editor's notifications. */
const show = (type: number): 'showErrorMessage' | 'showWarningMessage' | 'showInformationMessage' => (type === 1 ? 'showErrorMessage' : type === 2 ? 'showWarningMessage' : 'showInformationMessage');

type Handler = { kind: 'request' | 'notification'; method: string; run: (params: never) => unknown };

/** The protocol's data of each diagnostic shown (quick fixes read it back from the code action context). */
const protocolOf = new WeakMap<vscode.Diagnostic, P.Diagnostic>();

const asPosition = (p: P.Position): vscode.Position => new vscode.Position(p.line, p.character);
const asRange = (r: P.Range): vscode.Range => new vscode.Range(asPosition(r.start), asPosition(r.end));
const toRange = (r: vscode.Range): P.Range => ({ start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } });

function asDiagnostic(d: P.Diagnostic): vscode.Diagnostic {
  const v = new vscode.Diagnostic(asRange(d.range), typeof d.message === 'string' ? d.message : d.message.value, d.severity === undefined ? vscode.DiagnosticSeverity.Error : d.severity - 1);
  if (d.code !== undefined) v.code = d.codeDescription ? { value: d.code, target: vscode.Uri.parse(d.codeDescription.href) } : d.code;
  if (d.source !== undefined) v.source = d.source;
  if (d.tags) v.tags = d.tags;
  if (d.relatedInformation) {
    v.relatedInformation = d.relatedInformation.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(r.location.uri), asRange(r.location.range)), r.message));
  }
  protocolOf.set(v, d);
  return v;
}

function toDiagnostic(v: vscode.Diagnostic): P.Diagnostic {
  const known = protocolOf.get(v);
  if (known) return known;
  const code = typeof v.code === 'object' ? v.code.value : v.code;
  return { range: toRange(v.range), message: v.message, severity: (v.severity + 1) as P.DiagnosticSeverity, code, source: v.source };
}

export class WebLanguageClient implements CopydeskClient {
  state: number = State.Stopped;
  #connection: MessageConnection | undefined;
  #starting: Promise<void> | undefined;
  #stopping = false;
  readonly #handlers = new Set<Handler>();
  /** Listeners and providers of the running connection. */
  #running: vscode.Disposable[] = [];
  readonly #synced = new Map<string, vscode.TextDocument>();
  readonly #pulls = new Map<string, vscode.CancellationTokenSource>();
  readonly #diagnostics: vscode.DiagnosticCollection;
  #output: vscode.OutputChannel | undefined;
  #capabilities: P.ServerCapabilities = {};

  readonly code2ProtocolConverter = { asRange: toRange };
  readonly protocol2CodeConverter = { asDiagnostics: (items: P.Diagnostic[]): Promise<vscode.Diagnostic[]> => Promise.resolve(items.map(asDiagnostic)) };

  readonly #name: string;
  readonly #transports: () => { reader: MessageReader; writer: MessageWriter };
  readonly #options: LanguageClientOptions;

  constructor(name: string, transports: () => { reader: MessageReader; writer: MessageWriter }, options: LanguageClientOptions) {
    this.#name = name;
    this.#transports = transports;
    this.#options = options;
    this.#diagnostics = vscode.languages.createDiagnosticCollection(options.diagnosticCollectionName);
  }

  #log(message: string): void {
    (this.#output ??= vscode.window.createOutputChannel(this.#name)).appendLine(message);
  }

  #selects(doc: vscode.TextDocument): boolean {
    return vscode.languages.match(this.#options.documentSelector as vscode.DocumentSelector, doc) > 0;
  }

  start(): Promise<void> {
    if (this.state === State.Running) return Promise.resolve();
    return (this.#starting ??= this.#connect().finally(() => (this.#starting = undefined)));
  }

  async #connect(): Promise<void> {
    this.state = State.Starting;
    const { reader, writer } = this.#transports();
    const connection = createMessageConnection(reader, writer, { error: (m) => this.#log(m), warn: (m) => this.#log(m), info: (m) => this.#log(m), log: (m) => this.#log(m) });
    this.#connection = connection;
    this.#stopping = false;
    connection.onError(([error, message, count]) => this.#onError(error, message, count));
    connection.onClose(() => void this.#onClose(connection));
    this.#listenToServer(connection);
    for (const h of this.#handlers) this.#attach(connection, h);
    connection.listen();
    try {
      const result = await connection.sendRequest<P.InitializeResult>('initialize', this.#initializeParams());
      this.#capabilities = result.capabilities;
      await connection.sendNotification('initialized', {});
    } catch (err) {
      this.state = State.Stopped;
      this.#connection = undefined;
      connection.dispose();
      throw err;
    }
    this.state = State.Running;
    this.#running = [...this.#sync(connection), ...this.#providers(connection)];
  }

  #initializeParams(): P.InitializeParams {
    return {
      processId: null,
      clientInfo: { name: vscode.env.appName, version: vscode.version },
      locale: vscode.env.language,
      rootUri: vscode.workspace.workspaceFolders?.[0]?.uri.toString() ?? null,
      workspaceFolders: vscode.workspace.workspaceFolders?.map((f) => ({ uri: f.uri.toString(), name: f.name })) ?? null,
      initializationOptions: this.#options.initializationOptions as unknown,
      capabilities: {
        workspace: {
          applyEdit: true,
          workspaceEdit: { documentChanges: true },
          configuration: true,
          didChangeConfiguration: {},
          didChangeWatchedFiles: {},
          workspaceFolders: true,
          diagnostics: { refreshSupport: true },
        },
        textDocument: {
          synchronization: { didSave: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] }, contextSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
          publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
          diagnostic: { relatedDocumentSupport: false },
        },
        window: { showMessage: {}, workDoneProgress: true },
      },
    };
  }

  /** What the server asks of the client. */
  #listenToServer(connection: MessageConnection): void {
    connection.onRequest('workspace/configuration', (params: P.ConfigurationParams) =>
      params.items.map((item) => {
        const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
        const config = vscode.workspace.getConfiguration(undefined, scope);
        const value: unknown = item.section ? config.get(item.section) : config;
        return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
      }),
    );
    connection.onRequest('workspace/applyEdit', async (params: P.ApplyWorkspaceEditParams) => ({ applied: await vscode.workspace.applyEdit(asWorkspaceEdit(params.edit)) }));
    connection.onRequest('workspace/diagnostic/refresh', () => {
      for (const doc of this.#synced.values()) this.#pull(doc);
    });
    connection.onRequest('workspace/workspaceFolders', () => vscode.workspace.workspaceFolders?.map((f) => ({ uri: f.uri.toString(), name: f.name })) ?? null);
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create']) connection.onRequest(method, () => null);
    connection.onNotification('window/logMessage', (p: P.LogMessageParams) => this.#log(p.message));
    connection.onNotification('window/showMessage', (p: P.ShowMessageParams) => void vscode.window[show(p.type)](p.message));
    connection.onRequest('window/showMessageRequest', async (p: P.ShowMessageRequestParams) => {
      const titles = (p.actions ?? []).map((a) => a.title);
      const picked = await vscode.window[show(p.type)](p.message, ...titles);
      return picked === undefined ? null : { title: picked };
    });
    connection.onNotification('textDocument/publishDiagnostics', (p: P.PublishDiagnosticsParams) => this.#diagnostics.set(vscode.Uri.parse(p.uri), p.diagnostics.map(asDiagnostic)));
  }

  /** Open drafts told to the server, and every change to them; configuration and watched files. */
  #sync(connection: MessageConnection): vscode.Disposable[] {
    const open = (doc: vscode.TextDocument): void => {
      const uri = doc.uri.toString();
      if (this.#synced.has(uri) || !this.#selects(doc)) return;
      this.#synced.set(uri, doc);
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: doc.languageId, version: doc.version, text: doc.getText() } });
      this.#pull(doc);
    };
    const close = (doc: vscode.TextDocument): void => {
      const uri = doc.uri.toString();
      if (!this.#synced.delete(uri)) return;
      this.#pulls.get(uri)?.cancel();
      this.#pulls.delete(uri);
      this.#diagnostics.delete(doc.uri);
      void connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    };
    const options = this.#options.synchronize ?? {};
    const section = options.configurationSection as string | undefined;
    const watchers = options.fileEvents === undefined ? [] : Array.isArray(options.fileEvents) ? options.fileEvents : [options.fileEvents];
    const watched = (type: number) => (uri: vscode.Uri) => void connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri.toString(), type }] });
    vscode.workspace.textDocuments.forEach(open);
    return [
      vscode.workspace.onDidOpenTextDocument(open),
      vscode.workspace.onDidCloseTextDocument(close),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const uri = e.document.uri.toString();
        if (!this.#synced.has(uri) || e.contentChanges.length === 0) return;
        const contentChanges = e.contentChanges.map((c) => ({ range: toRange(c.range), rangeLength: c.rangeLength, text: c.text }));
        void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: e.document.version }, contentChanges });
        this.#pull(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (!this.#synced.has(doc.uri.toString())) return;
        void connection.sendNotification('textDocument/didSave', { textDocument: { uri: doc.uri.toString() } });
        this.#pull(doc);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (section && e.affectsConfiguration(section)) {
          void connection.sendNotification('workspace/didChangeConfiguration', { settings: { [section]: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(section))) as unknown } });
        }
      }),
      ...watchers.flatMap((w) => [w.onDidCreate(watched(1)), w.onDidChange(watched(2)), w.onDidDelete(watched(3))]),
      { dispose: () => [...this.#synced.values()].forEach(close) },
    ];
  }

  /** Pulls a draft's diagnostics (the one pull in flight for it is cancelled). */
  #pull(doc: vscode.TextDocument): void {
    const connection = this.#connection;
    if (!connection || !this.#capabilities.diagnosticProvider) return;
    const uri = doc.uri.toString();
    this.#pulls.get(uri)?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.#pulls.set(uri, source);
    const params: P.DocumentDiagnosticParams = { textDocument: { uri } };
    connection.sendRequest<P.DocumentDiagnosticReport>('textDocument/diagnostic', params, source.token).then(
      (report) => {
        if (source.token.isCancellationRequested || this.#synced.get(uri) !== doc) return;
        if (report.kind === 'full') this.#diagnostics.set(doc.uri, report.items.map(asDiagnostic));
      },
      (err: unknown) => {
        if (source.token.isCancellationRequested || this.#synced.get(uri) !== doc) return;
        // The server cancelled it (a newer version came first): ask again unless it said not to.
        const data = err instanceof ResponseError ? (err.data as P.DiagnosticServerCancellationData | undefined) : undefined;
        if (err instanceof ResponseError && err.code === SERVER_CANCELLED && data?.retriggerRequest !== false) this.#pull(doc);
      },
    );
  }

  /** The language features, registered for the document selector. */
  #providers(connection: MessageConnection): vscode.Disposable[] {
    const selector = this.#options.documentSelector as vscode.DocumentSelector;
    const trusted = this.#options.markdown?.isTrusted;
    const md = (value: string | P.MarkupContent | P.MarkedString): vscode.MarkdownString => {
      const m = new vscode.MarkdownString(typeof value === 'string' ? value : 'kind' in value ? (value.kind === 'markdown' ? value.value : '') : `\`\`\`${value.language}\n${value.value}\n\`\`\``);
      if (typeof value === 'object' && 'kind' in value && value.kind !== 'markdown') m.appendText(value.value);
      if (trusted) m.isTrusted = trusted;
      return m;
    };
    const at = (doc: vscode.TextDocument, position: vscode.Position) => ({ textDocument: { uri: doc.uri.toString() }, position: { line: position.line, character: position.character } });
    const request = <R>(method: string, params: unknown, token: vscode.CancellationToken): Promise<R | null> =>
      this.#connection === connection ? connection.sendRequest<R>(method, params, token).catch(() => null) : Promise.resolve(null);
    const caps = this.#capabilities;
    const disposables: vscode.Disposable[] = [];
    if (caps.hoverProvider) {
      disposables.push(
        vscode.languages.registerHoverProvider(selector, {
          provideHover: async (doc, position, token) => {
            const h = await request<P.Hover>('textDocument/hover', at(doc, position), token);
            if (!h) return undefined;
            const contents = Array.isArray(h.contents) ? h.contents.map(md) : [md(h.contents)];
            return new vscode.Hover(contents, h.range && asRange(h.range));
          },
        }),
      );
    }
    if (caps.completionProvider) {
      disposables.push(
        vscode.languages.registerCompletionItemProvider(
          selector,
          {
            provideCompletionItems: async (doc, position, token, context) => {
              const result = await request<P.CompletionItem[] | P.CompletionList>('textDocument/completion', { ...at(doc, position), context: { triggerKind: context.triggerKind + 1, triggerCharacter: context.triggerCharacter } }, token);
              if (!result) return undefined;
              const items = Array.isArray(result) ? result : result.items;
              const list = items.map((i) => asCompletionItem(i, md));
              return Array.isArray(result) ? list : new vscode.CompletionList(list, result.isIncomplete);
            },
          },
          ...(caps.completionProvider.triggerCharacters ?? []),
        ),
      );
    }
    if (caps.documentSymbolProvider) {
      disposables.push(
        vscode.languages.registerDocumentSymbolProvider(selector, {
          provideDocumentSymbols: async (doc, token) => {
            const result = await request<P.DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: doc.uri.toString() } }, token);
            return result?.map(asSymbol);
          },
        }),
      );
    }
    if (caps.codeActionProvider) {
      const kinds = typeof caps.codeActionProvider === 'object' ? caps.codeActionProvider.codeActionKinds : undefined;
      disposables.push(
        vscode.languages.registerCodeActionsProvider(
          selector,
          {
            provideCodeActions: async (doc, range, context, token) => {
              const params: P.CodeActionParams = {
                textDocument: { uri: doc.uri.toString() },
                range: toRange(range),
                context: { diagnostics: context.diagnostics.map(toDiagnostic), only: context.only ? [context.only.value] : undefined, triggerKind: context.triggerKind },
              };
              const result = await request<Array<P.Command | P.CodeAction>>('textDocument/codeAction', params, token);
              return result?.map((a) => asCodeAction(a, context.diagnostics));
            },
          },
          kinds ? { providedCodeActionKinds: kinds.map((k) => vscode.CodeActionKind.Empty.append(k)) } : undefined,
        ),
      );
    }
    return disposables;
  }

  #attach(connection: MessageConnection, h: Handler): vscode.Disposable {
    return h.kind === 'request' ? connection.onRequest(h.method, h.run as (p: unknown) => unknown) : connection.onNotification(h.method, h.run as (p: unknown) => void);
  }

  #register(h: Handler): vscode.Disposable {
    this.#handlers.add(h);
    const attached = this.#connection && this.#attach(this.#connection, h);
    return {
      dispose: () => {
        this.#handlers.delete(h);
        attached?.dispose();
      },
    };
  }

  onNotification<T>(type: NotificationType<T>, handler: (params: T) => void): vscode.Disposable {
    return this.#register({ kind: 'notification', method: type.method, run: handler });
  }

  onRequest<T, R>(type: RequestType<T, R, unknown>, handler: (params: T) => R | Promise<R>): vscode.Disposable {
    return this.#register({ kind: 'request', method: type.method, run: handler });
  }

  async #ready(): Promise<MessageConnection> {
    if (this.#starting) await this.#starting;
    if (!this.#connection || this.state !== State.Running) throw new Error('Client is not running');
    return this.#connection;
  }

  async sendRequest<T, R>(type: RequestType<T, R, unknown>, params: T, token?: vscode.CancellationToken): Promise<R> {
    return (await this.#ready()).sendRequest<R>(type.method, params, token);
  }

  async sendNotification<T>(type: NotificationType<T>, params?: T): Promise<void> {
    await (await this.#ready()).sendNotification(type.method, params);
  }

  #onError(error: Error, message: unknown, count: number | undefined): void {
    const handler = this.#options.errorHandler;
    const answer = handler?.error(error, message as never, count);
    void Promise.resolve(answer).then((a) => {
      if ((a?.action as number | undefined) === ErrorAction.Shutdown && this.state === State.Running) void this.stop().catch(() => undefined);
    });
  }

  /** The connection ended without stop(): the error handler says whether a new server starts. */
  async #onClose(connection: MessageConnection): Promise<void> {
    if (this.#connection !== connection || this.#stopping) return;
    this.#cleanUp();
    const handler = this.#options.errorHandler;
    const answer = await handler?.closed();
    if ((answer?.action as number | undefined) === CloseAction.Restart) await this.start().catch((err: unknown) => this.#log(`Copydesk: the server did not restart: ${String(err)}`));
  }

  #cleanUp(): void {
    for (const d of this.#running) d.dispose();
    this.#running = [];
    for (const s of this.#pulls.values()) s.cancel();
    this.#pulls.clear();
    this.#synced.clear();
    this.#diagnostics.clear();
    this.#connection?.dispose();
    this.#connection = undefined;
    this.state = State.Stopped;
  }

  async stop(timeout = 2000): Promise<void> {
    const connection = this.#connection;
    if (!connection || this.state !== State.Running) throw new Error('Client is not running');
    this.#stopping = true;
    try {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`Stopping the server timed out`)), timeout)));
      try {
        await Promise.race([connection.sendRequest('shutdown'), late]);
        await connection.sendNotification('exit');
      } finally {
        clearTimeout(timer);
      }
    } finally {
      this.#cleanUp();
    }
  }

  async dispose(timeout?: number): Promise<void> {
    try {
      if (this.state === State.Running) await this.stop(timeout);
    } finally {
      this.#diagnostics.dispose();
      this.#output?.dispose();
    }
  }
}

function asWorkspaceEdit(e: P.WorkspaceEdit): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const [uri, edits] of Object.entries(e.changes ?? {})) for (const t of edits) edit.replace(vscode.Uri.parse(uri), asRange(t.range), t.newText);
  for (const change of e.documentChanges ?? []) {
    if ('textDocument' in change) {
      for (const t of change.edits) if ('newText' in t) edit.replace(vscode.Uri.parse(change.textDocument.uri), asRange(t.range), t.newText);
    } else if (change.kind === 'create') edit.createFile(vscode.Uri.parse(change.uri), change.options);
    else if (change.kind === 'rename') edit.renameFile(vscode.Uri.parse(change.oldUri), vscode.Uri.parse(change.newUri), change.options);
    else edit.deleteFile(vscode.Uri.parse(change.uri), change.options);
  }
  return edit;
}

function asCommand(c: P.Command): vscode.Command {
  return { title: c.title, command: c.command, arguments: c.arguments };
}

function asCodeAction(a: P.Command | P.CodeAction, shown: readonly vscode.Diagnostic[]): vscode.CodeAction | vscode.Command {
  if (typeof a.command === 'string') return asCommand(a as P.Command);
  const action = a as P.CodeAction;
  const v = new vscode.CodeAction(action.title, action.kind === undefined ? undefined : vscode.CodeActionKind.Empty.append(action.kind));
  if (action.edit) v.edit = asWorkspaceEdit(action.edit);
  if (action.command) v.command = asCommand(action.command);
  if (action.isPreferred !== undefined) v.isPreferred = action.isPreferred;
  // The diagnostics it fixes, as the editor shows them (the same objects when they are).
  if (action.diagnostics) v.diagnostics = action.diagnostics.map((d) => shown.find((s) => protocolOf.get(s) === d || sameDiagnostic(s, d)) ?? asDiagnostic(d));
  return v;
}

function sameDiagnostic(v: vscode.Diagnostic, d: P.Diagnostic): boolean {
  const code = typeof v.code === 'object' ? v.code.value : v.code;
  return v.message === d.message && code === d.code && v.range.isEqual(asRange(d.range));
}

function asCompletionItem(i: P.CompletionItem, md: (v: string | P.MarkupContent) => vscode.MarkdownString): vscode.CompletionItem {
  const v = new vscode.CompletionItem(i.label);
  if (i.kind !== undefined) v.kind = (i.kind - 1);
  if (i.detail !== undefined) v.detail = i.detail;
  if (i.documentation !== undefined) v.documentation = typeof i.documentation === 'string' ? i.documentation : md(i.documentation);
  if (i.sortText !== undefined) v.sortText = i.sortText;
  if (i.filterText !== undefined) v.filterText = i.filterText;
  if (i.preselect !== undefined) v.preselect = i.preselect;
  const text = i.textEdit?.newText ?? i.insertText;
  if (text !== undefined) v.insertText = i.insertTextFormat === 2 ? new vscode.SnippetString(text) : text;
  if (i.textEdit) v.range = 'range' in i.textEdit ? asRange(i.textEdit.range) : { inserting: asRange(i.textEdit.insert), replacing: asRange(i.textEdit.replace) };
  if (i.additionalTextEdits) v.additionalTextEdits = i.additionalTextEdits.map((t) => new vscode.TextEdit(asRange(t.range), t.newText));
  if (i.command) v.command = asCommand(i.command);
  return v;
}

function asSymbol(s: P.DocumentSymbol): vscode.DocumentSymbol {
  const v = new vscode.DocumentSymbol(s.name, s.detail ?? '', (s.kind - 1), asRange(s.range), asRange(s.selectionRange));
  v.children = (s.children ?? []).map(asSymbol);
  return v;
}
