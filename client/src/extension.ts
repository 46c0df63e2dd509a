/**
 * The Copydesk client: starts the language server, shows its findings, and adds the commands
 * and the status bar item. All checking happens in the server.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, RevealOutputChannelOn, ServerOptions, TransportKind, State } from 'vscode-languageclient/node';
import { RecoveringErrorHandler } from './recovery';
import { CHECKED_NOTIFICATION, CheckedParams, Commands, DEFAULT_LANGUAGES, InitializationOptions, LANGUAGE_ID, SOURCE, TRUST_NOTIFICATION } from '../../server/src/shared';
import { RELEASE_TEMPLATE } from './template';
import { checkWorkspace, convertDates, fixAll, styleReport } from './commands';

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
}

const notifications: string[] = [];
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
  const showStatus = (): void => {
    const editor = vscode.window.activeTextEditor;
    const c = editor ? counts.get(editor.document.uri.toString()) : undefined;
    if (!editor || !c) {
      status.hide();
      return;
    }
    const issues = c.error + c.warning + c.information;
    status.text = issues === 0 ? '$(check) Copydesk' : `$(edit) Copydesk: ${issues}`;
    status.tooltip = `Copydesk: ${c.error} errors, ${c.warning} warnings, ${c.information} notes, ${c.hint} hints`;
    status.show();
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showStatus));

  client = createClient(context);
  // Findings of drafts that are not open (Check Workspace); an opened draft is checked live instead.
  const workspaceFindings = vscode.languages.createDiagnosticCollection('copydesk-workspace');
  const withClient = (run: (c: LanguageClient) => Promise<unknown>) => async () => {
    if (client) await run(client);
  };
  context.subscriptions.push(
    workspaceFindings,
    vscode.workspace.onDidOpenTextDocument((d) => workspaceFindings.delete(d.uri)),
    vscode.commands.registerCommand(Commands.styleReport, withClient(styleReport)),
    vscode.commands.registerCommand(Commands.checkWorkspace, withClient((c) => checkWorkspace(c, workspaceFindings))),
    vscode.commands.registerCommand(Commands.convertDates, withClient(convertDates)),
    client.onNotification(CHECKED_NOTIFICATION, (p: CheckedParams) => {
      counts.set(p.uri, p.counts);
      showStatus();
    }),
    vscode.commands.registerCommand(Commands.fixAll, withClient(fixAll)),
    vscode.commands.registerCommand(Commands.newRelease, newRelease),
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      if (client && client.state !== State.Stopped) await client.restart();
      else await client?.start();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client?.sendNotification(TRUST_NOTIFICATION, { trusted: true });
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('copydesk.languages')) {
        // The document selector is fixed when the client starts: restart to apply a new one.
        await client?.stop();
        client = createClient(context);
        await client.start();
      }
    }),
  );
  const activateMs = performance.now() - started;
  await client.start();
  return { activation: { activateMs, serverReadyMs: performance.now() - started }, notifications };
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const languages = vscode.workspace.getConfiguration('copydesk').get<string[]>('languages', DEFAULT_LANGUAGES);
  const initializationOptions: InitializationOptions = { trusted: vscode.workspace.isTrusted };
  if (!vscode.workspace.isTrusted) {
    notify('Copydesk: this folder is not trusted, so its .copydesk.json and workspace settings change only rule severities until you trust it.');
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...languages.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      { scheme: 'file', pattern: '**/.copydesk.json' },
    ],
    synchronize: {
      configurationSection: 'copydesk',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.copydesk.json'),
    },
    initializationOptions,
    diagnosticCollectionName: SOURCE,
    // A crash shows one notification of ours (recovery.ts), not the library's messages as well.
    errorHandler: new RecoveringErrorHandler(notify),
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };
  return new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
}

async function newRelease(): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: RELEASE_TEMPLATE });
  await vscode.window.showTextDocument(doc);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
