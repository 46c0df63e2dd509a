/**
 * The shared date parser of the `date/…` rules and the date hover: finds every date written in
 * AP form or in a convertible form (day-month-year, ISO, U.S. numeric, date-time group, ordinal)
 * and resolves the year a weekday check assumes.
 */
import { Block, ReleaseDocument } from '../document/model';
import { ParagraphReading, perDocument, perParagraph } from '../engine/cache';
import { alternation, MONTHS, MONTH_AP_STEMS, MONTH_BY_NAME, MONTH_NAMES, MONTH_VARIANTS, WEEKDAYS, WEEKDAY_ABBREVIATIONS, apDate, isValidDate, monthInfo, weekdayOf } from '../data/months';
import { hasDigit, NOT_NAMES } from '../lex/text';
import { isStoryDateLine } from '../document/furniture';
import { HoverFacts } from '../types';
import { apClock, matchesIn, proseBlocks, validClock } from './time';

export type DateKind = 'mdy' | 'my' | 'dmy' | 'iso' | 'numeric' | 'dtg' | 'ordinal';

export interface DateMention {
  kind: DateKind;
  start: number;
  end: number;
  month: number;
  day?: number;
  year?: number;
  /** The month word as written, with its period (`Sep.`, `August`, `JUL`). */
  monthText: string;
  monthStart: number;
  /** mdy: the day figure, the ordinal suffix after it, and where a written year starts. */
  dayStart?: number;
  dayEnd?: number;
  ordinal?: string;
  yearStart?: number;
  /** my: a comma between month and year (`June, 2016`). */
  comma?: boolean;
  /** numeric: the day-first reading when it is possible too (`7/11/2016` as Nov. 7). */
  alt?: { month: number; day: number };
  /** dtg: the time and zone letter. */
  hour?: number;
  minute?: number;
  zone?: string;
}

const FULL = MONTH_NAMES.join('|');
const ABBR = alternation([...MONTH_AP_STEMS, ...MONTH_VARIANTS]);
const CAPS3 = MONTHS.map((m) => m.name.slice(0, 3).toUpperCase()).join('|');
const CAPS = `${MONTH_NAMES.filter((n) => n.length > 3).map((n) => n.toUpperCase()).join('|')}|SEPT|${CAPS3}`;
/** A month abbreviated in capitals (`OCT 15`, `SEPT 2016`); not MAY, a full name that may be a capitalized word. */
const CAPS_ABBR = alternation([...MONTHS.filter((m) => m.name !== 'May').map((m) => m.name.slice(0, 3).toUpperCase()), 'SEPT']);
/** A capitalized month word; a lowercase `march` or `may` is never a month. */
const MONTH = `(?:${FULL}|(?:${ABBR})\\.?)(?![A-Za-z])`;
const NUM_END = '(?![\\w%/]|[.,:]\\d)';

const MDY = new RegExp(`\\b(${MONTH}|(?:${CAPS_ABBR})\\.?(?![A-Za-z]))[ \\u00a0](\\d{1,2})(st|nd|rd|th)?(?![\\w:/%]|[.,]\\d)(?:,[ \\u00a0]((?:1[7-9]|20)\\d{2})${NUM_END})?`, 'g');
const MY = new RegExp(`\\b(${MONTH}|(?:${CAPS_ABBR})\\.?(?![A-Za-z]))(,?)[ \\u00a0]((?:1[7-9]|20)\\d{2})${NUM_END}`, 'g');
const DMY = new RegExp(`(?<![\\w,.:/-])(\\d{1,2})[ \\u00a0](${MONTH}|(?:${CAPS})(?![A-Za-z]))(?:[ \\u00a0](\\d{4}|\\d{2})${NUM_END})?`, 'g');
const ISO = /(?<![\w/.-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\w/-]|\.\w)/g;
const NUMERIC = /(?<![\w/.:-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\w/-]|\.\d)/g;
const DTG = new RegExp(`(?<![\\w])(\\d{2})(\\d{2})(\\d{2})([A-Z])[ ]?(${CAPS3}|${MONTHS.map((m) => m.name.slice(0, 3)).join('|')})(?:[ ]?(\\d{4}|\\d{2}))?(?![\\w])`, 'g');
const ORDINAL_OF = new RegExp(`\\b(?:(?:the|The)[ ])?(\\d{1,2})(st|nd|rd|th)[ ]of[ ](${MONTH})(?:,?[ ]((?:1[7-9]|20)\\d{2})${NUM_END})?`, 'g');
const MONTH_THE = new RegExp(`\\b(${MONTH})[ ]the[ ](\\d{1,2})(st|nd|rd|th)\\b(?:,[ ]((?:1[7-9]|20)\\d{2})${NUM_END})?`, 'g');

