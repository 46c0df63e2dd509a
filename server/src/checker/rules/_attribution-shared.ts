/** Helpers shared by the attribution/* and quote/* rules: where quotations sit relative to a verb. */
import { Block, Quote, ReleaseDocument } from '../document';
import { sentenceStart } from '../text';

export const OPEN_MARKS = '"“';
export const CLOSE_MARKS = '"”';

export function isPronounSpeaker(word: string): boolean {
  return /^(?:he|she|they|He|She|They)$/.test(word);
}

/** True when the word ends in a possessive (`Carter's stated goal` is not attribution). */
export function isPossessive(word: string): boolean {
  return /['’]s?$/.test(word);
}

/**
 * The closed quotation whose closing mark sits just before `pos` (only spaces between, and a comma
 * left outside the mark: `"…", Carter said`). This is the `"…," Carter said` position.
 */
export function quoteClosingBefore(doc: ReleaseDocument, pos: number, block: Block): Quote | undefined {
  const text = doc.text;
  let i = pos;
  while (i > block.start && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n' || text[i - 1] === '\r')) i--;
  if (text[i - 1] === ',') i--;
  if (i <= block.start || !CLOSE_MARKS.includes(text[i - 1])) return undefined;
  const q = doc.quoteAt(i - 1);
  return q && q.closed && q.end === i ? q : undefined;
}

/** The quotation whose opening mark follows `pos` after an optional comma or colon (`Carter said, "…"`). */
export function quoteOpeningAfter(doc: ReleaseDocument, pos: number, block: Block): Quote | undefined {
  const m = /^[,:]?[ \t\r\n]*/.exec(doc.text.slice(pos, Math.min(block.end, pos + 8)));
  const at = pos + (m ? m[0].length : 0);
  if (at >= block.end || !OPEN_MARKS.includes(doc.text[at])) return undefined;
  const q = doc.quoteAt(at);
  return q && q.start === at ? q : undefined;
}

/** Bounds of the sentence holding `at`, within its block. */
export function sentenceBounds(doc: ReleaseDocument, at: number, block: Block): { start: number; end: number } {
  const start = sentenceStart(doc.text, at, block.start);
  const m = /[.!?]["”]?(?=\s|$)/.exec(doc.text.slice(at, block.end));
  return { start, end: m ? at + m.index + m[0].length : block.end };
}

/** Whether a direct quotation overlaps the sentence holding `at`. */
export function quoteInSentence(doc: ReleaseDocument, at: number, block: Block): boolean {
  const { start, end } = sentenceBounds(doc, at, block);
  return doc.quotes.some((q) => q.start < end && q.end > start);
}

export function blockIndexAt(blocks: Block[], offset: number): number {
  return blocks.findIndex((b) => offset >= b.start && offset <= b.end);
}

/** Word-boundary alternation of phrases, with internal spaces matching any run of spaces. */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/ /g, '\\s+'))
    .join('|');
}
