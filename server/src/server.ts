/**
 * The desktop language server: a Node process the client starts (over IPC, or `--stdio` for
 * other editors). Everything but the transport and the file system is shared with the browser
 * server (./serve.ts).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { stdioTransport } from './transport';
import { serve } from './serve';
import { NodeProjectFiles } from './nodeProjects';

const stdio = stdioTransport();
const connection = stdio ? createConnection(ProposedFeatures.all, stdio.reader, stdio.writer) : createConnection(ProposedFeatures.all);
// A promise nobody handles is a bug, but one draft's bug must not take the editor's checking down
// with it: Node would end the process. It is written to standard error (the client's output
// channel; the LSP tests read it and fail on it) and the server keeps serving.
process.on('unhandledRejection', (reason) => {
  const why = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
  console.error(`copydesk: unhandled rejection (a bug; the server keeps running): ${why}`);
});
serve(connection, { projects: (client) => new NodeProjectFiles(client) });
