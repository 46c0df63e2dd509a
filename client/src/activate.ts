/**
 * The Copydesk client, the same on the desktop (./extension.ts, the server a Node process) and in
 * the browser (./browser.ts, the server a web worker): starts the language server, shows its
 * findings, and adds the commands and the status bar item. All checking happens in the server.
 * Files are reached only through vscode.workspace.fs, so every URI scheme a draft has works.
 */
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { CopydeskClient, REVEAL_OUTPUT_NEVER, State } from './lsp';
import { RecoveringErrorHandler } from './recovery';
import { CONFIG_NAME, Commands, DEFAULT_LANGUAGES, DRAFT_SCHEMES, SOURCE } from '../../protocol';
import {
  CheckedNotification,
  CheckedParams,
  InitializationOptions,
  ParagraphStylesRequest,
  ParagraphStylesResult,
  ProjectFileRequest,
  ProjectFileResult,
  TrustNotification,
} from '../../protocol/messages';
import { projectFileFinder } from './projectEdit';
import { registerHelp, rulePagesUri } from './help';
import { feedback, newRelease, offerWordWrap, saveNewRelease, statusOf, tell } from './writer';
import { checkWorkspace, convertDates, fixAll } from './commands';
import { ReportState, StyleReports } from './report';
import { registerProjectFileCommands } from './projectFile';
import { registerDocx } from './docx';

/** What differs between the desktop and the browser: where the extension runs and how its server starts. */
export interface ClientPlatform {
  host: 'node' | 'web';
  /** A language client for these options, its server started by the platform's own means. */
  newClient(options: LanguageClientOptions): CopydeskClient;
}

let client: CopydeskClient | undefined;

/**
 * What activate() returns. Startup cost, as the extension measures it (the VS Code suite and the
 * benchmark read it), and the notifications Copydesk showed (the VS Code suite counts them).
 */
export interface CopydeskApi {
  /** Where the extension runs: VS Code's Node extension host, or the browser's web worker host. */
  host: 'node' | 'web';
  activation: {
    /** From `activate` being called to the commands, status bar and client being set up. */
    activateMs: number;
    /** From `activate` being called to the language server answering `initialize`. */
    serverReadyMs: number;
  };
  notifications: string[];
  /** Every `copydesk/checked` the extension received, from whichever language client it runs. */
  checked: CheckedParams[];
  /** The status bar item's text while it is shown, undefined while it is hidden. */
  statusText(): string | undefined;
  /** What each open live Style Report shows. */
  reports(): ReportState[];
  /** The messages commands showed (Restart Server, New Press Release, Convert Dates...). */
  feedback: string[];
}

const notifications: string[] = [];
const checked: CheckedParams[] = [];
/** The untrusted-folder notice is shown once per session, however often the client is recreated. */
let untrustedNoticeShown = false;
/** What each language client owns besides itself (file watcher, handlers): disposed with it. */
const owned = new WeakMap<CopydeskClient, vscode.Disposable[]>();
/** Every notification about the server's state goes through here, so tests can count them. */
function notify(message: string): void {
  notifications.push(message);
  void vscode.window.showInformationMessage(message);
}

