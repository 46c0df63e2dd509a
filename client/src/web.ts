/**
 * The web extension's one bundle (package.json `browser`: dist/client-web.js), the client and
 * the language server together, so that the protocol libraries they share are downloaded once.
 * Loaded by the browser's extension host it is the client (./browser.ts); started as the client's
 * server worker (after WEB_SERVER_PRELUDE, which sets `copydeskLanguageServer`) it is the server
 * (../../server/src/browser.ts). The worker's name cannot say it: VS Code's web host renames the
 * workers an extension starts.
 * Each side is required only when it runs, so neither runs the other's module code.
 */
import type * as vscode from 'vscode';
import type * as Client from './browser';
import type { CopydeskApi } from './activate';

declare const require: (id: string) => unknown;
declare const copydeskLanguageServer: boolean | undefined;

const client = (): typeof Client => require('./browser') as typeof Client;

export function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
  return client().activate(context);
}

export function deactivate(): Promise<void> {
  return client().deactivate();
}

if (typeof copydeskLanguageServer !== 'undefined') require('../../server/src/browser');
