import { Rule } from '../types';
import { mentionFacts } from '../facts/rank';
import { bodyMentions, knownBefore } from './_rank-shared';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const rule: Rule = {
  id: 'rank/missing-first-name',
  family: 'rank',
  description: 'A first reference to a person with a rank and only a last name (Lt. Gen. MacFarland said).',
  defaultSeverity: 'warning',
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
        facts: mentionFacts(m),
      });
    }
  },
};

/** A word (a name) standing alone: no letter just before or after it. */
function wordRegex(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}])${escapeRe(word)}(?![\\p{L}])`, 'uy');
}

/**
 * Whether a word occurs in the text from `from` up to a point, as `wordRegex(word).test(text.slice(from, limit))`
 * would say, without reading the text again for every question: each word's earliest occurrence is
 * looked for once, among the places where a run of letters starting with its own first run starts.
 */
class EarlierWords {
  private readonly body: string;
  private runs: Map<string, number[]> | undefined;
  /** Per word: its earliest occurrence in the body (Infinity when none) and its regex. */
  private readonly first = new Map<string, { at: number; re: RegExp }>();

  constructor(text: string, private readonly from: number) {
    this.body = text.slice(from);
  }

  occursBefore(word: string, limit: number): boolean {
    const end = limit - this.from;
    let entry = this.first.get(word);
    if (!entry) {
      entry = { at: this.earliest(word), re: wordRegex(word) };
      this.first.set(word, entry);
    }
    if (entry.at + word.length <= end) return true;
    // The one occurrence the full text hides: it ends right at the limit, where the cut text ends.
    const at = end - word.length;
    if (at < 0 || at >= entry.at) return false;
    entry.re.lastIndex = at;
    return entry.re.test(this.body.slice(0, end));
  }

  private earliest(word: string): number {
    const run = /^\p{L}+/u.exec(word)?.[0];
    const re = wordRegex(word);
    if (run === undefined) {
      const g = new RegExp(re.source, 'gu');
      const m = g.exec(this.body);
      return m ? m.index : Infinity;
    }
    for (const at of this.letterRuns().get(run) ?? []) {
      re.lastIndex = at;
      if (re.test(this.body)) return at;
    }
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
