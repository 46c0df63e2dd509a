/**
 * The words of a paragraph, read once per paragraph text and kept by the engine's cache
 * (engine/cache.ts) for every analysis that reads words rather than patterns.
 *
 * A word is a run of ASCII letters and apostrophes (`Carter’s`, `Iraqi`, `ISF`). Between two words,
 * `broken` says whether punctuation separates them (a phrase never runs over it) and `joined`
 * whether a hyphen does (`Improvised-Threat`). Recognisers of multi-word forms with their own
 * grammar (rank forms, dates, times) keep their compiled expressions: the README's architecture
 * section says why.
 */
import type { Block, ReleaseDocument } from '../document/model';
import { ParagraphReading, perParagraph } from '../engine/cache';

/**
 * A paragraph's words, offsets relative to it, packed three numbers a word in one typed array:
 * kept for every paragraph of a long draft, they cost 12 bytes a word and one allocation a
 * paragraph rather than an object a word. Word `i` is `text.slice(start(w, i), end(w, i))`.
 */
export interface Words {
  readonly count: number;
  /** start, end, bits for each word in turn. */
  readonly packed: Int32Array;
}

/** Anything but spaces, tabs, line feeds, `/`, `&` or `-` stands between the word and the one before (or it is the first). */
export const BROKEN = 1;
/** One hyphen, and nothing else, joins the word to the one before. */
export const JOINED = 2;

export const wordStart = (w: Words, i: number): number => w.packed[3 * i];
export const wordEnd = (w: Words, i: number): number => w.packed[3 * i + 1];
export const wordBits = (w: Words, i: number): number => w.packed[3 * i + 2];

/** Whether only spaces, tabs, line feeds, `/`, `&` or `-` stand between `from` and `to` (and at least one). */
function looseSeparator(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 47 && c !== 38 && c !== 45) return false;
  }
  return true;
}

/** `.` then at most one space, tab, line feed or hyphen (the period after an initial: `John F. Kennedy`). */
function initialPeriod(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(from) !== 46 || to - from > 2) return false;
  if (to - from === 1) return true;
  const c = text.charCodeAt(from + 1);
  return c === 32 || c === 9 || c === 10 || c === 45;
}

/** The words of `t` (a paragraph's text), in order. */
export function readWords(t: string): Words {
  const packed: number[] = [];
  let prevEnd = -1;
  let prevLength = 0;
  // A word is an ASCII letter, then letters and apostrophes (' and ’); read by character code, not a
  // regular expression: this runs on every word of every paragraph.
  for (let i = 0; i < t.length; ) {
    if (!isLetter(t.charCodeAt(i))) {
      i++;
      continue;
    }
    const at = i;
    i++;
    for (let c = t.charCodeAt(i); isLetter(c) || c === 39 || c === 0x2019; c = t.charCodeAt(++i));
    // An initial's period (`F.`) does not break a phrase.
    const broken = prevEnd < 0 || !(looseSeparator(t, prevEnd, at) || (prevLength === 1 && initialPeriod(t, prevEnd, at)));
    const joined = prevEnd >= 0 && at - prevEnd === 1 && t.charCodeAt(prevEnd) === 45;
    packed.push(at, i, (broken ? BROKEN : 0) | (joined ? JOINED : 0));
    prevEnd = i;
    prevLength = i - at;
  }
  return { count: packed.length / 3, packed: new Int32Array(packed) };
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A paragraph's words depend on its text alone. */
const PARAGRAPH_WORDS: ParagraphReading<Words> = {
  name: 'words',
  context: () => '',
  ownStrings: true,
  read: (doc, block) => readWords(doc.blockText(block)),
};

/** The words of `block`, offsets relative to it. */
export function wordsOf(doc: ReleaseDocument, block: Block): Words {
  return perParagraph(doc, PARAGRAPH_WORDS, block);
}