export function monthNumber(word: string): number | undefined {
  return MONTH_BY_NAME.get(word.replace('.', '').toLowerCase());
}

/** Two-digit years: 00–50 are 2000–2050, 51–99 are 1951–1999 (military copy is recent). */
export function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 4 ? n : n <= 50 ? 2000 + n : 1900 + n;
}

/** A paragraph's dates, relative to its start: they depend on its text alone. */
const PARAGRAPH_DATES: ParagraphReading<DateMention[]> = {
  name: 'dates',
  ownStrings: true,
  context: () => '',
  read(doc: ReleaseDocument, block: Block) {
    const t = doc.blockText(block);
    return scanDates(t, { start: 0, end: t.length });
  },
};

/**
 * Every date in the body and headline (not in all-caps blocks), in text order, once per document.
 * A date is read from its own paragraph only (see PARAGRAPH_DATES).
 */
export function datesIn(doc: ReleaseDocument): DateMention[] {
  return perDocument(doc, 'dates', () => {
    const found: DateMention[] = [];
    for (const b of datedBlocks(doc)) for (const d of perParagraph(doc, PARAGRAPH_DATES, b)) found.push(shiftDate(d, b.start));
    return found;
  });
}

/** The prose blocks and the story date lines (`12 Mar 2015`, also in capitals), in order. */
function datedBlocks(doc: ReleaseDocument): Block[] {
  const prose = proseBlocks(doc);
  const lines = doc.blocks.filter((b) => b.kind === 'furniture' && isStoryDateLine(doc.blockText(b)));
  return lines.length === 0 ? prose : [...lines, ...prose].sort((a, b) => a.start - b.start);
}

function shiftDate(d: DateMention, by: number): DateMention {
  const out: DateMention = { ...d, start: d.start + by, end: d.end + by, monthStart: d.monthStart + by };
  if (d.dayStart !== undefined) out.dayStart = d.dayStart + by;
  if (d.dayEnd !== undefined) out.dayEnd = d.dayEnd + by;
  if (d.yearStart !== undefined) out.yearStart = d.yearStart + by;
  return out;
}

/** The whole document's dates that give a day and a year, in order (for years taken from an earlier date). */
function fullDates(doc: ReleaseDocument): Array<{ end: number; year: number }> {
  const root = doc.root;
  return perDocument(root, 'full-dates', () => {
    const list: Array<{ end: number; year: number }> = [];
    for (const x of datesIn(root)) if (x.year !== undefined && x.day !== undefined) list.push({ end: x.end, year: x.year });
    return list;
  });
}

