/**
 * What the writer sees when the language server dies: exactly one notification, and a fresh
 * server that checks the open drafts again. After five crashes within three minutes Copydesk
 * stops restarting (one notification says so and how to try again).
 */
import type { CloseHandlerResult, ErrorHandler, ErrorHandlerResult } from 'vscode-languageclient';
import { CloseAction, ErrorAction } from './lsp';

export const RESTARTED_MESSAGE = 'Copydesk: the checker stopped unexpectedly and was restarted; your open drafts are being checked again.';
export const GAVE_UP_MESSAGE =
  'Copydesk: the checker stopped 5 times in 3 minutes and was not restarted. Run "Copydesk: Restart Server" to try again; the Copydesk output has details.';

export const STOPPED_MESSAGE =
  'Copydesk: the checker stopped after an error in its connection and was not restarted. Run "Copydesk: Restart Server" to start it again; the Copydesk output has details.';

const WINDOW_MS = 3 * 60 * 1000;
const MAX_RESTARTS = 4;

export class RecoveringErrorHandler implements ErrorHandler {
  private crashes: number[] = [];

  constructor(private readonly notify: (message: string) => void) {}

  /**
   * A message that could not be read or written: keep going for the first few writes, as the
   * library does. Otherwise the connection is shut down, and the writer is told how to get the
   * checker back (in the browser a worker's uncaught error arrives here, and nothing restarts it).
   */
  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    if (count !== undefined && count <= 3) return { action: ErrorAction.Continue, handled: true };
    this.notify(STOPPED_MESSAGE);
    return { action: ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < WINDOW_MS), now];
    if (this.crashes.length > MAX_RESTARTS) {
      this.notify(GAVE_UP_MESSAGE);
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.notify(RESTARTED_MESSAGE);
    return { action: CloseAction.Restart, handled: true };
  }
}
