/**
 * Document sync notifications, checked before the library's `TextDocuments` sees them. The library
 * trusts its input: a `didOpen` without `text` makes a document whose text is `undefined` (every
 * later check of it throws, and on a push client nothing catches that), and a `didChange` whose
 * second change is broken applies the first and then throws, leaving the server's copy half
 * edited. Here a malformed notification is dropped whole, with one log line naming the method, the
 * URI and what was wrong; the documents already open stay as the client last sent them correctly.
 * A well-formed change can be looked at (`beforeChange`) before the documents apply it.
 */
import type {
  Connection,
  DidChangeTextDocumentParams,
  DidCloseTextDocumentParams,
  DidOpenTextDocumentParams,
  DidSaveTextDocumentParams,
  Disposable,
  NotificationHandler,
  RequestHandler,
  TextDocuments,
  TextEdit,
  WillSaveTextDocumentParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { changedSpan } from '../../../checker';

/** What `TextDocuments.listen` takes (the library does not export the interface's name). */
type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

type Problem = string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** What is wrong with `params.textDocument` for a notification that only names the document. */
function identifierProblem(params: unknown): Problem {
  if (!isObject(params)) return 'the parameters are not an object';
  if (!isObject(params.textDocument)) return '`textDocument` is missing';
  if (typeof params.textDocument.uri !== 'string') return '`textDocument.uri` is not a string';
  return undefined;
}

export function openProblem(params: unknown): Problem {
  const id = identifierProblem(params);
  if (id) return id;
  const td = (params as { textDocument: Record<string, unknown> }).textDocument;
  if (typeof td.languageId !== 'string') return '`textDocument.languageId` is not a string';
  if (typeof td.version !== 'number' || !Number.isInteger(td.version)) return '`textDocument.version` is not an integer';
  if (typeof td.text !== 'string') return '`textDocument.text` is missing or not a string';
  return undefined;
}

function positionProblem(p: unknown, name: string): Problem {
  if (!isObject(p)) return `\`${name}\` is not a position`;
  if (!isIndex(p.line) || !isIndex(p.character)) return `\`${name}\` needs a line and a character that are integers of 0 or more`;
  return undefined;
}

export function changeProblem(params: unknown): Problem {
  const id = identifierProblem(params);
  if (id) return id;
  const { textDocument, contentChanges } = params as { textDocument: Record<string, unknown>; contentChanges: unknown };
  if (typeof textDocument.version !== 'number' || !Number.isInteger(textDocument.version)) return '`textDocument.version` is not an integer';
  if (!Array.isArray(contentChanges)) return '`contentChanges` is not an array';
  for (let i = 0; i < contentChanges.length; i++) {
    const change: unknown = contentChanges[i];
    const at = `contentChanges[${i}]`;
    if (!isObject(change)) return `\`${at}\` is not an object`;
    if (typeof change.text !== 'string') return `\`${at}.text\` is not a string`;
    if (change.rangeLength !== undefined && !isIndex(change.rangeLength)) return `\`${at}.rangeLength\` is not an integer of 0 or more`;
    if (change.range === undefined) continue; // the whole text
    if (!isObject(change.range)) return `\`${at}.range\` is not a range`;
    const problem = positionProblem(change.range.start, `${at}.range.start`) ?? positionProblem(change.range.end, `${at}.range.end`);
    if (problem) return problem;
  }
  return undefined;
}

/** The URI a malformed notification names, if it names one, for the log line. */
function uriOf(params: unknown): string {
  const uri = isObject(params) && isObject(params.textDocument) ? params.textDocument.uri : undefined;
  return typeof uri === 'string' ? ` for ${uri}` : '';
}

/**
 * The connection as `TextDocuments.listen` sees it: the same handlers, each behind a check of its
 * parameters. `log` receives one line per notification dropped.
 */
export function checkedSync(connection: Connection, log: (message: string) => void, beforeChange?: (params: DidChangeTextDocumentParams) => void): TextDocumentConnection {
  function guard<P>(method: string, problem: (params: unknown) => Problem, handler: NotificationHandler<P>, before?: (params: P) => void): NotificationHandler<P> {
    return (params: P) => {
      const why = problem(params);
      if (why !== undefined) {
        log(`Copydesk ignored a malformed ${method}${uriOf(params)}: ${why}.`);
        return;
      }
      before?.(params);
      // The documents manager's handlers return nothing to wait for.
      void handler(params);
    };
  }
  return {
    onDidOpenTextDocument: (h: NotificationHandler<DidOpenTextDocumentParams>): Disposable =>
      connection.onDidOpenTextDocument(guard('textDocument/didOpen', openProblem, h)),
    onDidChangeTextDocument: (h: NotificationHandler<DidChangeTextDocumentParams>): Disposable =>
      connection.onDidChangeTextDocument(guard('textDocument/didChange', changeProblem, h, beforeChange)),
    onDidCloseTextDocument: (h: NotificationHandler<DidCloseTextDocumentParams>): Disposable =>
      connection.onDidCloseTextDocument(guard('textDocument/didClose', identifierProblem, h)),
    onWillSaveTextDocument: (h: NotificationHandler<WillSaveTextDocumentParams>): Disposable =>
      connection.onWillSaveTextDocument(guard('textDocument/willSave', identifierProblem, h)),
    onDidSaveTextDocument: (h: NotificationHandler<DidSaveTextDocumentParams>): Disposable =>
      connection.onDidSaveTextDocument(guard('textDocument/didSave', identifierProblem, h)),
    onWillSaveTextDocumentWaitUntil: (h: RequestHandler<WillSaveTextDocumentParams, TextEdit[] | undefined | null, void>): Disposable =>
      connection.onWillSaveTextDocumentWaitUntil((params, token) => (identifierProblem(params) === undefined ? h(params, token) : [])),
  };
}

/**
 * A change notification's edits as offsets, each in the text the edits before it left (the order
 * the documents apply them): `doc` is the document before the change, which is left as it is.
 */
export function editsOf(doc: TextDocument, changes: DidChangeTextDocumentParams['contentChanges']): Array<{ start: number; end: number; inserted: number }> {
  // TextDocument.update changes a document in place: the edits are played on a copy.
  const copy = TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
  return changes.map((change) => {
    const range = 'range' in change ? change.range : undefined;
    // The whole text sent again: the edit is where the two texts differ.
    const whole = range ? undefined : changedSpan(copy.getText(), change.text);
    const edit = range
      ? { start: copy.offsetAt(range.start), end: copy.offsetAt(range.end), inserted: change.text.length }
      : { start: whole!.start, end: whole!.end, inserted: whole!.newText.length };
    TextDocument.update(copy, [change], copy.version);
    return edit;
  });
}