/** The dates inside one block. Earlier patterns win where two readings overlap. */
export function scanDates(text: string, block: { start: number; end: number }): DateMention[] {
  const accepted: DateMention[] = [];
  // Every pattern below needs a digit (a day, a year or a group of figures).
  if (!hasDigit(text, block.start, block.end)) return accepted;
  // Earlier patterns' dates, disjoint and sorted by start, so an overlap is found by binary search
  // (a paragraph of thousands of dates stays linear); this pattern's dates come in text order.
  let taken: DateMention[] = [];
  let pending: DateMention[] = [];
  let pendingInOrder = true;
  const add = (d: DateMention | undefined) => {
    if (!d || overlapsSorted(taken, d)) return;
    const last = pending[pending.length - 1];
    if (last !== undefined && pendingInOrder && d.start < last.start) pendingInOrder = false;
    if (pendingInOrder ? last !== undefined && last.start < d.end && d.start < last.end : pending.some((a) => a.start < d.end && d.start < a.end)) return;
    pending.push(d);
    accepted.push(d);
  };
  const each = (re: RegExp, f: (m: RegExpExecArray) => DateMention | undefined) => {
    matchesIn(text, block, re).forEach((m) => add(f(m)));
    taken = mergeByStart(taken, pendingInOrder ? pending : pending.sort((a, b) => a.start - b.start));
    pending = [];
    pendingInOrder = true;
  };

  each(DTG, (m) => {
    const [day, hour, minute, month] = [Number(m[1]), Number(m[2]), Number(m[3]), monthNumber(m[5])!];
    const year = m[6] ? fullYear(m[6]) : undefined;
    if (!validClock(hour, minute) || !isValidDate(year ?? 2016, month, day)) return undefined;
    return { kind: 'dtg', start: m.index, end: m.index + m[0].length, month, day, year, monthText: m[5], monthStart: m.index + m[0].indexOf(m[5], 7), hour, minute, zone: m[4] };
  });
  each(ISO, (m) => {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDate(year, month, day)) return undefined;
    return { kind: 'iso', start: m.index, end: m.index + m[0].length, month, day, year, monthText: m[2], monthStart: m.index + 5 };
  });
  each(NUMERIC, (m) => {
    const [a, b, year] = [Number(m[1]), Number(m[2]), fullYear(m[3])];
    const us = isValidDate(year, a, b);
    const dayFirst = isValidDate(year, b, a);
    if (!us && !dayFirst) return undefined;
    const [month, day] = us ? [a, b] : [b, a];
    const alt = us && dayFirst && a !== b ? { month: b, day: a } : undefined;
    return { kind: 'numeric', start: m.index, end: m.index + m[0].length, month, day, year, monthText: m[1], monthStart: m.index, alt };
  });
  const ordinal = (m: RegExpExecArray, dayText: string, suffix: string, monthWord: string, yearText?: string): DateMention | undefined => {
    const month = monthNumber(monthWord)!;
    const day = Number(dayText);
    const year = yearText ? Number(yearText) : undefined;
    if (!isValidDate(year ?? 2016, month, day)) return undefined;
    return { kind: 'ordinal', start: m.index, end: m.index + m[0].length, month, day, year, monthText: monthWord, monthStart: m.index + m[0].indexOf(monthWord), ordinal: suffix };
  };
  each(ORDINAL_OF, (m) => ordinal(m, m[1], m[2], m[3], m[4]));
  each(MONTH_THE, (m) => ordinal(m, m[2], m[3], m[1], m[4]));
  const monthBefore = new RegExp(`\\b${MONTH}[ \\u00a0]$`);
  each(DMY, (m) => {
    // `July 10 July 11`: the figure belongs to the month before it.
    if (monthBefore.test(text.slice(Math.max(0, m.index - 11), m.index))) return undefined;
    const month = monthNumber(m[2])!;
    const day = Number(m[1]);
    const abbreviated = !new RegExp(`^(?:${FULL})$`).test(m[2]);
    const caps = /^[A-Z]+$/.test(m[2]) && m[2].length > 1;
    let yearText: string | undefined = m[3];
    // `11 July 16 soldiers`: a two-digit number after a spelled-out month is a count, not a year.
    if (yearText?.length === 2 && (!abbreviated || countNounAt(text, m.index + m[0].length))) yearText = undefined;
    if (caps && !yearText) return undefined;
    const year = yearText ? fullYear(yearText) : undefined;
    if (!isValidDate(year ?? 2016, month, day)) return undefined;
    const end = yearText ? m.index + m[0].length : m.index + m[1].length + 1 + m[2].length;
    return { kind: 'dmy', start: m.index, end, month, day, year, monthText: m[2], monthStart: m.index + m[1].length + 1 };
  });
  each(MDY, (m) => {
    const month = monthNumber(m[1])!;
    const day = Number(m[2]);
    const year = m[4] ? Number(m[4]) : undefined;
    if (!isValidDate(year ?? 2016, month, day)) return undefined;
    if (isCount(text, m)) return undefined;
    const dayStart = m.index + m[1].length + 1;
    const dayEnd = dayStart + m[2].length;
    return {
      kind: 'mdy', start: m.index, end: m.index + m[0].length, month, day, year, monthText: m[1], monthStart: m.index,
      dayStart, dayEnd, ordinal: m[3], yearStart: m[4] ? m.index + m[0].length - 4 : undefined,
    };
  });
  // `In May, 2000 troops arrived`: after a comma, a figure before a plural noun is a count.
  each(MY, (m) => m[2] === ',' && countNounAt(text, m.index + m[0].length) ? undefined : {
    kind: 'my', start: m.index, end: m.index + m[0].length, month: monthNumber(m[1])!, year: Number(m[3]),
    monthText: m[1], monthStart: m.index, comma: m[2] === ',',
  });
  return accepted.sort((a, b) => a.start - b.start);
}

