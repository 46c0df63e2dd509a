/**
 * A Word document's paragraph styles, for its text view (`copydesk-docx:`): the client read the
 * .docx, so the server asks it (`ParagraphStylesRequest`) which paragraphs are a Title, a Heading
 * or a Caption, once per view until the view is saved or closed. The answer names spans of the text
 * the client read; edits made since then move them (checker/document/styles.ts).
 */
import { changedSpan, normalizeStyles, shiftStyles, StyledParagraph } from '../../../checker';
import { DOCX_SCHEME } from '../../../protocol';
import { ParagraphStylesResult } from '../../../protocol/messages';

/** What the client read: the view's text then, and its styled paragraphs in that text. */
export interface ViewStyles {
  text: string;
  styles: StyledParagraph[];
}

export interface ParagraphStyles {
  /** The styles of the view at `uri`, or undefined for a draft that is no Word document's view. */
  find(uri: string): Promise<ViewStyles | undefined>;
  /** The view was saved or closed: ask again next time. */
  forget(uri: string): void;
}

/** No Word document views: a client that does not answer `ParagraphStylesRequest` (Neovim, the CLI's tests). */
export const NO_STYLES: ParagraphStyles = { find: () => Promise.resolve(undefined), forget: () => undefined };

export class ClientParagraphStyles implements ParagraphStyles {
  private readonly byView = new Map<string, Promise<ViewStyles | undefined>>();

  constructor(
    private readonly ask: (uri: string) => Promise<ParagraphStylesResult>,
    private readonly log: (message: string) => void,
  ) {}

  find(uri: string): Promise<ViewStyles | undefined> {
    if (!uri.startsWith(`${DOCX_SCHEME}:`)) return Promise.resolve(undefined);
    let found = this.byView.get(uri);
    if (!found) {
      found = this.load(uri);
      this.byView.set(uri, found);
    }
    return found;
  }

  forget(uri: string): void {
    this.byView.delete(uri);
  }

  private async load(uri: string): Promise<ViewStyles | undefined> {
    let answer: unknown;
    try {
      answer = await this.ask(uri);
    } catch (err) {
      this.log(`Copydesk could not ask the editor for the paragraph styles of ${uri} (${err instanceof Error ? err.message : String(err)}); it is read from its text alone.`);
      this.byView.delete(uri);
      return undefined;
    }
    if (answer === null || answer === undefined) return undefined;
    const a = answer as { text?: unknown; styles?: unknown };
    if (typeof a.text !== 'string' || !Array.isArray(a.styles)) {
      this.log(`Copydesk ignored a malformed answer to copydesk/paragraphStyles for ${uri}: it needs a "text" and a "styles" list.`);
      return undefined;
    }
    return { text: a.text, styles: normalizeStyles(a.styles, a.text.length) };
  }
}

/**
 * The styles as spans of `text`, the view's text now: the same as read when nothing changed, else
 * moved by the one span where the two texts differ. `from` is a later reading to start from (the
 * last check's text and its moved styles), which follows the writer's edits more closely.
 */
export function stylesIn(read: ViewStyles, text: string, from?: { text: string; styles: readonly StyledParagraph[] }): StyledParagraph[] {
  const base = from ?? read;
  if (base.styles.length === 0 || base.text === text) return [...base.styles];
  const span = changedSpan(base.text, text);
  return shiftStyles(base.styles, span.start, span.end, span.newText.length);
}
