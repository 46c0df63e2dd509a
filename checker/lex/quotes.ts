/**
 * Reading quotation marks. Copydesk never rewrites a speaker's words, so everything here leans one
 * way: when the marks are ambiguous or broken, more text counts as quoted, never less.
 *
 * - Straight marks (`"`) pair by alternation, but context overrides it where the two disagree: a
 *   mark glued to the end of a word and followed by a space or punctuation closes (`…base," he
 *   said`); one after a space and before a word opens (`said "We`). So a lost or extra mark does
 *   not flip the reading of every later quotation in the paragraph.
 * - Curly (`“…”`), low (`„…“`) and guillemet (`«…»`) quotations close only with their own closing
 *   mark; other marks inside them are nested quotations and stay inside.
 * - A closing mark with no quotation open is an orphan: the quotation is taken to start where the
 *   paragraph (or the last quotation in it) ends.
 */

/** A direct quotation: from its opening mark to just after its closing mark. */
export interface Quote {
  start: number;
  end: number;
  closed: boolean;
  /** A closing mark with no opening mark: `start` is where the paragraph or the previous quotation ends. */
  orphan?: true;
}

/** Marks that open a quotation, and for each the marks that close it. */
const CLOSERS: Readonly<Record<string, string>> = { '"': '"', '“': '”', '„': '“”', '«': '»' };

export function isOpeningMark(c: string | undefined): boolean {
  return c !== undefined && c in CLOSERS;
}

const SPACE_BEFORE_OPENING = /[\s([{—–\-/]/;
const AFTER_CLOSING = /[\s.,;:!?)\]}—–\-'’…]/;

/** The mark at `i` reads as an opening one: after a space (or the start) and before a non-space. */
function opensHere(text: string, i: number, start: number, end: number): boolean {
  const prev = i > start ? text[i - 1] : ' ';
  const next = i + 1 < end ? text[i + 1] : ' ';
  return SPACE_BEFORE_OPENING.test(prev) && !/\s/.test(next);
}

/** The mark at `i` reads as a closing one: glued to what precedes it, before a space, punctuation or the end. */
function closesHere(text: string, i: number, start: number, end: number): boolean {
  const prev = i > start ? text[i - 1] : ' ';
  const next = i + 1 < end ? text[i + 1] : ' ';
  return !/[\s([{]/.test(prev) && AFTER_CLOSING.test(next);
}

/**
 * The state of quotation marks while reading a run of paragraphs: the quotation open (its start
 * and opening mark) and where an orphan closing mark's quotation would start.
 */
export class QuoteReader {
  openAt = -1;
  private opener = '';
  private floor = 0;
  readonly quotes: Quote[] = [];

  get open(): boolean {
    return this.openAt >= 0;
  }

  /**
   * Reads the marks of text[start, end), a paragraph (or a line of one). With a quotation open from
   * an earlier paragraph, the caller has decided it continues here and skipped its reopening mark.
   */
  read(text: string, start: number, end: number, from = start): void {
    this.floor = Math.max(this.floor, start);
    for (let i = from; i < end; i++) {
      // Only `"`, `“`, `”`, `„`, `«` and `»` matter: a code-unit test skips the rest without making strings.
      const code = text.charCodeAt(i);
      if (code !== 34 && code !== 0xab && code !== 0xbb && (code < 0x201c || code > 0x201e)) continue;
      const c = text[i];
      if (this.openAt < 0) {
        if (c === '"' && /[0-9]/.test(text[i - 1] ?? '')) continue; // an inch mark: 5'10"
        const closer = c === '”' || c === '»' || c === '"';
        if (closer && closesHere(text, i, start, end) && !(c === '"' && opensHere(text, i, start, end))) {
          this.quotes.push({ start: this.floor, end: i + 1, closed: true, orphan: true });
          this.floor = i + 1;
        } else if (c in CLOSERS) this.begin(i, c);
        else if (c === '”' && opensHere(text, i, start, end)) this.begin(i, '“'); // a mis-curled opening mark
        continue;
      }
      if (this.opener === '"') {
        if (c !== '"') continue; // curly marks inside a straight quotation are nested ones
        if (opensHere(text, i, start, end) && !closesHere(text, i, start, end)) {
          // `"We went there. He said "yes."`: the first quotation was never closed; a new one opens.
          this.end(i, false);
          this.begin(i, c);
        } else this.end(i + 1, true);
      } else if ((CLOSERS[this.opener] ?? '”»').includes(c)) this.end(i + 1, true);
    }
  }

  /** Continues a quotation opened at `at` in an earlier paragraph (its mark tells which kind). */
  enter(text: string, at: number): void {
    this.begin(at, text[at] === '”' ? '“' : text[at]);
  }

  /** Ends the open quotation where its paragraph ends (it does not continue into the next). */
  stop(at: number): void {
    if (this.openAt >= 0) this.end(at, false);
  }

  /** A new run of paragraphs: nothing is open, orphans start no earlier than `at`. */
  reset(at: number): void {
    this.openAt = -1;
    this.floor = at;
  }

  private begin(at: number, mark: string): void {
    this.openAt = at;
    this.opener = mark;
  }

  private end(at: number, closed: boolean): void {
    this.quotes.push({ start: this.openAt, end: at, closed });
    this.openAt = -1;
    this.floor = at;
  }
}
