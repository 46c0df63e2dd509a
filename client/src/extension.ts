/**
 * The desktop extension's entry (package.json `main`): the language server is dist/server.js, a
 * Node process the client starts and talks to over IPC. Everything else is ./activate.ts, shared
 * with the browser entry (./browser.ts).
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { activateCopydesk, CopydeskApi, deactivateCopydesk } from './activate';

export function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  return activateCopydesk(context, { host: 'node', newClient: (options) => new LanguageClient('copydesk', 'Copydesk', serverOptions, options) });
}

export function deactivate(): Promise<void> {
  return deactivateCopydesk();
}
