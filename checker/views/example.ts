/**
 * A finding's own right and wrong example, for its hover: the words the finding covers with a
 * little of their sentence around them, as written and as the fix (or the first suggestion)
 * would make them. `LTG Sean MacFarland` / `Lt. Gen. Sean MacFarland` on that finding, not a
 * generic example from the rule page. Undefined when the finding has no edit to show, or when its
 * edits are too far apart to read as one phrase (an acronym spelled out at its first use).
 */
import { Finding, Fix, TextEdit } from '../types';
import { isSentenceEnd } from '../lex/text';

export interface FindingExample {
  wrong: string;
  right: string;
}

/** Longest example phrase, in characters: longer ones fall back to the rule's own examples. */
const MAX_PHRASE = 80;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/uy;

/** Up to `words` words after `end` on the same line, separated by single spaces; returns the new end. */
function wordsAfter(text: string, end: number, words: number): number {
  let at = end;
  for (let n = 0; n < words; n++) {
    if (text[at] !== ' ') break;
    WORD.lastIndex = at + 1;
    const m = WORD.exec(text);
    if (!m) break;
    at = m.index + m[0].length;
  }
  // A sentence's own full stop is not part of the phrase (an abbreviation's is kept: `Sgt.`).
  return text[at - 1] === '.' && !/\b\p{Lu}\p{L}{0,3}\.$/u.test(text.slice(Math.max(0, at - 6), at)) ? at - 1 : at;
}

/** The word just before `start` on the same line, unless a sentence or clause ends there; returns the new start. */
function wordBefore(text: string, start: number): number {
  if (text[start - 1] !== ' ') return start;
  let at = start - 1;
  while (at > 0 && /[\p{L}\p{N}'’-]/u.test(text[at - 1])) at--;
  return at < start - 1 ? at : start;
}

/**
 * `others`: the other findings under the pointer. Their certain fixes inside the phrase are made
 * on the right-hand side too, so a suggestion's example never shows another mistake as right
 * (`Army Staff Sgt. Jane Doe`, not `Army SSG Jane Doe`).
 */
export function findingExample(text: string, f: Finding, others: readonly Finding[] = []): FindingExample | undefined {
  const fix: Fix | undefined = f.fix ?? f.suggestions?.[0];
  if (!fix || fix.edits.length === 0) return undefined;
  const lo = Math.min(f.start, ...fix.edits.map((e) => e.start));
  const hi = Math.max(f.end, ...fix.edits.map((e) => e.end));
  if (hi - lo > MAX_PHRASE || text.slice(lo, hi).includes('\n')) return undefined;
  // A short finding reads better with its neighbours: `Carter stated that`, `LTG Sean MacFarland`.
  const start = wordBefore(text, lo);
  const end = wordsAfter(text, hi, 2);
  const edits: TextEdit[] = [...fix.edits];
  const overlaps = (e: TextEdit): boolean => edits.some((x) => (e.start < x.end && x.start < e.end) || (e.start === x.start && e.end === e.start && x.end === x.start));
  for (const o of others) {
    if (o === f || !o.fix) continue;
    if (o.fix.edits.every((e) => e.start >= start && e.end <= end && !overlaps(e))) edits.push(...o.fix.edits);
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let right = '';
  let at = start;
  for (const e of edits) {
    right += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  right += text.slice(at, end);
  const wrong = text.slice(start, end);
  if (wrong === right || right.includes('\n')) return undefined;
  return { wrong, right };
}

/** The first sentence of `text` (a rule's reason), not cut at an abbreviation such as `Lt.` or `U.S.`. */
export function firstSentence(text: string): string {
  const t = text.trim();
  for (let i = 1; i < t.length; i++) {
    if (t[i] === ' ' && /[.!?]["”’)]?$/.test(t.slice(Math.max(0, i - 2), i)) && isSentenceEnd(t, i)) return t.slice(0, i);
  }
  return t;
}
