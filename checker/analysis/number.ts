/** Shared helpers for the `number/…` rules: number words, prose ranges and sentence starts. */
import { ReleaseDocument } from '../document/model';

export const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 1–99 in words, lowercase (`twenty-five`). */
export function numberWord(n: number): string {
  if (n < 10) return ONES[n];
  if (n < 20) return TEENS[n - 10];
  const t = TENS[Math.floor(n / 10)];
  return n % 10 === 0 ? t : `${t}-${ONES[n % 10]}`;
}

/** A spelled-out 10–99 (`twelve`, `forty-two`) → its value, else undefined. */
export function wordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const teen = TEENS.indexOf(w);
  if (teen >= 0) return 10 + teen;
  const [tens, ones] = w.split('-');
  const t = TENS.indexOf(tens);
  if (t < 2) return undefined;
  if (ones === undefined) return t * 10;
  const o = ONES.indexOf(ones as (typeof ONES)[number]);
  return o >= 1 ? t * 10 + o : undefined;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Body paragraphs (not all capitals) as ranges, with the dateline cut off the first one. */
export function bodyProse(doc: ReleaseDocument): Array<{ start: number; end: number }> {
  const cut = doc.dateline?.end ?? -1;
  return doc.bodyBlocks
    .filter((b) => !b.allCaps)
    .map((b) => ({ start: b.start <= cut && cut <= b.end ? cut : b.start, end: b.end }))
    .filter((r) => r.end > r.start);
}

/** Abbreviations whose period is followed by a figure mid-sentence (`No. 5`, `approx. 3`, `p. 4`). */
const ABBREVIATION_BEFORE = /(?:^|[^A-Za-z])(?:[A-Za-z]|No|Nos|no|nos|Vol|vol|pp?|ch|Art|art|Sec|sec|Fig|fig|para|approx|est|ca|vs|v|Pt|pt|Mk|mod|Rev|ver|ext|Ext|Tel|tel|Rm|Bldg|Ste|Apt|St|Ave|Rd|Hwy|Rte|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Pfc|Spc|Jr|Sr|Inc|Co|Corp|Dept|Gov|Sen|Rep|Mr|Mrs|Ms|Dr|U\.S|a\.m|p\.m|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/**
 * Whether `offset` begins a sentence: the start of the prose range (a paragraph, or the text after
 * the dateline) or after `.`, `!` or `?` and a space, skipping opening quotes and parentheses.
 * A period after an abbreviation (`No. 5`) does not count.
 */
export function atSentenceStart(text: string, offset: number, rangeStart: number): boolean {
  let i = offset;
  while (i > rangeStart && /["“‘'(]/.test(text[i - 1])) i--;
  if (i === rangeStart) return true;
  if (!/\s/.test(text[i - 1])) return false;
  while (i > rangeStart && /\s/.test(text[i - 1])) i--;
  if (i === rangeStart) return true;
  let j = i;
  while (j > rangeStart && /["”’')\]]/.test(text[j - 1])) j--;
  const p = text[j - 1];
  if (p === '!' || p === '?') return true;
  if (p !== '.') return false;
  return !ABBREVIATION_BEFORE.test(text.slice(Math.max(rangeStart, j - 8), j));
}
