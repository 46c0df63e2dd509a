/**
 * A draft as rules read it: blocks, quotations, headline, dateline and release date (read by
 * parse.ts, patched after an edit by patch.ts). Its parts do not change once it is made.
 */
import { LanguageKind, ParagraphRole, StyledParagraph } from '../types';
import { DisabledRanges } from './directives';
import { detachString } from '../engine/memory';
import { Quote } from '../lex/quotes';
import { DocumentParts, findContaining, findReleaseDate, findStoryDateline, parseDocument } from './parse';
import { patch } from './patch';
import { normalizeStyles, shiftStyles } from './styles';

/** `byline`: `By …`, `Story by …` (rank forms are checked there; it is not a sentence). */
export type BlockKind = 'furniture' | 'byline' | 'headline' | 'body' | 'endmark';

/** A run of non-blank lines. */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** Every letter is uppercase (caps headlines, datelines, furniture). */
  allCaps: boolean;
  /** What its paragraph style says it is, in a document from a word processor (styles.ts); absent otherwise. */
  role?: ParagraphRole;
}

export type { Quote } from '../lex/quotes';

export interface Dateline {
  start: number;
  /** Offset just after the dash that ends the dateline. */
  end: number;
  place: string;
}

export interface SimpleDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Each block's text, sliced once and handed on with the block to later versions of the document.
 * It is kept on the block itself, as a property that is not enumerable (so a block still equals a
 * freshly read one), rather than in a WeakMap: a long editing session makes a new block object for
 * every block after each edit, and a WeakMap's table grows with them and never shrinks.
 */
export function cachedText(block: Block): string | undefined {
  return (block as { text?: string }).text;
}

export function cacheText(block: Block, text: string): void {
  Object.defineProperty(block, 'text', { value: text, enumerable: false });
}

/** What a window is made of: the document it shows part of, and the blocks it shows. */
export interface WindowSource {
  of: ReleaseDocument;
  blocks: Block[];
}

export class ReleaseDocument {
  /** The text rules read: the original with non-prose parts (Markdown code, comments, directives) blanked. */
  readonly text: string;
  readonly blocks: Block[];
  readonly quotes: Quote[];
  readonly headline: Block | undefined;
  /** The first paragraph of the body (where the dateline is), also in a window that does not show it. */
  readonly firstBody: Block | undefined;
  readonly dateline: Dateline | undefined;
  /** The release's own date, from the dateline or the lines above the body. */
  readonly releaseDate: SimpleDate | undefined;
  readonly disabled: DisabledRanges;
  /** A word processor's paragraph styles, as spans of the text (styles.ts); empty for a plain draft. */
  readonly styles: readonly StyledParagraph[];
  private readonly lineStarts: number[];
  /** The whole document: itself, or for a `window` the document it shows part of. */
  readonly root: ReleaseDocument;

  /**
   * `original` read whole, or from `source`: the parts read from it (by `edited`), or for a `window`
   * the document it shows part of (whose `original` and `language` it is given).
   */
  constructor(readonly original: string, readonly language: LanguageKind, source: DocumentParts | WindowSource = parseDocument(original, language)) {
    if ('of' in source) {
      const root = source.of.root;
      this.root = root;
      this.blocks = source.blocks;
      this.text = root.text;
      this.disabled = root.disabled;
      this.styles = root.styles;
      this.lineStarts = root.lineStarts;
      this.quotes = root.quotes;
      this.signatures = root.signatures;
      this.headline = root.headline;
      this.firstBody = root.firstBody;
      this.dateline = root.dateline;
      this.releaseDate = root.releaseDate;
      return;
    }
    this.root = this;
    this.text = source.text;
    this.disabled = source.disabled ?? [];
    this.styles = source.styles ?? [];
    this.lineStarts = source.lineStarts;
    this.blocks = source.blocks;
    this.quotes = source.quotes;
    this.headline = this.blocks.find((b) => b.kind === 'headline');
    this.firstBody = this.blocks.find((b) => b.kind === 'body');
    this.dateline = findStoryDateline(this.text, this.blocks);
    this.releaseDate = findReleaseDate(this.text, this.blocks, this.dateline);
  }

  /**
   * A document from a word processor: `styles` are its paragraph styles as spans of `original`
   * (what a `.docx`'s Title, Heading and Caption paragraphs hold), checked and put in order first.
   */
  static styled(original: string, language: LanguageKind, styles: readonly unknown[]): ReleaseDocument {
    return new ReleaseDocument(original, language, parseDocument(original, language, normalizeStyles(styles, original.length)));
  }

