/**
 * A small LSP client for the end-to-end tests: it starts the bundled server (dist/server.js)
 * over stdio, speaks JSON-RPC to it, answers the server's requests (workspace/configuration,
 * workspace/diagnostic/refresh, ...), and lets tests await notifications with a deadline.
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationToken,
  createMessageConnection,
  ErrorCodes,
  ResponseError,
  MessageConnection,
  NotificationType,
  RequestType,
  RequestType0,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  ClientCapabilities,
  CodeAction,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';

/** The repository root: this file runs from out/test/lsp/. */
export const REPO = path.resolve(__dirname, '..', '..', '..');
/** The bundle under test; COPYDESK_SERVER may point at another build. */
export const SERVER = process.env.COPYDESK_SERVER ?? path.join(REPO, 'dist', 'server.js');

/** How long any single wait may take before the test fails (never a fixed sleep). */
export const DEADLINE_MS = 15000;

export interface ClientOptions {
  /** Announce `textDocument.diagnostic` (pull diagnostics); otherwise the server pushes. */
  pull: boolean;
  /** Announce `workspace.configuration`, and answer the server's requests from `settings`. */
  configuration?: boolean;
  /** Pull clients: announce and answer `workspace/diagnostic/refresh` (default); false refuses it. */
  refresh?: boolean;
  /** Sent as `initializationOptions` (e.g. `{ trusted: false }` for an untrusted workspace). */
  initializationOptions?: unknown;
  /** Extra arguments for node before the server script (e.g. `--require hook.js`). */
  nodeArgs?: string[];
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
}

interface Waiter {
  method: string;
  test: (params: any) => boolean;
  resolve: (params: any) => void;
  reject: (err: Error) => void;
}

export function fileUri(name: string): string {
  return pathToFileURL(path.join(REPO, 'test', 'lsp', '__virtual__', name)).toString();
}

/**
 * Rule ids registered in the checker right now (rules/index.ts imports their files): rules are
 * added by other work in progress, and tests of a rule run once it is registered.
 */
export function registeredRuleIds(): Set<string> {
  const dir = path.join(REPO, 'checker', 'rules');
  const index = fs.readFileSync(path.join(dir, 'index.ts'), 'utf8');
  const ids = new Set<string>();
  for (const m of index.matchAll(/from '\.\/([\w-]+\/[\w-]+)'/g)) {
    const file = path.join(dir, `${m[1]}.ts`);
    if (!fs.existsSync(file)) continue;
    const id = /\bid: '([^']+)'/.exec(fs.readFileSync(file, 'utf8'));
    if (id) ids.add(id[1]);
  }
  return ids;
}

export class TestClient {
  readonly child: ChildProcess;
  readonly connection: MessageConnection;
  private readonly reader: StreamMessageReader;
  /** Settings answered to `workspace/configuration` for the section `copydesk`. */
  settings: Record<string, unknown> = {};
  readonly configurationRequests: Array<{ scopeUri?: string; section?: string }> = [];
  readonly notifications: Array<{ method: string; params: any }> = [];
  readonly shownMessages: string[] = [];
  refreshRequests = 0;
  stderr = '';
  exitCode: number | null | undefined = undefined;
  private readonly exited: Promise<number | null>;
  private waiters: Waiter[] = [];
  private readonly docs = new Map<string, TextDocument>();
  initializeResult: InitializeResult | undefined;

