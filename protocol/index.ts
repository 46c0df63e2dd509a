/**
 * Ids and setting names both sides agree on: the client, the server and the CLI import them from here.
 * Nothing here imports vscode-jsonrpc, so the CLI can load this file without carrying it; the typed
 * client–server messages are in ./messages, the settings in ./settings.
 */

export { type CopydeskSettings, DEFAULT_LANGUAGES, DEFAULT_SETTINGS } from './settings';

export const SOURCE = 'copydesk';
export const LANGUAGE_ID = 'press-release';
export const FIX_ALL_KIND = 'source.fixAll.copydesk';

export const Commands = {
  fixAll: 'copydesk.fixAll',
  fixAllIncludingSuggestions: 'copydesk.fixAllIncludingSuggestions',
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