/** Whether `d` overlaps one of `spans` (disjoint, non-empty, sorted by start). */
function overlapsSorted(spans: readonly DateMention[], d: DateMention): boolean {
  // The last span starting before d ends is the only one that can reach into it.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < d.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && spans[lo - 1].end > d.start;
}

function mergeByStart(a: DateMention[], b: DateMention[]): DateMention[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: DateMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return out;
}

/** `in August 18 soldiers died`: a month after `in` and a figure before a plural noun is a count. */
function isCount(text: string, m: RegExpExecArray): boolean {
  if (m[3] || m[4]) return false;
  const before = text.slice(Math.max(0, m.index - 8), m.index);
  if (!/\b(?:in|In|during|During|since|Since|through|until|by)\s$/.test(before)) return false;
  return countNounAt(text, m.index + m[0].length);
}

/** Whether a plural noun follows `pos` (`18 soldiers`), making the figure before it a count. */
function countNounAt(text: string, pos: number): boolean {
  const after = /^\s+([a-z]+)/.exec(text.slice(pos, pos + 30));
  return after !== null && /(?:[^s]s|people|men|women|personnel)$/.test(after[1]) && !/^(?:was|has|is|as|this|its|thus|does)$/.test(after[1]);
}

export interface ResolvedYear {
  year: number;
  /** `number`: the release number (`NR-245-16`); `document` / `later`: the nearest full date before / after it. */
  source: 'date' | 'release' | 'number' | 'document' | 'later' | 'setting';
  /** The release number the year was read from. */
  from?: string;
}

/** A DoD release number with its year: `NR-245-16`, `NR-012-2017`. */
const RELEASE_NUMBER = /\bNR-\d{1,4}-(\d{4}|\d{2})\b/;

/** The year a release number in the document gives (`NR-245-16` → 2016), read once per document. */
export function releaseNumberYear(doc: ReleaseDocument): { year: number; text: string } | undefined {
  const root = doc.root;
  return perDocument(root, 'release-number-year', () => {
    const m = RELEASE_NUMBER.exec(root.text);
    if (!m) return undefined;
    const year = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
    return year >= 1990 && year <= 2099 ? { year, text: m[0] } : undefined;
  });
}

/**
 * The year of a date: its own, else the release date's (the adjacent year when that is within
 * about three months of the release, as `Jan. 3` in a release of Dec. 30), else the year of the
 * nearest earlier full date in the text (a `WASHINGTON, July 11, 2016 —` dateline), else the release
 * number (`NR-245-16`), else the first full date later in the text, else the setting.
 */
export function resolveYear(doc: ReleaseDocument, defaultYear: number | undefined, d: { start?: number; month: number; day?: number; year?: number }): ResolvedYear | undefined {
  if (d.year !== undefined) return { year: d.year, source: 'date' };
  const r = doc.releaseDate;
  if (r) {
    const release = Date.UTC(r.year, r.month - 1, r.day);
    let best = r.year;
    let bestDistance = Infinity;
    for (const y of [r.year - 1, r.year, r.year + 1]) {
      const distance = Math.abs(Date.UTC(y, d.month - 1, d.day ?? 1) - release) / 86400000;
      const limit = y === r.year ? Infinity : 92;
      if (distance < bestDistance && distance <= limit) [best, bestDistance] = [y, distance];
    }
    return { year: best, source: 'release' };
  }
  if (d.start !== undefined) {
    // The nearest full date ending before this one, anywhere in the document (binary search).
    const list = fullDates(doc);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].end <= d.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) return { year: list[lo - 1].year, source: 'document' };
    const numbered = releaseNumberYear(doc);
    if (numbered) return { year: numbered.year, source: 'number', from: numbered.text };
    if (list.length > 0) return { year: list[0].year, source: 'later' };
  } else {
    const numbered = releaseNumberYear(doc);
    if (numbered) return { year: numbered.year, source: 'number', from: numbered.text };
  }
  return defaultYear === undefined ? undefined : { year: defaultYear, source: 'setting' };
}