export async function activateCopydesk(context: vscode.ExtensionContext, platform: ClientPlatform): Promise<CopydeskApi> {
  const started = performance.now();
  const status = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'Copydesk';
  status.command = Commands.styleReport;
  context.subscriptions.push(status);

  const counts = new Map<string, CheckedParams['counts']>();
  let statusShown = false;
  const showStatus = (): void => {
    const editor = vscode.window.activeTextEditor;
    const c = editor ? counts.get(editor.document.uri.toString()) : undefined;
    if (!editor || !c) {
      status.hide();
      statusShown = false;
      return;
    }
    const shown = statusOf(c);
    status.text = shown.text;
    status.tooltip = shown.tooltip;
    status.show();
    statusShown = true;
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showStatus));
  const reports = new StyleReports(() => client);
  context.subscriptions.push(reports);
  const onChecked = (p: CheckedParams): void => {
    checked.push(p);
    counts.set(p.uri, p.counts);
    showStatus();
    reports.onChecked(p);
  };

  // Word documents: Check with Copydesk, the copydesk-docx: text view, saving back (docx.ts).
  const docx = registerDocx((m) => notifications.push(m));
  context.subscriptions.push(...docx.disposables);
  const newClient = (): CopydeskClient => createClient(context, platform, onChecked, docx.stylesOf);
  client = newClient();
  // A new language client (copydesk.languages changed) replaces the old one: the old one is
  // stopped and disposed with its watcher, and its counts are dropped until the new one checks.
  let replacing: Promise<void> = Promise.resolve();
  const replaceClient = (): Promise<void> =>
    (replacing = replacing.then(async () => {
      const old = client;
      client = undefined;
      // A client that cannot stop cleanly (still starting, or its server too busy to answer
      // `shutdown` within 2 s) makes dispose() reject: the new client is started all the same,
      // or Copydesk would be left with no client, and every later change skipped, until a reload.
      if (old) await disposeClient(old).catch((err: unknown) => console.warn(`Copydesk: the previous language client did not stop cleanly (${err instanceof Error ? err.message : String(err)}).`));
      counts.clear();
      showStatus();
      client = newClient();
      await client.start();
    }));
  // Findings of drafts that are not open (Check Workspace); an opened draft is checked live instead.
  const workspaceFindings = vscode.languages.createDiagnosticCollection('copydesk-workspace');
  // The command's result goes back to executeCommand (Fix All: how many fixes it applied).
  const withClient = (run: (c: CopydeskClient) => Promise<unknown>) => async (): Promise<unknown> => (client ? run(client) : undefined);
  context.subscriptions.push(
    workspaceFindings,
    vscode.workspace.onDidOpenTextDocument((d) => workspaceFindings.delete(d.uri)),
    vscode.commands.registerCommand(Commands.styleReport, () => reports.show()),
    vscode.commands.registerCommand(Commands.checkWorkspace, withClient((c) => checkWorkspace(c, workspaceFindings))),
    vscode.commands.registerCommand(Commands.convertDates, withClient(convertDates)),
    vscode.commands.registerCommand(Commands.fixAll, withClient((c) => fixAll(c))),
    vscode.commands.registerCommand(Commands.fixAllIncludingSuggestions, withClient((c) => fixAll(c, true))),
    vscode.commands.registerCommand(Commands.newRelease, newRelease),
    vscode.commands.registerCommand(Commands.saveNewRelease, saveNewRelease),
    // Light-bulb actions and palette commands that write .copydesk.json, never the draft (projectFile.ts).
    ...registerProjectFileCommands((m) => notifications.push(m)),
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      try {
        // Stop, then start: a new server process (or web worker) checks the open drafts again.
        if (client && client.state !== State.Stopped) await client.stop();
        await client?.start();
        tell('Copydesk: the server restarted and is checking your open drafts again.');
      } catch (err) {
        tell(`Copydesk: the server did not restart (${err instanceof Error ? err.message : String(err)}). Try "Developer: Reload Window".`);
      }
    }),
    registerHelp(context),
    offerWordWrap(context, () => vscode.workspace.getConfiguration('copydesk').get<string[]>('languages', DEFAULT_LANGUAGES)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification(TrustNotification, { trusted: true });
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The document selector is fixed when the client starts: a new client applies a new one.
      if (e.affectsConfiguration('copydesk.languages')) await replaceClient();
    }),
  );
  const activateMs = performance.now() - started;
  await client.start();
  const statusText = (): string | undefined => (statusShown ? status.text : undefined);
  return { host: platform.host, activation: { activateMs, serverReadyMs: performance.now() - started }, notifications, checked, statusText, reports: () => reports.states(), feedback };
}

/** Stops a client and disposes of it and of everything it owns. */
async function disposeClient(c: CopydeskClient): Promise<void> {
  try {
    // A client still starting cannot be stopped (the library throws "Client is not running"),
    // and would start anyway, alongside its replacement: it is stopped once it is up.
    if (c.state === State.Starting) await c.start().catch(() => undefined);
    await c.dispose();
  } finally {
    for (const d of owned.get(c) ?? []) d.dispose();
    owned.delete(c);
  }
}

