/**
 * The language server in a web worker, for VS Code in the browser (vscode.dev, github.dev,
 * code-server's web extension host): the same server as the desktop's (./serve.ts) over the
 * worker's messages. It has no file system: the client reads project files for it.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { serve } from './serve';
import { ProjectFiles } from './providers/projects';

declare const self: { close(): void; postMessage(message: unknown): void; addEventListener(type: string, listener: (event: { reason?: unknown; preventDefault(): void }) => void): void };

// The reader and writer take the worker's global scope, a DOM type this project does not compile
// against (its lib has no DOM): `self` is that scope.
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never));
// As on the desktop: a promise nobody handles is logged, and the server keeps serving.
self.addEventListener('unhandledrejection', (event) => {
  const reason = event.reason;
  connection.console.error(`copydesk: unhandled rejection (a bug; the server keeps running): ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
  event.preventDefault();
});
/** Without the client's reader (a client that does not answer copydesk/projectFile), no draft has a project file. */
const none: ProjectFiles = { find: () => Promise.resolve(undefined), forget: () => undefined };
// The client sends `exit` when it stops this server: the worker ends (a new start gets a new worker).
connection.onExit(() => self.close());
serve(connection, { projects: (client) => ({ find: (uri) => (client() ?? none).find(uri), forget: () => client()?.forget() }) });
