/** The CLI's messages on stderr. */
import { escapeControl } from './format/escape';

/** One line each: a control character in a file name the message quotes is escaped. */
export const err = (msg: string): void => void process.stderr.write(`copydesk: ${escapeControl(msg)}\n`);

/** A usage, read or config error: its message, and exit code 2. */
export function fail(msg: string): number {
  err(msg);
  return 2;
}
