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
 * A paragraph's words, offsets relative to it, in typed arrays: kept for every paragraph of a
 * long draft, they cost 9 bytes a word rather than an object each. Word `i` is
 * `text.slice(start[i], end[i])`.
 */
export interface Words {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /**
   * 1 (`BROKEN`): anything but spaces, tabs, line feeds, `/`, `&` or `-` stands between the word
   * and the one before (or it is the first); 2 (`JOINED`): one hyphen, and nothing else, joins it
   * to the word before.
   */
  readonly bits: Uint8Array;
}

export const BROKEN = 1;
export const JOINED = 2;

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
  const start: number[] = [];
  const end: number[] = [];
  const bits: number[] = [];
  const re = /[A-Za-z][A-Za-z’']*/g;
  let prevEnd = -1;
  let prevLength = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    const at = m.index;
    // An initial's period (`F.`) does not break a phrase.
    const broken = prevEnd < 0 || !(looseSeparator(t, prevEnd, at) || (prevLength === 1 && initialPeriod(t, prevEnd, at)));
    const joined = prevEnd >= 0 && at - prevEnd === 1 && t.charCodeAt(prevEnd) === 45;
    start.push(at);
    end.push(at + m[0].length);
    bits.push((broken ? BROKEN : 0) | (joined ? JOINED : 0));
    prevEnd = at + m[0].length;
    prevLength = m[0].length;
  }
  return { count: start.length, start: Int32Array.from(start), end: Int32Array.from(end), bits: Uint8Array.from(bits) };
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
