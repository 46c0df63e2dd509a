/** Shared clock-time parsing for the `time/…` rules (and the date-time groups of `date/dtg`). */
import { ReleaseDocument, Block } from '../document/model';
import { TextEdit } from '../types';
import { MONTH_AP_STEMS, MONTH_NAMES } from '../data/months';
import { hasDigit } from '../lex/text';

/**
 * An a.m./p.m. marker in any spelling: `a.m.`, `AM`, `pm`, `P.M`, `a. m.`. Group 1 is the
 * letter; the lookahead keeps it from matching the start of a word (`10 amphibious`).
 */
export const MARKER = '([aApP])\\.?[ ]?[mM]\\.?(?![A-Za-z])';

/**
 * A clock figure (`10`, `3:30`, `3:15:00`) followed by a marker. Groups: hour, minutes, space,
 * letter (seconds are matched, not captured: read them from the match).
 */
export const CLOCK_AMPM = new RegExp(`(?<![\\w.,:/$])(\\d{1,2})(?::(\\d{2})(?::\\d{2})?)?([ \\u00a0]?)${MARKER}`, 'g');

/** Words after a time that continue the sentence: `10 a.m. Monday`, `noon EDT`. */
const CONTINUATIONS = new Set([
  'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
  ...MONTH_NAMES,
  ...MONTH_AP_STEMS,
  'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'UTC', 'GMT', 'ET', 'CT', 'PT', 'MT',
  'Eastern', 'Central', 'Mountain', 'Pacific', 'Zulu', 'Greenwich', 'Coordinated',
]);

/** Body and headline blocks that are not all capitals: where date and time rules look. */
export function proseBlocks(doc: ReleaseDocument): Block[] {
  return doc.blocks.filter((b) => !b.allCaps && (b.kind === 'body' || b.kind === 'headline'));
}

/**
 * proseBlocks that hold a digit: the clock patterns of the `time/…` rules (CLOCK_AMPM, TWELVE,
 * REDUNDANT, MILITARY) each need one, so the other paragraphs are not searched.
 */
export function proseBlocksWithDigits(doc: ReleaseDocument): Block[] {
  const text = doc.text;
  return proseBlocks(doc).filter((b) => hasDigit(text, b.start, b.end));
}

/** Every match of `re` (a global regex) inside the block, with offsets into the whole text. */
export function matchesIn(text: string, block: { start: number; end: number }, re: RegExp): RegExpExecArray[] {
  const slice = text.slice(block.start, block.end);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    m.index += block.start;
    out.push(m);
  }
  return out;
}

/** AP clock form of a 24-hour time: `2 p.m.`, `9:30 a.m.`, `noon`, `midnight`. */
export function apClock(hour: number, minute: number): string {
  if (minute === 0 && (hour === 0 || hour === 24)) return 'midnight';
  if (minute === 0 && hour === 12) return 'noon';
  const h = hour % 12 === 0 ? 12 : hour % 12;
  const suffix = hour < 12 || hour === 24 ? 'a.m.' : 'p.m.';
  return minute === 0 ? `${h} ${suffix}` : `${h}:${String(minute).padStart(2, '0')} ${suffix}`;
}

export function validClock(hour: number, minute: number): boolean {
  return minute >= 0 && minute <= 59 && hour >= 0 && (hour <= 23 || (hour === 24 && minute === 0));
}

/**
 * Whether the period that ends just before `pos` also ends the sentence: `at 12 p.m.` then the
 * end of the paragraph, a closing quotation mark, or a capitalized word that is not a weekday,
 * month or time zone.
 */
export function periodEndsSentence(text: string, pos: number, blockEnd: number): boolean {
  if (pos >= blockEnd) return true;
  const rest = text.slice(pos, Math.min(blockEnd, pos + 40));
  if (/^["”’]/.test(rest)) return true;
  const m = /^\s+([A-Z][A-Za-z]*)/.exec(rest);
  return m !== null && !CONTINUATIONS.has(m[1]);
}

/**
 * The edit that replaces text[start, end) with `newText` without losing or doubling a period:
 * `AM.` → `a.m.` swallows the sentence period; `12 p.m.` ending a sentence → `noon.` keeps one.
 */
export function clockEdit(text: string, start: number, end: number, newText: string, blockEnd: number): TextEdit {
  const oldEndsWithPeriod = text[end - 1] === '.';
  if (newText.endsWith('.') && !oldEndsWithPeriod && text[end] === '.') return { start, end: end + 1, newText };
  if (!newText.endsWith('.') && oldEndsWithPeriod && periodEndsSentence(text, end, blockEnd)) {
    return { start, end, newText: `${newText}.` };
  }
  return { start, end, newText };
}

/** The finding's range: the match, widened to cover its edit (which may take a trailing period). */
export function spanWith(start: number, end: number, edit: TextEdit): { start: number; end: number } {
  return { start: Math.min(start, edit.start), end: Math.max(end, edit.end) };
}

/** Offset where the block holding `offset` ends (or the text's end). */
export function blockEndAt(doc: ReleaseDocument, offset: number): number {
  return doc.blockAt(offset)?.end ?? doc.text.length;
}
