/**
 * Ids and setting names both sides agree on: the client, the server and the CLI import them from here.
 * Nothing here imports vscode-jsonrpc, so the CLI can load this file without carrying it; the typed
 * client–server messages are in ./messages, the settings in ./settings.
 */

export { type CopydeskSettings, DEFAULT_LANGUAGES, DEFAULT_SETTINGS } from './settings';

export const SOURCE = 'copydesk';
export const LANGUAGE_ID = 'press-release';
export const FIX_ALL_KIND = 'source.fixAll.copydesk';
/** The project file's name: the nearest one above a draft applies to it. */
export const CONFIG_NAME = '.copydesk.json';
/**
 * The URI schemes drafts have: on disk and untitled, and in VS Code for the Web (`vscode-vfs:` in
 * github.dev and vscode.dev's repositories, `vscode-remote:` in code-server's browser extension
 * host), and `copydesk-docx:`, the text of a Word document the client read (its path is the
 * document's with `.release` added; the client reads and writes the .docx, the server sees only
 * the text). Other schemes (`git:` in diffs, `output:`) are views of a draft, not drafts.
 */
export const DRAFT_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'copydesk-docx'];

/** The name of the web extension's language server worker (as the browser's tools list it). */
export const WEB_SERVER_WORKER = 'Copydesk language server';
/**
 * What the server's worker runs before the web bundle (client/src/web.ts): it tells the bundle to
 * be the server, and gives it the `module` that the extension host's loader gives the client.
 */
export const WEB_SERVER_PRELUDE = 'var module = { exports: {} }, copydeskLanguageServer = true;\n';

/** The scheme of a Word document's text views (client/src/docx.ts). */
export const DOCX_SCHEME = 'copydesk-docx';

/**
 * Whether `uri` is the view of a Word document's part other than its body (a header, the
 * footnotes, a comment: the part's label is the URI's fragment): prose, but not a release.
 */
export function isWordDocumentPart(uri: string): boolean {
  return uri.startsWith(`${DOCX_SCHEME}:`) && /#./.test(uri);
}

/**
 * The document a draft's URI stands for when it comes to project files: a Word document's text
 * view (`copydesk-docx:…?<the .docx's URI>#part`) follows the .docx itself, so the
 * `.copydesk.json` beside it and its `ignore` entries apply. Any other URI stands for itself.
 */
export function documentOfView(uri: string): string {
  if (!uri.startsWith(`${DOCX_SCHEME}:`)) return uri;
  const query = /\?([^#]*)/.exec(uri)?.[1];
  try {
    return query ? decodeURIComponent(query) : uri;
  } catch {
    return uri;
  }
}

export const Commands = {
  fixAll: 'copydesk.fixAll',
  fixAllIncludingSuggestions: 'copydesk.fixAllIncludingSuggestions',
  newRelease: 'copydesk.newRelease',
  saveNewRelease: 'copydesk.saveNewRelease',
  restartServer: 'copydesk.restartServer',
  styleReport: 'copydesk.styleReport',
  checkWorkspace: 'copydesk.checkWorkspace',
  convertDates: 'copydesk.convertDates',
  explainRule: 'copydesk.explainRule',
  /** Run by the quick actions that write the project file, never the draft (`ProjectActionArgs`). */
  projectAction: 'copydesk.projectAction',
  showIgnored: 'copydesk.showIgnored',
  chooseHouseStyle: 'copydesk.chooseHouseStyle',
  createProjectFile: 'copydesk.createProjectFile',
  addSubstitution: 'copydesk.addSubstitution',
  /** Opens a .docx as its text (`copydesk-docx:`), checked like a .release; saving writes back into the .docx. */
  checkDocx: 'copydesk.checkDocx',
  /** Opens another part of a .docx (a header, the footnotes, the comments ...) the same way; arguments: the .docx, the part's label. */
  checkDocxPart: 'copydesk.checkDocxPart',
} as const;

/**
 * What a project-file quick action writes to `.copydesk.json`: `accept` the text, add it to
 * `acronyms`, `ignore` the finding in this draft, or turn the rule off (`ruleOff`).
 */
export type ProjectActionKind = 'accept' | 'acronym' | 'ignore' | 'ruleOff';

/** The one argument of `Commands.projectAction`: the draft, and the finding's rule and exact text. */
export interface ProjectActionArgs {
  kind: ProjectActionKind;
  uri: string;
  rule: string;
  text: string;
}

/** Where each rule's page lives online, for clients that cannot open the packaged page. */
export const DOCS_BASE = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/';

/** The file name of a rule's page under docs/rules/ (`rank/service-abbreviation` → `rank-service-abbreviation.md`). */
export function rulePageFile(ruleId: string): string {
  return `${ruleId.replace('/', '-')}.md`;
}

/**
 * A rule page link: for Copydesk's own VS Code client (`InitializationOptions.ruleLinks` =
 * 'command') a command link that opens the page shipped in the extension, rendered, with no
 * network and no "open external website?" prompt; for other clients the page online.
 */
export function ruleDocUrl(ruleId: string, links: 'web' | 'command' = 'web'): string {
  if (links === 'command') return `command:${Commands.explainRule}?${encodeURIComponent(JSON.stringify([ruleId]))}`;
  return `${DOCS_BASE}${rulePageFile(ruleId)}`;
}
