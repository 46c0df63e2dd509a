/**
 * The Copydesk client: starts the language server, shows its findings, and adds the commands
 * and the status bar item. All checking happens in the server.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, RevealOutputChannelOn, ServerOptions, TransportKind, State } from 'vscode-languageclient/node';
import { RecoveringErrorHandler } from './recovery';
import { Commands, DEFAULT_LANGUAGES, SOURCE } from '../../protocol';
import { CheckedNotification, CheckedParams, InitializationOptions, TrustNotification } from '../../protocol/messages';
import { registerHelp, rulePagesUri } from './help';
import { feedback, newRelease, offerWordWrap, saveNewRelease, statusOf, tell } from './writer';
import { checkWorkspace, convertDates, fixAll } from './commands';
import { ReportState, StyleReports } from './report';
import { registerProjectFileCommands } from './projectFile';
import { DOCX_SCHEME, registerDocx } from './docx';

let client: LanguageClient | undefined;

/**
 * What activate() returns. Startup cost, as the extension measures it (the VS Code suite and the
 * benchmark read it), and the notifications Copydesk showed (the VS Code suite counts them).
 */
export interface CopydeskApi {
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
const owned = new WeakMap<LanguageClient, vscode.Disposable[]>();
/** Every notification about the server's state goes through here, so tests can count them. */
function notify(message: string): void {
  notifications.push(message);
  void vscode.window.showInformationMessage(message);
}

export async function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
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

  client = createClient(context, onChecked);
  // A new language client (copydesk.languages changed) replaces the old one: the old one is
  // stopped and disposed with its watcher, and its counts are dropped until the new one checks.
  let replacing: Promise<void> = Promise.resolve();
  const replaceClient = (): Promise<void> =>
    (replacing = replacing.then(async () => {
      const old = client;
      client = undefined;
      if (old) await disposeClient(old);
      counts.clear();
      showStatus();
      client = createClient(context, onChecked);
      await client.start();
    }));
  // Findings of drafts that are not open (Check Workspace); an opened draft is checked live instead.
  const workspaceFindings = vscode.languages.createDiagnosticCollection('copydesk-workspace');
  // The command's result goes back to executeCommand (Fix All: how many fixes it applied).
  const withClient = (run: (c: LanguageClient) => Promise<unknown>) => async (): Promise<unknown> => (client ? run(client) : undefined);
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
    // Word documents: Check with Copydesk, the copydesk-docx: text view, saving back (docx.ts).
    ...registerDocx((m) => notifications.push(m)),
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      try {
        if (client && client.state !== State.Stopped) await client.restart();
        else await client?.start();
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
  return { activation: { activateMs, serverReadyMs: performance.now() - started }, notifications, checked, statusText, reports: () => reports.states(), feedback };
}

/** Stops a client and disposes of it and of everything it owns. */
async function disposeClient(c: LanguageClient): Promise<void> {
  try {
    await c.dispose();
  } finally {
    for (const d of owned.get(c) ?? []) d.dispose();
    owned.delete(c);
  }
}

/** A language client with its own file watcher and `copydesk/checked` handler (each client needs its own). */
function createClient(context: vscode.ExtensionContext, onChecked: (p: CheckedParams) => void): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const languages = vscode.workspace.getConfiguration('copydesk').get<string[]>('languages', DEFAULT_LANGUAGES);
  const initializationOptions: InitializationOptions = { trusted: vscode.workspace.isTrusted, hoverShowsDiagnostics: true, ruleLinks: 'command', rulePages: rulePagesUri(context).toString(), projectActions: true };
  if (!vscode.workspace.isTrusted && !untrustedNoticeShown) {
    untrustedNoticeShown = true;
    notify('Copydesk: this folder is not trusted, so its .copydesk.json and workspace settings change only rule severities until you trust it.');
  }
  const watcher = vscode.workspace.createFileSystemWatcher('**/.copydesk.json');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...languages.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      { scheme: 'file', pattern: '**/.copydesk.json' },
      // A Word document's text (docx.ts) is always a press release.
      { scheme: DOCX_SCHEME, language: 'press-release' },
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
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };
  const c = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  owned.set(c, [watcher, c.onNotification(CheckedNotification, onChecked)]);
  return c;
}

export async function deactivate(): Promise<void> {
  if (client) await disposeClient(client);
  client = undefined;
}
