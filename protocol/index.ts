/**
 * Ids and setting names both sides agree on: the client, the server and the CLI import them from here.
 * Nothing here imports vscode-jsonrpc, so the CLI can load this file without carrying it; the typed
 * client–server messages are in ./messages.
 */

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
