/**
 * Copydesk's own client–server messages, typed: the server registers its handlers and the client,
 * the LSP tests and the benchmark send with these objects, so parameters and results are checked
 * by the compiler on both sides. The CLI never loads this file (it would carry vscode-jsonrpc).
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-jsonrpc';
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';

export interface CheckedParams {
  uri: string;
  version: number;
  counts: { error: number; warning: number; information: number; hint: number };
}

/** The server finished checking a document (the status bar and the tests wait on it). */
export const CheckedNotification = new NotificationType<CheckedParams>('copydesk/checked');

export interface TrustParams {
  trusted: boolean;
}

/** Sent by the client when the workspace's trust changes (the first state is in InitializationOptions). */
export const TrustNotification = new NotificationType<TrustParams>('copydesk/trust');

export interface InitializationOptions {
  trusted?: boolean;
  /**
   * The client runs `Commands.projectAction` (the VS Code extension does): quick fixes then offer
   * the project-file actions (accept, office acronym, ignore in this file, rule off).
   */
  projectActions?: boolean;
}

export interface FixesParams {
  uri: string;
  range?: Range;
  families?: string[];
}

export interface FixItem {
  rule: string;
  title: string;
  edits: TextEdit[];
}

/** Certain fixes of an open document (optionally within a range and for some families), non-overlapping. */
export const FixesRequest = new RequestType<FixesParams, FixItem[], void>('copydesk/fixes');

export interface ReportParams {
  uri: string;
}

/** The style report of an open document, as Markdown; null when Copydesk does not check it. */
export const ReportRequest = new RequestType<ReportParams, { markdown: string } | null, void>('copydesk/report');

export interface CheckFileParams {
  uri: string;
  text: string;
  languageId: string;
}

/** Checks text that is not open in the editor (Check Workspace). */
export const CheckFileRequest = new RequestType<CheckFileParams, Diagnostic[], void>('copydesk/checkFile');

export interface MemoryReport {
  /** V8 heap in use, bytes. */
  heapUsed: number;
  /** Resident set size, bytes. */
  rss: number;
  /** Whether a full garbage collection ran just before the figures were read. */
  collected: boolean;
}

/**
 * The server's memory after a full garbage collection when it was started with `--expose-gc`
 * (the soak test and the benchmark do); otherwise as it is. For measuring, never for features.
 */
export const MemoryRequest = new RequestType0<MemoryReport, void>('copydesk/memory');
