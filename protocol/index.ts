/** Ids and setting names both sides agree on: the client, the server and the CLI import them from here. */

export const SOURCE = 'copydesk';
export const LANGUAGE_ID = 'press-release';
export const DEFAULT_LANGUAGES = ['press-release', 'plaintext', 'markdown'];
export const FIX_ALL_KIND = 'source.fixAll.copydesk';

export const Commands = {
  fixAll: 'copydesk.fixAll',
  newRelease: 'copydesk.newRelease',
  restartServer: 'copydesk.restartServer',
  styleReport: 'copydesk.styleReport',
  checkWorkspace: 'copydesk.checkWorkspace',
  convertDates: 'copydesk.convertDates',
} as const;

/** Where each rule's page lives; `codeDescription.href` on every diagnostic points here. */
export const DOCS_BASE = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/';

export function ruleDocUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId.replace('/', '-')}.md`;
}

/** Custom notification: the server finished checking a document (tests and the status bar wait on it). */
export const CHECKED_NOTIFICATION = 'copydesk/checked';

export interface CheckedParams {
  uri: string;
  version: number;
  counts: { error: number; warning: number; information: number; hint: number };
}

export interface CopydeskSettings {
  enable: boolean;
  preset: string;
  rules: Record<string, 'off' | 'hint' | 'information' | 'warning' | 'error'>;
  languages: string[];
  defaultYear: number | null;
  acronyms: Record<string, string>;
  accept: string[];
  substitutions: Array<{ flag?: string; pattern?: string; suggest: string; message?: string }>;
  /** Largest draft checked, in megabytes (UTF-8 size); larger files get one notice instead. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: CopydeskSettings = {
  enable: true,
  preset: 'ap',
  rules: {},
  languages: DEFAULT_LANGUAGES,
  defaultYear: null,
  acronyms: {},
  accept: [],
  substitutions: [],
  maxFileSize: 5,
};

/** Sent by the client when the workspace's trust changes (and in initializationOptions). */
export const TRUST_NOTIFICATION = 'copydesk/trust';

export interface InitializationOptions {
  trusted?: boolean;
}

/** Custom requests the client's commands use. */
export const Requests = {
  /** Certain fixes of a document (optionally within a range and for some families), non-overlapping. */
  fixes: 'copydesk/fixes',
  /** The style report of an open document, as Markdown. */
  report: 'copydesk/report',
  /** Checks text that is not open in the editor (Check Workspace). */
  checkFile: 'copydesk/checkFile',
  /**
   * The server's memory after a full garbage collection when it was started with `--expose-gc`
   * (the soak test and the benchmark do); otherwise as it is. For measuring, never for features.
   */
  memory: 'copydesk/memory',
} as const;

export interface MemoryReport {
  /** V8 heap in use, bytes. */
  heapUsed: number;
  /** Resident set size, bytes. */
  rss: number;
  /** Whether a full garbage collection ran just before the figures were read. */
  collected: boolean;
}

export interface FixesParams {
  uri: string;
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  families?: string[];
}

export interface FixItem {
  rule: string;
  title: string;
  edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>;
}

export interface CheckFileParams {
  uri: string;
  text: string;
  languageId: string;
}
