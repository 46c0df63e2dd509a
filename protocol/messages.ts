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
   * The editor shows each diagnostic's message in its hover, above the server's hover content
   * (VS Code does): the server's hover then gives the example, the reason and the rule page, not
   * the message a second time. Other clients get the message in the hover.
   */
  hoverShowsDiagnostics?: boolean;
  /**
   * `command`: the client runs `copydesk.explainRule` (it ships the rule pages and opens them
   * offline), so diagnostics' `codeDescription` and hovers link to it; otherwise (default `web`)
   * they link to the pages online.
   */
  ruleLinks?: 'web' | 'command';
  /** The URI of the folder of rule pages the client ships: diagnostics' `codeDescription` links there. */
  rulePages?: string;
  /**
   * The client runs `Commands.projectAction` (the VS Code extension does): quick fixes then offer
   * the project-file actions (accept, office acronym, ignore in this file, rule off).
   */
  projectActions?: boolean;
  /**
   * The client answers `ProjectFileRequest` (the VS Code extension does, through its workspace
   * file system): the server asks it for the project file of a draft that is not a `file:` URI
   * (github.dev's `vscode-vfs:`, code-server's `vscode-remote:`), or of any draft when the server
   * has no file system of its own (in a web worker).
   */
  projectFiles?: boolean;
  /**
   * The client answers `ParagraphStylesRequest` (the VS Code extension does): the server asks it
   * for the paragraph styles of a Word document's text view (`copydesk-docx:`).
   */
  paragraphStyles?: boolean;
}

/** `copydesk/projectFile`, server to client: the `.copydesk.json` nearest above a draft. */
export interface ProjectFileParams {
  /** The draft's URI. */
  uri: string;
}

/** The project file found (its URI and text), or null when no folder from the draft's up to the root has one (as on disk). */
export type ProjectFileResult = { uri: string; text: string } | null;

export const ProjectFileRequest = new RequestType<ProjectFileParams, ProjectFileResult, void>('copydesk/projectFile');

/** `copydesk/paragraphStyles`, server to client: the paragraph styles of a Word document's text view. */
export interface ParagraphStylesParams {
  /** The view's URI (`copydesk-docx:`). */
  uri: string;
}

/**
 * The view's text as the client last read or saved it from the .docx, and its styled paragraphs
 * (a Title or Heading is the headline, a Caption a caption) as spans of that text; null when the
 * client has no such view open.
 */
export type ParagraphStylesResult = { text: string; styles: Array<{ start: number; end: number; role: 'headline' | 'caption' }> } | null;

export const ParagraphStylesRequest = new RequestType<ParagraphStylesParams, ParagraphStylesResult, void>('copydesk/paragraphStyles');

export interface FixesParams {
  uri: string;
  range?: Range;
  families?: string[];
  /** `errorsAndWarnings`: only the fixes of errors and warnings (Fix All's default); every severity's without it. */
  include?: 'errorsAndWarnings' | 'all';
}

export interface FixItem {
  rule: string;
  /** The rule family's plain name (`Ranks`, `Dates` ...): the preview groups fixes under it. */
  familyName: string;
  /** The finding's severity as the writer sees it. */
  severity: 'error' | 'warning' | 'information' | 'hint';
  title: string;
  edits: TextEdit[];
}

/** Certain fixes of an open document (optionally within a range and for some families), non-overlapping. */
export const FixesRequest = new RequestType<FixesParams, FixItem[], void>('copydesk/fixes');

export interface ReportParams {
  uri: string;
}

/** One entry of the report a writer can click: where it stands in the draft, what it shows. */
export interface ReportEntry {
  range: Range;
  text: string;
  detail?: string;
}

/** A finding as the report lists it. */
export interface ReportFinding extends ReportEntry {
  rule: string;
  severity: 'error' | 'warning' | 'information' | 'hint';
}

/** The style report as data, for the live report view; every entry carries its range in the draft. */
export interface ReportView {
  /** The document version the report was made from. */
  version: number;
  /** The clearance line: counts exactly what the Problems panel shows (hints are not counted there). */
  clearance: string;
  /** `ready`, `review` (warnings only) or `not-ready` (an error, or a before-release warning). */
  readiness: 'ready' | 'review' | 'not-ready';
  reminder: string;
  counts: { error: number; warning: number; information: number; hint: number };
  words: number;
  readingMinutes: number;
  /** The privacy, security and marking findings, listed first. */
  beforeRelease: ReportFinding[];
  /** Every other finding, grouped by family (plain names), each group in reading order, groups in order of their first finding. */
  families: Array<{ family: string; name: string; findings: ReportFinding[] }>;
  quotes: ReportEntry[];
  people: ReportEntry[];
  bylines: ReportEntry[];
  acronyms: ReportEntry[];
  captions: ReportEntry[];
  ships: ReportEntry[];
  units: ReportEntry[];
}

/** The style report of an open document, as Markdown and as data; null when Copydesk does not check it. */
export const ReportRequest = new RequestType<ReportParams, { markdown: string; view: ReportView } | null, void>('copydesk/report');

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