export function yearNote(y: ResolvedYear): string {
  const from = {
    date: 'the date',
    release: 'the release date',
    number: `the release number ${y.from ?? ''}`.trimEnd(),
    document: 'the nearest earlier full date',
    later: 'a full date later in the text',
    setting: 'the copydesk default year setting',
  }[y.source];
  return `${y.year}, assumed from ${from}`;
}

/** The AP form of a parsed date: `July 11, 2016`, `July 11`, `August 2016`. */
export function apFormOf(d: { month: number; day?: number; year?: number }): string {
  if (d.day === undefined) return d.year === undefined ? monthInfo(d.month).name : `${monthInfo(d.month).name} ${d.year}`;
  return apDate(d.month, d.day, d.year);
}

/** Hover facts: the AP form, the weekday, and the year that was assumed. */
export function dateFacts(d: DateMention, y: ResolvedYear | undefined): HoverFacts {
  const ap = apFormOf(d);
  if (d.day === undefined) return { heading: ap, lines: [`AP form: **${ap}** (month with a year only: spelled out, no comma)`] };
  const lines = [`AP form: **${ap}**`];
  let heading = ap;
  if (y && isValidDate(y.year, d.month, d.day)) {
    const weekday = WEEKDAYS[weekdayOf(y.year, d.month, d.day)];
    heading = `${apDate(d.month, d.day, y.year)} — ${weekday}`;
    lines.push(`Weekday: ${weekday}${y.source === 'date' ? '' : ` (year ${yearNote(y)})`}`);
  } else lines.push('Weekday: unknown (no year in the date or the release)');
  if (d.hour !== undefined) lines.push(`Time: ${apClock(d.hour, d.minute ?? 0)}${d.zone === 'Z' ? ' UTC' : ''} (zone letter ${d.zone})`);
  if (d.alt) lines.push(`Also readable day-first as ${apFormOf({ ...d.alt, year: d.year })}`);
  return { heading, lines };
}

/** The facts of a date, with the year resolved from the document or the setting. */
export function factsFor(doc: ReleaseDocument, defaultYear: number | undefined, d: DateMention): HoverFacts {
  return dateFacts(d, resolveYear(doc, defaultYear, d));
}

/** Whether a full date ending at `end` needs a comma after its year: the sentence goes on. */
export function needsYearComma(text: string, end: number): boolean {
  const m = /^[ \u00a0]+([A-Za-z][A-Za-z'’-]*)/.exec(text.slice(end, end + 40));
  if (!m) return false;
  // Ranges and lists (`July 11, 2016 to Aug. 2, 2016`) and counts (`July 11, 2000 troops`) are left alone.
  return !/^(?:to|through|thru|until|and|or|and\/or|troops|soldiers|sailors|airmen|marines|Marines|people|personnel|members|civilians|service)$/.test(m[1]);
}

export interface WeekdayMention {
  start: number;
  end: number;
  /** 0 = Sunday. */
  index: number;
  text: string;
  abbreviated: boolean;
}

const WEEKDAY_BEFORE = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sun|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat)(\.?)(,?[ \u00a0]|[ \u00a0]?\()$/;
/** Abbreviations that are also words or names (`the Baltimore Sun`, `Sat`, `Wed`). */
const RISKY = new Set(['Sun', 'Mon', 'Wed', 'Sat']);

/** A weekday written directly before the date at `at`: `Tuesday, July 11`, `Tues. July 11`, `Tuesday (July 11)`. */
export function weekdayBefore(text: string, at: number, blockStart: number): WeekdayMention | undefined {
  const from = Math.max(blockStart, at - 14);
  const m = WEEKDAY_BEFORE.exec(text.slice(from, at));
  if (!m) return undefined;
  const word = m[1];
  const start = from + m.index;
  const full = WEEKDAYS.indexOf(word as (typeof WEEKDAYS)[number]);
  if (full < 0 && !m[2]) {
    if (RISKY.has(word)) {
      if (!m[3].startsWith(',')) return undefined;
      const prev = /([A-Z][a-z][A-Za-z'’-]*)\s+$/.exec(text.slice(Math.max(blockStart, start - 30), start));
      if (prev && !NOT_NAMES.has(prev[1])) return undefined;
    }
  }
  const index = full >= 0 ? full : WEEKDAY_ABBREVIATIONS.get(word)!;
  return { start, end: start + word.length + m[2].length, index, text: word + m[2], abbreviated: full < 0 };
}
