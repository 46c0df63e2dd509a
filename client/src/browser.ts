/**
 * The web extension's entry (package.json `browser`), for VS Code in the browser: vscode.dev,
 * github.dev and code-server's web worker extension host. The language server is
 * dist/server-web.js, the same server as the desktop's built for a web worker, started in a
 * worker of its own. Workers from an extension's served URL are refused there ("Creating workers
 * from remote extensions is currently not supported"), so the bundle's text is read through the
 * workspace file system from the extension's own files and started from a Blob URL.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, LanguageClientOptions, MessageTransports } from 'vscode-languageclient/browser';
import { activateCopydesk, CopydeskApi, deactivateCopydesk } from './activate';

// The web worker host's globals (this project compiles without the DOM library).
interface ServerWorker {
  postMessage(message: unknown): void;
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;
declare const URL: { createObjectURL(blob: Blob): string; revokeObjectURL(url: string): void };

export async function activate(context: vscode.ExtensionContext): Promise<CopydeskApi> {
  const bundle = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'server-web.js'));
  const source = URL.createObjectURL(new Blob([bundle], { type: 'text/javascript' }));
  context.subscriptions.push({ dispose: () => URL.revokeObjectURL(source) });
  const workers = new Set<ServerWorker>();
  context.subscriptions.push({ dispose: () => workers.forEach((w) => w.terminate()) });
  const newClient = (options: LanguageClientOptions): LanguageClient => {
    let worker: ServerWorker | undefined;
    const end = (): void => {
      worker?.terminate();
      if (worker) workers.delete(worker);
      worker = undefined;
    };
    // A fresh server for every start (a restart, a recovery after a crash): the worker of the
    // previous one has ended its connection, so it is terminated.
    // The transports are made here, not by the library from the worker: VS Code's web host
    // replaces the global Worker, so the library's `instanceof Worker` test fails on a real one.
    const start = (): Promise<MessageTransports> => {
      end();
      worker = new Worker(source, { name: 'Copydesk language server' });
      workers.add(worker);
      return Promise.resolve({ reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) });
    };
    // Disposed (copydesk.languages changed, deactivation): its worker ends even when the server
    // did not answer `shutdown` in time and so was never told to exit.
    return new (class extends LanguageClient {
      override async dispose(timeout?: number): Promise<void> {
        try {
          await super.dispose(timeout);
        } finally {
          end();
        }
      }
    })('copydesk', 'Copydesk', start, options);
  };
  return activateCopydesk(context, { host: 'web', newClient });
}

export function deactivate(): Promise<void> {
  return deactivateCopydesk();
}
