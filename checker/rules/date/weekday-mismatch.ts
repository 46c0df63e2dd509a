import { Fix, Rule } from '../../types';
import { yieldsToCaption } from '../../analysis/caption';
import { WEEKDAYS, apDate, isValidDate, weekdayOf } from '../../data/months';
import { DateMention, datesIn, resolveYear, weekdayBefore, yearNote } from '../../analysis/date';

/** The first weekday of a range and its joint, just before the second one (`Monday through `, `Monday-`). */
const WEEKDAY_RANGE_BEFORE = new RegExp(`\\b(?:${WEEKDAYS.join('|')})(?:[ \\u00a0]+(?:through|to|thru)[ \\u00a0]+|[ \\u00a0]?[-–][ \\u00a0]?)$`);

export const rule: Rule = {
  id: 'date/weekday-mismatch',
  family: 'date',
  description: 'A day of the week that does not match the date next to it (Tuesday, July 11, 2016 was a Monday).',
  defaultSeverity: 'error',
  scope: 'paragraph',
  yieldsTo: ['caption/date-form'],
  yearFromEarlierDate: true,
  why: 'AP gives the day of the week and the date together only when they agree; a mismatch means one of them is wrong. The year comes from the date, else the release date, else an earlier full date, the release number or a later full date, else the default year setting (then only a hint).',
  right: 'Monday, July 11, 2016',
  wrong: 'Tuesday, July 11, 2016',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    for (const d of datesIn(doc)) {
      if (d.day === undefined || d.kind === 'my' || d.kind === 'dtg' || d.alt) continue;
      const w = weekdayBefore(text, d.start, doc.blockAt(d.start)?.start ?? 0);
      if (!w) continue;
      // A weekday in a caption's date is left to caption/date-form, which removes it.
      if (yieldsToCaption(doc, ctx, w.start, d.end)) continue;
      const y = resolveYear(doc, ctx.options.defaultYear, d);
      if (!y || !isValidDate(y.year, d.month, d.day)) continue;
      const actual = weekdayOf(y.year, d.month, d.day);
      if (actual === w.index) continue;
      // `Monday through Friday, Oct. 6-10`: the second weekday of a range names the range's last day.
      const rangeEnd = /^[-–][ \u00a0]?(\d{1,2})\b/.exec(text.slice(d.end, d.end + 6));
      if (
        rangeEnd &&
        WEEKDAY_RANGE_BEFORE.test(text.slice(Math.max(0, w.start - 24), w.start)) &&
        isValidDate(y.year, d.month, Number(rangeEnd[1])) &&
        weekdayOf(y.year, d.month, Number(rangeEnd[1])) === w.index
      ) {
        continue;
      }
      const given = WEEKDAYS[w.index];
      const real = WEEKDAYS[actual];
      const written = text.slice(w.start, d.end);
      const splice = (start: number, end: number, newText: string) =>
        written.slice(0, start - w.start) + newText + written.slice(end - w.start);
      const moved = nearestWithWeekday(y.year, d.month, d.day, w.index);
      const movedText = apDate(moved.month, moved.day, d.year === undefined ? undefined : moved.year);
      const suggestions: Fix[] = [
        { title: `Change the weekday to ${real}`, edits: [{ start: w.start, end: d.end, newText: splice(w.start, w.end, real) }] },
        { title: `Keep ${given}: change the date to ${movedText}`, edits: [{ start: w.start, end: d.end, newText: splice(d.start, d.end, dateText(text, d, moved, movedText)) }] },
      ];
      const assumed = y.source === 'date' ? '' : ` (year ${yearNote(y)})`;
      ctx.report({
        start: w.start,
        end: d.end,
        message: `${given} does not match ${apDate(d.month, d.day, y.year)}: that date is a ${real}${assumed}. Correct the weekday or the date.`,
        suggestions,
        // A year borrowed from elsewhere in the text may be wrong; one from the setting often is,
        // for an old or undated release, so that finding stays a hint.
        severity: y.source === 'setting' ? 'hint' : y.source === 'date' || y.source === 'release' ? undefined : 'warning',
      });
    }
  },
};

/** The date within three days of the given one that falls on `weekday`. */
function nearestWithWeekday(year: number, month: number, day: number, weekday: number): { year: number; month: number; day: number } {
  const base = Date.UTC(year, month - 1, day);
  for (const delta of [0, 1, -1, 2, -2, 3, -3]) {
    const t = new Date(base + delta * 86400000);
    if (t.getUTCDay() === weekday) return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
  }
  return { year, month, day };
}

/** The date part with the new day: only the figure changes when the month stays the same. */
function dateText(text: string, d: DateMention, moved: { month: number; day: number }, movedText: string): string {
  if (d.kind === 'mdy' && moved.month === d.month && d.dayStart !== undefined && d.dayEnd !== undefined) {
    const dayEnd = d.dayEnd + (d.ordinal?.length ?? 0);
    return text.slice(d.start, d.dayStart) + String(moved.day) + text.slice(dayEnd, d.end);
  }
  return movedText;
}