/**
 * `copydesk/projectFile`: the nearest .copydesk.json at or above a draft, read through the
 * workspace file system (github.dev's `vscode-vfs:` drafts, code-server's `vscode-remote:`, and
 * every draft of the server in a web worker, which has no file system of its own).
 */
async function projectFileOf(uri: string, finder: ReturnType<typeof projectFileFinder>): Promise<ProjectFileResult> {
  let draft: vscode.Uri;
  try {
    draft = vscode.Uri.parse(uri, true);
  } catch {
    return null;
  }
  const found = await finder.find(draft);
  if (!found) return null;
  try {
    return { uri: found.toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(found)) };
  } catch {
    return null; // gone since it was found: no project file
  }
}

/** A language client with its own file watcher and handlers (each client needs its own). */
function createClient(
  context: vscode.ExtensionContext,
  platform: ClientPlatform,
  onChecked: (p: CheckedParams) => void,
  stylesOf: (view: string) => ParagraphStylesResult,
): CopydeskClient {
  const languages = vscode.workspace.getConfiguration('copydesk').get<string[]>('languages', DEFAULT_LANGUAGES);
  const initializationOptions: InitializationOptions = {
    trusted: vscode.workspace.isTrusted,
    hoverShowsDiagnostics: true,
    ruleLinks: 'command',
    rulePages: rulePagesUri(context).toString(),
    projectActions: true,
    projectFiles: true,
    paragraphStyles: true,
  };
  if (!vscode.workspace.isTrusted && !untrustedNoticeShown) {
    untrustedNoticeShown = true;
    notify('Copydesk: this folder is not trusted, so its .copydesk.json and workspace settings change only rule severities until you trust it.');
  }
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_NAME}`);
  const clientOptions: LanguageClientOptions = {
    // Drafts wherever the editor has them: on disk, unsaved, in github.dev (`vscode-vfs:`) or
    // behind code-server's web extension host (`vscode-remote:`).
    documentSelector: [
      ...languages.flatMap((language) => DRAFT_SCHEMES.map((scheme) => ({ scheme, language }))),
      ...DRAFT_SCHEMES.filter((scheme) => scheme !== 'untitled').map((scheme) => ({ scheme, pattern: `**/${CONFIG_NAME}` })),
    ],
    synchronize: {
      configurationSection: 'copydesk',
      fileEvents: watcher,
    },
    initializationOptions,
    diagnosticCollectionName: SOURCE,
    // Hovers link to the rule pages through this one command (help.ts), and to nothing else.
    markdown: { isTrusted: { enabledCommands: [Commands.explainRule] } },
    // A crash shows one notification of ours (recovery.ts), not the library's messages as well.
    errorHandler: new RecoveringErrorHandler(notify),
    revealOutputChannelOn: REVEAL_OUTPUT_NEVER,
  };
  const c = platform.newClient(clientOptions);
  // Which folder has a project file, remembered until one is created, changed, saved or deleted
  // (these listeners run before the client tells the server, which then asks again).
  const finder = projectFileFinder();
  const isProjectFile = (u: vscode.Uri): boolean => u.path.endsWith(`/${CONFIG_NAME}`);
  owned.set(c, [
    watcher,
    watcher.onDidCreate(() => finder.clear()),
    watcher.onDidChange(() => finder.clear()),
    watcher.onDidDelete(() => finder.clear()),
    vscode.workspace.onDidSaveTextDocument((d) => isProjectFile(d.uri) && finder.clear()),
    vscode.workspace.onDidCreateFiles((e) => e.files.some(isProjectFile) && finder.clear()),
    vscode.workspace.onDidDeleteFiles((e) => e.files.some(isProjectFile) && finder.clear()),
    vscode.workspace.onDidRenameFiles((e) => e.files.some((f) => isProjectFile(f.oldUri) || isProjectFile(f.newUri)) && finder.clear()),
    c.onNotification(CheckedNotification, onChecked),
    c.onRequest(ProjectFileRequest, (p) => projectFileOf(p.uri, finder)),
    c.onRequest(ParagraphStylesRequest, (p) => stylesOf(p.uri)),
  ]);
  return c;
}

export async function deactivateCopydesk(): Promise<void> {
  if (client) await disposeClient(client);
  client = undefined;
}