  /**
   * The document after replacing original[start, end) with `newText`. Plain drafts without
   * directives are patched: only the paragraphs around the edit are read again, and the rest keep
   * their blocks, quotations and line table (shifted). Anything else is read whole. Either way the
   * result equals `new ReleaseDocument(edited text)`; the property tests hold it to that. `whole`,
   * if given, is that edited text.
   */
  edited(start: number, end: number, newText: string, whole?: string): ReleaseDocument {
    // The caller may already hold the edited text (the server does): one string, not two copies.
    const original = whole ?? this.original.slice(0, start) + newText + this.original.slice(end);
    // A styled document (a Word document's view, a few pages) is read whole, its styles moved with the edit.
    if (this.styles.length > 0) return new ReleaseDocument(original, this.language, parseDocument(original, this.language, shiftStyles(this.styles, start, end, newText.length)));
    const patched = patch(this.language, { text: this.text, lineStarts: this.lineStarts, blocks: this.blocks, quotes: this.quotes, disabled: this.disabled }, original, start, end, newText.length);
    return new ReleaseDocument(original, this.language, patched ? { text: original, ...patched } : parseDocument(original, this.language));
  }

  /**
   * A view of this document that shows rules only the blocks [from, to): rules that read one
   * paragraph at a time find, in the view, exactly what they find in those paragraphs of the whole.
   * Everything else (text, quotations, dateline, release date, headline) is the whole document's.
   */
  window(from: number, to: number): ReleaseDocument {
    return new ReleaseDocument(this.original, this.language, { of: this, blocks: this.blocks.slice(from, to) });
  }

  positionAt(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.lineStarts[lo] };
  }

  offsetAt(line: number, character: number): number {
    if (line >= this.lineStarts.length) return this.original.length;
    return Math.min(this.original.length, this.lineStarts[Math.max(0, line)] + character);
  }

  blockAt(offset: number): Block | undefined {
    return findContaining(this.blocks, offset);
  }

  /** The direct quotation whose marks enclose the range, if any. */
  quoteAt(start: number, end = start): Quote | undefined {
    const q = findContaining(this.quotes, start);
    return q && end <= q.end ? q : undefined;
  }

  inQuote(start: number, end = start): boolean {
    return this.quoteAt(start, end) !== undefined;
  }

  /**
   * The (masked) text of a block: one string object per block, kept across versions (and the key of
   * every per-paragraph cache), so it is a copy that does not keep this version's whole text alive.
   */
  blockText(block: Block): string {
    let t = cachedText(block);
    if (t === undefined) {
      t = detachString(this.text.slice(block.start, block.end));
      cacheText(block, t);
    }
    return t;
  }

  /** The body paragraphs just before and after `block` in the whole document (also when read through a window). */
  bodyNeighbours(block: Block): { prev: Block | undefined; next: Block | undefined } {
    const body = this.root.bodyBlocks;
    let lo = 0;
    let hi = body.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (body[mid].start < block.start) lo = mid + 1;
      else if (body[mid].start > block.start) hi = mid - 1;
      else return { prev: body[mid - 1], next: body[mid + 1] };
    }
    return { prev: body[lo - 1], next: body[lo] };
  }

  /** Each block's quote signature, read once per document (windows share their document's). */
  private readonly signatures = new Map<Block, string>();

  /** The quotations a block holds or is part of, relative to its start: part of a per-paragraph cache key. */
  quoteSignature(block: Block): string {
    const known = this.signatures.get(block);
    if (known !== undefined) return known;
    const parts: string[] = [];
    const running = this.quoteAt(block.start);
    const around = running && running.start < block.start ? [running] : [];
    for (const q of [...around, ...this.quotesStartingIn(block.start, block.end)]) {
      parts.push(`${Math.max(-1, q.start - block.start)}:${Math.min(block.end - block.start + 1, q.end - block.start)}:${q.closed ? 1 : 0}${q.orphan ? 'o' : ''}`);
    }
    const signature = parts.join(',');
    this.signatures.set(block, signature);
    return signature;
  }

  /** Quotations that open within [start, end), in order (binary search: rules call this per paragraph). */
  quotesStartingIn(start: number, end: number): Quote[] {
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Quote[] = [];
    for (let i = lo; i < this.quotes.length && this.quotes[i].start < end; i++) out.push(this.quotes[i]);
    return out;
  }

  private body: Block[] | undefined;

  /** Body blocks: the paragraphs of the release proper (not furniture, headline or end mark). */
  get bodyBlocks(): Block[] {
    this.body ??= this.blocks.filter((b) => b.kind === 'body');
    return this.body;
  }
}