  constructor(readonly options: ClientOptions) {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build" first`);
    this.child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], {
      cwd: REPO,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...(options.env ?? {}) },
    });
    this.child.stderr!.on('data', (b: Buffer) => (this.stderr += b.toString()));
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exitCode = code;
        // Anyone still waiting fails now, with the server's last words, instead of at a deadline.
        const why = new Error(`server exited (code ${code}, signal ${signal}); stderr: ${this.stderr.trim().slice(-2000) || 'empty'}`);
        for (const w of this.waiters) w.reject(why);
        this.waiters = [];
        resolve(code);
      });
    });
    this.reader = new StreamMessageReader(this.child.stdout!);
    // Once the server's output is over, what is left half-read will never be completed.
    this.child.stdout!.once('close', () => stopPartialMessageTimer(this.reader));
    this.connection = createMessageConnection(
      this.reader,
      new StreamMessageWriter(this.child.stdin!),
    );
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ scopeUri?: string; section?: string }> }) => {
      this.configurationRequests.push(...params.items);
      return params.items.map((item) => (item.section === 'copydesk' ? this.settings : null));
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshRequests++;
      this.record('workspace/diagnostic/refresh', {});
      if (options.refresh === false) return new ResponseError(ErrorCodes.MethodNotFound, 'refresh is not supported');
      return null;
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.shownMessages.push(p.message);
      return null;
    });
    this.connection.onNotification((method: string, params: any) => {
      if (method === 'window/showMessage') this.shownMessages.push(params.message);
      this.record(method, params);
    });
    // Writes to a dead child must fail the test that caused them, not crash mocha.
    this.connection.onError(() => undefined);
    this.child.stdin!.on('error', () => undefined);
    this.connection.listen();
  }

  private record(method: string, params: any): void {
    this.notifications.push({ method, params });
    this.waiters = this.waiters.filter((w) => {
      if (w.method !== method || !w.test(params)) return true;
      w.resolve(params);
      return false;
    });
  }

  /**
   * Resolves with the first notification of `type` (already received after `since`, or future)
   * that passes `test`. Copydesk's own notifications are typed (protocol/messages.ts); LSP ones go by method.
   */
  waitFor<T>(type: NotificationType<T>, test?: (params: T) => boolean, since?: number, ms?: number): Promise<T>;
  waitFor<T = any>(method: string, test?: (params: T) => boolean, since?: number, ms?: number): Promise<T>;
  waitFor<T>(type: string | NotificationType<T>, test: (params: T) => boolean = () => true, since = 0, ms = DEADLINE_MS): Promise<T> {
    const method = typeof type === 'string' ? type : type.method;
    const seen = this.notifications.slice(since).find((n) => n.method === method && test(n.params));
    if (seen) return Promise.resolve(seen.params as T);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        method,
        test,
        resolve: (p) => (clearTimeout(timer), resolve(p)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no ${method} within ${ms} ms (server stderr: ${this.stderr.trim() || 'empty'})`));
      }, ms);
      this.waiters.push(waiter);
    });
  }

  /** A marker for `waitFor(…, since)`: only notifications after this point count. */
  mark(): number {
    return this.notifications.length;
  }

  async initialize(): Promise<InitializeResult> {
    const capabilities: ClientCapabilities = {
      general: { positionEncodings: ['utf-16'] },
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll', 'source.fixAll.copydesk'] } },
          dataSupport: true,
        },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      },
      workspace: { configuration: this.options.configuration ?? true, didChangeConfiguration: { dynamicRegistration: false } },
      window: { showMessage: {} },
    };
    if (this.options.pull) {
      capabilities.textDocument!.diagnostic = { dynamicRegistration: false, relatedDocumentSupport: false };
      capabilities.workspace!.diagnostics = { refreshSupport: this.options.refresh !== false };
    }
    this.initializeResult = await this.request<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(REPO).toString(),
      workspaceFolders: [{ uri: pathToFileURL(REPO).toString(), name: 'copydesk' }],
      capabilities,
      initializationOptions: this.options.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  /**
   * A request whose promise fails as soon as the server dies (not at mocha's timeout). Cancelling
   * `token` sends `$/cancelRequest`; the promise still settles with the server's answer. Copydesk's
   * own requests are typed (protocol/messages.ts); LSP requests, and malformed ones, go by method.
   */
  request<R>(type: RequestType0<R, void>, token?: CancellationToken): Promise<R>;
  request<P, R>(type: RequestType<P, R, void>, params: P, token?: CancellationToken): Promise<R>;
  request<T>(method: string, params: unknown, token?: CancellationToken): Promise<T>;
  request(type: string | RequestType0<unknown, void> | RequestType<unknown, unknown, void>, a?: unknown, b?: CancellationToken): Promise<unknown> {
    const method = typeof type === 'string' ? type : type.method;
    const died = this.exited.then((code) => {
      throw new Error(`${method}: server exited (code ${code}); stderr: ${this.stderr.trim().slice(-2000) || 'empty'}`);
    });
    const none = typeof type !== 'string' && type.numberOfParams === 0;
    const params = none ? [] : [a];
    const token = (none ? a : b) as CancellationToken | undefined;
    // jsonrpc takes a trailing CancellationToken as the token, what comes before it as the parameters.
    return Promise.race([this.connection.sendRequest(method, ...params, ...(token ? [token] : [])), died]);
  }

  notify<P>(type: NotificationType<P>, params: P): Promise<void>;
  notify(method: string, params: unknown): Promise<void>;
  notify(type: string | NotificationType<unknown>, params: unknown): Promise<void> {
    return this.connection.sendNotification(typeof type === 'string' ? type : type.method, params);
  }

  async open(uri: string, text: string, languageId = 'press-release'): Promise<TextDocument> {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return doc;
  }

  doc(uri: string): TextDocument {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`not open: ${uri}`);
    return d;
  }

  text(uri: string): string {
    return this.doc(uri).getText();
  }

  /** Sends an incremental (range) change and keeps the local copy in step. */
  async change(uri: string, edits: TextEdit[]): Promise<TextDocument> {
    const old = this.doc(uri);
    const contentChanges = edits.map((e) => ({ range: e.range, text: e.newText }));
    const next = TextDocument.update(old, contentChanges, old.version + 1);
    this.docs.set(uri, next);
    await this.notify('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges });
    return next;
  }

  /** Replaces the first occurrence of `find` by `replace`, as a range edit. */
  async replace(uri: string, find: string, replace: string): Promise<TextDocument> {
    const d = this.doc(uri);
    const at = d.getText().indexOf(find);
    if (at < 0) throw new Error(`"${find}" not in ${uri}`);
    return this.change(uri, [{ range: { start: d.positionAt(at), end: d.positionAt(at + find.length) }, newText: replace }]);
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** Pull: asks for the document's diagnostics. */
  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    if (report.kind !== 'full') throw new Error(`expected a full report, got ${report.kind}`);
    return report.items;
  }

  /** Push: waits for published diagnostics for the document's current version (after `since`). */
  async pushed(uri: string, since = 0): Promise<Diagnostic[]> {
    const version = this.docs.get(uri)?.version;
    const p = await this.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && (version === undefined || p.version === undefined || p.version === version),
      since,
    );
    return p.diagnostics;
  }

  /** Diagnostics in whichever mode this client runs. */
  diagnostics(uri: string, since = 0): Promise<Diagnostic[]> {
    return this.options.pull ? this.pull(uri) : this.pushed(uri, since);
  }

  codeActions(uri: string, range: Diagnostic['range'], diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[] | null> {
    return this.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
  }

  /** Applies a workspace edit's changes for `uri` to the local copy and sends them as one incremental change. */
  async applyEdit(uri: string, edit: WorkspaceEdit | undefined): Promise<string> {
    const edits = edit?.changes?.[uri];
    if (!edits) throw new Error(`edit has no changes for ${uri}`);
    const d = this.doc(uri);
    const text = TextDocument.applyEdits(d, edits);
    if (edits.length === 1) await this.change(uri, edits);
    else await this.change(uri, [{ range: { start: { line: 0, character: 0 }, end: d.positionAt(d.getText().length) }, newText: text }]);
    if (this.text(uri) !== text) throw new Error('local copy out of step');
    return text;
  }

  /** Polite shutdown; resolves with the exit code. */
  async shutdown(): Promise<number | null> {
    await this.request('shutdown', null);
    await this.notify('exit', null);
    return this.waitExit();
  }

  waitExit(ms = DEADLINE_MS): Promise<number | null> {
    return Promise.race([
      this.exited,
      new Promise<number | null>((_, reject) => setTimeout(() => reject(new Error(`server still running after ${ms} ms`)), ms).unref()),
    ]);
  }

  /** For after() hooks: ends the child whatever state it is in. */
  kill(): void {
    this.connection.dispose();
    stopPartialMessageTimer(this.reader);
    if (this.exitCode === undefined) this.child.kill();
  }
}

/**
 * vscode-jsonrpc's reader re-arms a 10 s timer for as long as a half-read message sits in its buffer
 * (a server killed in the middle of a write leaves one), and neither disposing the reader nor the
 * connection stops it: the test process then never exits, and a CI stage hangs until its deadline.
 */
function stopPartialMessageTimer(reader: StreamMessageReader): void {
  reader.partialMessageTimeout = 0; // the timer does not re-arm
  (reader as unknown as { clearPartialMessageTimer?: () => void }).clearPartialMessageTimer?.(); // and the armed one goes
}

/** Applies text edits to a string (tests compare the result text, not edit ranges). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'press-release', 0, text), edits);
}

export function ofRule(diags: Diagnostic[], rule: string): Diagnostic[] {
  return diags.filter((d) => d.code === rule);
}
