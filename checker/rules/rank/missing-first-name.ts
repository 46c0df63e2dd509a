import { Rule } from '../../types';
import { bodyMentions, knownBefore } from '../../analysis/rank';

export const rule: Rule = {
  id: 'rank/missing-first-name',
  family: 'rank',
  description: 'A first reference to a person with a rank and only a last name (Lt. Gen. MacFarland said).',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'AP: on first reference give the rank and the full name (Lt. Gen. Sean MacFarland); the last name alone comes after that.',
  right: 'Army Lt. Gen. Sean MacFarland said the airfield is secure.',
  wrong: 'Army Lt. Gen. MacFarland said the airfield is secure.',
  fixable: false,
  check(doc, ctx) {
    const mentions = bodyMentions(doc);
    const known = knownBefore(mentions);
    // The headline is not a reference: the body must introduce the person in full.
    const earlier = new EarlierWords(doc.text, doc.bodyBlocks[0]?.start ?? 0);
    for (const [i, m] of mentions.entries()) {
      if (known[i] || m.tokens.length !== 1) continue;
      // Anything after the name that could still be part of it makes the reading uncertain.
      if (/^[ \t]+[\p{Lu}\d]/u.test(doc.text.slice(m.last.end, m.last.end + 3))) continue;
      if (earlier.occursBefore(m.last.text, m.start)) continue;
      ctx.report({
        start: m.start,
        end: m.last.end,
        message: `First reference to ${m.last.text}: give the rank with the full name (${m.ap ?? doc.text.slice(m.start, m.end)} <first name> ${m.last.text}).`,
      });
    }
  },
};

const LETTER = /\p{L}/u;

/** The code point ending just before `at` (a surrogate pair read whole). */
function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const lo = text.charCodeAt(at - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1];
}

/**
 * Whether `word` stands alone at `at`: no letter just before or after it. Checked by hand rather
 * than by a regular expression per name, since compiling `\p{L}` for thousands of names cost more
 * than the search itself.
 */
function wordAt(text: string, at: number, word: string): boolean {
  if (!text.startsWith(word, at)) return false;
  const after = text.codePointAt(at + word.length);
  return !LETTER.test(charBefore(text, at)) && (after === undefined || !LETTER.test(String.fromCodePoint(after)));
}

/**
 * Whether a word occurs in the text from `from` up to a point (as a whole word inside that stretch),
 * without reading the text again for every question: each word's earliest occurrence is looked for
 * once, among the places where a run of letters starting with its own first run starts.
 */
class EarlierWords {
  private readonly body: string;
  private runs: Map<string, number[]> | undefined;
  /** Per word: its earliest occurrence in the body (Infinity when none). */
  private readonly first = new Map<string, number>();

  constructor(text: string, private readonly from: number) {
    this.body = text.slice(from);
  }

  occursBefore(word: string, limit: number): boolean {
    const end = limit - this.from;
    let at = this.first.get(word);
    if (at === undefined) {
      at = this.earliest(word);
      this.first.set(word, at);
    }
    if (at + word.length <= end) return true;
    // The one occurrence the cut text would show that the whole text hides: it ends right at the limit.
    const last = end - word.length;
    if (last < 0 || last >= at) return false;
    return this.body.startsWith(word, last) && !LETTER.test(charBefore(this.body, last));
  }

  private earliest(word: string): number {
    const run = /^\p{L}+/u.exec(word)?.[0];
    if (run === undefined) {
      for (let at = this.body.indexOf(word); at >= 0; at = this.body.indexOf(word, at + 1)) if (wordAt(this.body, at, word)) return at;
      return Infinity;
    }
    for (const at of this.letterRuns().get(run) ?? []) if (wordAt(this.body, at, word)) return at;
    return Infinity;
  }

  /** Where each maximal run of letters starts, by the run. */
  private letterRuns(): Map<string, number[]> {
    if (!this.runs) {
      this.runs = new Map();
      for (const m of this.body.matchAll(/\p{L}+/gu)) {
        const list = this.runs.get(m[0]);
        if (list) list.push(m.index);
        else this.runs.set(m[0], [m.index]);
      }
    }
    return this.runs;
  }
}
