/**
 * What Copydesk's client code needs of a language client, so that the desktop's
 * (vscode-languageclient's LanguageClient) and the browser's (./webClient.ts, a small client of
 * our own over vscode-jsonrpc) are interchangeable. Nothing here loads vscode-languageclient: its
 * enums are repeated as the numbers the library gives them, so the web bundle does not carry it.
 */
import type * as vscode from 'vscode';
import type { NotificationType, RequestType } from 'vscode-jsonrpc';
import type { Diagnostic, Range } from 'vscode-languageserver-types';

/** vscode-languageclient's State. */
export const State = { Stopped: 1, Running: 2, Starting: 3 } as const;
/** vscode-languageclient's ErrorAction and CloseAction. */
export const ErrorAction = { Continue: 1, Shutdown: 2 } as const;
export const CloseAction = { DoNotRestart: 1, Restart: 2 } as const;
/** vscode-languageclient's RevealOutputChannelOn.Never. */
export const REVEAL_OUTPUT_NEVER = 4;

export interface CopydeskClient {
  readonly state: number;
  start(): Promise<void>;
  stop(timeout?: number): Promise<void>;
  dispose(timeout?: number): Promise<void>;
  sendRequest<P, R>(type: RequestType<P, R, unknown>, params: P, token?: vscode.CancellationToken): Promise<R>;
  sendNotification<P>(type: NotificationType<P>, params?: P): Promise<void>;
  onNotification<P>(type: NotificationType<P>, handler: (params: P) => void): vscode.Disposable;
  onRequest<P, R>(type: RequestType<P, R, unknown>, handler: (params: P) => R | Promise<R>): vscode.Disposable;
  readonly code2ProtocolConverter: { asRange(range: vscode.Range): Range };
  readonly protocol2CodeConverter: { asDiagnostics(items: Diagnostic[]): Promise<vscode.Diagnostic[]> };
}
