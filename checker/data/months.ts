/** Months and weekdays in AP form. */

export interface MonthInfo {
  /** 1-12. */
  number: number;
  name: string;
  /** AP abbreviation used with a specific date; equal to `name` for months AP never abbreviates. */
  ap: string;
  /** Other ways writers abbreviate it (without the period). */
  variants: readonly string[];
  days: number;
}

export const MONTHS: readonly MonthInfo[] = [
  { number: 1, name: 'January', ap: 'Jan.', variants: ['Jan'], days: 31 },
  { number: 2, name: 'February', ap: 'Feb.', variants: ['Feb'], days: 29 },
  { number: 3, name: 'March', ap: 'March', variants: ['Mar'], days: 31 },
  { number: 4, name: 'April', ap: 'April', variants: ['Apr'], days: 30 },
  { number: 5, name: 'May', ap: 'May', variants: [], days: 31 },
  { number: 6, name: 'June', ap: 'June', variants: ['Jun'], days: 30 },
  { number: 7, name: 'July', ap: 'July', variants: ['Jul'], days: 31 },
  { number: 8, name: 'August', ap: 'Aug.', variants: ['Aug'], days: 31 },
  { number: 9, name: 'September', ap: 'Sept.', variants: ['Sep', 'Sept'], days: 30 },
  { number: 10, name: 'October', ap: 'Oct.', variants: ['Oct'], days: 31 },
  { number: 11, name: 'November', ap: 'Nov.', variants: ['Nov'], days: 30 },
  { number: 12, name: 'December', ap: 'Dec.', variants: ['Dec'], days: 31 },
];

/** Lowercase full name or variant (no period) → month number. */
export const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((m) => [[m.name.toLowerCase(), m.number] as const, ...m.variants.map((v) => [v.toLowerCase(), m.number] as const)]),
);

/** Full month names, January to December. */
export const MONTH_NAMES: readonly string[] = MONTHS.map((m) => m.name);

/** The AP abbreviations without their period (`Jan`, `Feb`, `Aug`, `Sept`, `Oct`, `Nov`, `Dec`). */
export const MONTH_AP_STEMS: readonly string[] = MONTHS.filter((m) => m.ap !== m.name).map((m) => m.ap.replace('.', ''));

/** Every other short form writers use, without a period (`Mar`, `Sep`, `Sept`, …), in month order. */
export const MONTH_VARIANTS: readonly string[] = MONTHS.flatMap((m) => m.variants);

/**
 * A regular-expression alternation of words, longest first so that `Sept` wins over `Sep`; words of
 * one length in code-unit order (for these tables the order localeCompare gives, without building
 * an ICU collator at import; among alternatives of one length the order cannot change a match).
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** A regular-expression alternation of a month as a full date writes it: full name, AP abbreviation, or AP stem without its period. */
export const MONTH_FORMS = alternation([...MONTH_NAMES, ...MONTHS.map((m) => m.ap), ...MONTH_AP_STEMS]);

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Abbreviations of weekdays (without period) → index into WEEKDAYS. */
export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['Sun', 0], ['Mon', 1], ['Tue', 2], ['Tues', 2], ['Wed', 3], ['Thu', 4], ['Thur', 4], ['Thurs', 4], ['Fri', 5], ['Sat', 6],
]);

export function monthInfo(n: number): MonthInfo {
  return MONTHS[n - 1];
}

/** Day of the week (0 = Sunday) of a Gregorian date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** `July 11, 2016` or `Aug. 2, 2016`: the AP form of a full date (year optional). */
export function apDate(month: number, day: number, year?: number): string {
  const m = monthInfo(month).ap;
  return year === undefined ? `${m} ${day}` : `${m} ${day}, ${year}`;
}

/**
 * Months, weekdays and time-zone words as writers set them in capitals (`15 OCT 2016`, `MON`,
 * `0600 ZULU`): dates and times, never short forms to spell out (the date rules handle them).
 */
export const DATE_WORDS_IN_CAPITALS: ReadonlySet<string> = new Set([
  ...MONTHS.flatMap((m) => [m.name, m.name.slice(0, 3), ...m.variants]),
  ...WEEKDAYS.flatMap((d) => [d]),
  ...WEEKDAY_ABBREVIATIONS.keys(),
  'Zulu',
].map((w) => w.toUpperCase()));
