/**
 * A Word document's paragraph styles, for its text view (`copydesk-docx:`): the client read the
 * .docx, so the server asks it (`ParagraphStylesRequest`) which paragraphs are a Title, a Heading
 * or a Caption, once per view until the view is saved or closed. The answer names spans of the text
 * the client read; each edit made since then moves them (checker/document/styles.ts), as the sync
 * notifications report it (`changed`), so that edits far apart never merge into one.
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
  /** What the client read for the view at `uri`, or undefined for a draft that is no Word document's view. */
  find(uri: string): Promise<ViewStyles | undefined>;
  /**
   * The styles of the view at `uri` in its version `version`, whose text is `text`, given what the
   * client read (`read`): followed through every edit since the first check (`changed`), else
   * moved by the one span where the texts differ.
   */
  at(uri: string, read: ViewStyles, version: number, text: string): StyledParagraph[];
  /** The view went from version `from` to `to` by these edits, in order, each in the text as the one before left it. */
  changed(uri: string, from: number, to: number, edits: ReadonlyArray<{ start: number; end: number; inserted: number }>): void;
  /** The view was saved or closed: ask again next time. */
  forget(uri: string): void;
}

/** No Word document views: a client that does not answer `ParagraphStylesRequest` (Neovim, the CLI's tests). */
export const NO_STYLES: ParagraphStyles = {
  find: () => Promise.resolve(undefined),
  at: (_uri, read, _version, text) => stylesIn(read, text),
  changed: () => undefined,
  forget: () => undefined,
};

interface View {
  read: Promise<ViewStyles | undefined>;
  /** The styles as they stand in a version of the view, moved edit by edit from what was read. */
  moved?: { read: ViewStyles; version: number; styles: StyledParagraph[] };
}

export class ClientParagraphStyles implements ParagraphStyles {
  private readonly views = new Map<string, View>();

  constructor(
    private readonly ask: (uri: string) => Promise<ParagraphStylesResult>,
    private readonly log: (message: string) => void,
  ) {}

  find(uri: string): Promise<ViewStyles | undefined> {
    if (!uri.startsWith(`${DOCX_SCHEME}:`)) return Promise.resolve(undefined);
    let view = this.views.get(uri);
    if (!view) {
      view = { read: this.load(uri) };
      this.views.set(uri, view);
    }
    return view.read;
  }

  at(uri: string, read: ViewStyles, version: number, text: string): StyledParagraph[] {
    const view = this.views.get(uri);
    const moved = view?.moved;
    if (moved && moved.read === read && moved.version === version) return moved.styles;
    const styles = stylesIn(read, text);
    if (view) view.moved = { read, version, styles };
    return styles;
  }

  changed(uri: string, from: number, to: number, edits: ReadonlyArray<{ start: number; end: number; inserted: number }>): void {
    const view = this.views.get(uri);
    if (!view?.moved) return;
    if (view.moved.version !== from) {
      view.moved = undefined; // out of step: the next check maps what was read onto its text
      return;
    }
    let styles = view.moved.styles;
    for (const e of edits) styles = shiftStyles(styles, e.start, e.end, e.inserted);
    view.moved = { read: view.moved.read, version: to, styles };
  }

  forget(uri: string): void {
    this.views.delete(uri);
  }

  private async load(uri: string): Promise<ViewStyles | undefined> {
    let answer: unknown;
    try {
      answer = await this.ask(uri);
    } catch (err) {
      this.log(`Copydesk could not ask the editor for the paragraph styles of ${uri} (${err instanceof Error ? err.message : String(err)}); it is read from its text alone.`);
      this.views.delete(uri);
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

/** The styles read from `read.text` as spans of `text`: the same when nothing changed, else moved by the one span where the two differ. */
export function stylesIn(read: ViewStyles, text: string): StyledParagraph[] {
  if (read.styles.length === 0 || read.text === text) return [...read.styles];
  const span = changedSpan(read.text, text);
  return shiftStyles(read.styles, span.start, span.end, span.newText.length);
}
