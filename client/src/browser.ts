/**
 * The web extension, for VS Code in the browser: vscode.dev, github.dev and code-server's web
 * worker extension host. Its language server is the same server as the desktop's built for a web
 * worker (../../server/src/browser.ts), in the same bundle as this client (./web.ts, one copy of
 * the protocol libraries), started in a worker of its own. Workers from an extension's served URL
 * are refused there ("Creating workers from remote extensions is currently not supported"), so
 * the bundle's text is read through the workspace file system from the extension's own files and
 * started from a Blob URL, after a prelude that tells the bundle to run the server.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter } from 'vscode-jsonrpc/browser';
import { activateCopydesk, CopydeskApi, deactivateCopydesk } from './activate';
import { WebLanguageClient } from './webClient';
import { WEB_SERVER_PRELUDE, WEB_SERVER_WORKER } from '../../protocol';

// The web worker host's globals (this project compiles without the DOM library).
interface ServerWorker {
  postMessage(message: unknown): void;
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;
declare const URL: { createObjectURL(blob: Blob): string; revokeObjectURL(url: string): void };

export async function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
  const bundle = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'client-web.js'));
  const source = URL.createObjectURL(new Blob([WEB_SERVER_PRELUDE, bundle], { type: 'text/javascript' }));
  context.subscriptions.push({ dispose: () => URL.revokeObjectURL(source) });
  const workers = new Set<ServerWorker>();
  context.subscriptions.push({ dispose: () => workers.forEach((w) => w.terminate()) });
  return activateCopydesk(context, {
    host: 'web',
    newClient: (options) => {
      let worker: ServerWorker | undefined;
      const end = (): void => {
        worker?.terminate();
        if (worker) workers.delete(worker);
        worker = undefined;
      };
      // A fresh server for every start (a restart, a recovery after a crash): the worker of the
      // previous one has ended its connection, so it is terminated.
      const start = (): { reader: BrowserMessageReader; writer: BrowserMessageWriter } => {
        end();
        worker = new Worker(source, { name: WEB_SERVER_WORKER });
        workers.add(worker);
        return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
      };
      // Disposed (copydesk.languages changed, deactivation): its worker ends even when the server
      // did not answer `shutdown` in time and so was never told to exit.
      return new (class extends WebLanguageClient {
        override async dispose(timeout?: number): Promise<void> {
          try {
            await super.dispose(timeout);
          } finally {
            end();
          }
        }
      })('Copydesk', start, options);
    },
  });
}

export function deactivate(): Promise<void> {
  return deactivateCopydesk();
}
