/**
 * The stdio transport, with one guard the library lacks: when a message header is broken (no
 * number in Content-Length) the stream can never be framed again, and the stock reader would
 * stop reading for good, a server that looks alive and checks nothing. This reader ends the
 * process instead, so the client starts a fresh server. A body that is not JSON is only dropped.
 * Other transports (VS Code's --node-ipc) frame messages themselves and are left to the library.
 */
import { MessageReader, MessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

export function stdioTransport(): { reader: MessageReader; writer: MessageWriter } | undefined {
  if (!process.argv.includes('--stdio')) return undefined;
  // Standard output carries the protocol: anything logged goes to standard error.
  console.log = console.info = console.debug = console.warn = (...args: unknown[]) => console.error(...args);
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((err) => {
    if (!/Content-Length|Header must provide/.test(err.message)) return;
    process.stderr.write(`copydesk: broken message header (${err.message.split('\n')[0]}); the stream cannot be read any further, exiting\n`);
    process.exit(1);
  });
  // The client went away without `exit`.
  process.stdin.on('end', () => process.exit(1));
  return { reader, writer: new StreamMessageWriter(process.stdout) };
}
