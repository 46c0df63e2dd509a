import { Fix, Rule } from '../../types';
import { apDate } from '../../data/months';
import { datesIn } from '../../analysis/date';
import { apClock } from '../../analysis/time';

/** Military zone letters: A–I and K–M are UTC+1 to +12, N–Y are UTC-1 to -12; Z is UTC, J local. */
function zoneOffset(letter: string): number {
  const c = letter.charCodeAt(0);
  if (letter >= 'A' && letter <= 'I') return c - 64;
  if (letter >= 'K' && letter <= 'M') return c - 65;
  return -(c - 77);
}

export const rule: Rule = {
  id: 'date/dtg',
  family: 'date',
  description: 'A military date-time group (111400ZJUL16) in release text.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  yearFromEarlierDate: true,
  why: 'Date-time groups (day, hour-minute, zone letter, month, year) are military message format. AP copy gives the date and the clock time in words readers know: July 11, 2016, at 2 p.m. UTC (Z, Zulu, is UTC).',
  right: 'The order took effect July 11, 2016, at 2 p.m. UTC.',
  wrong: 'The order took effect 111400ZJUL16.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const d of datesIn(doc)) {
      if (d.kind !== 'dtg' || d.day === undefined || d.hour === undefined || !d.zone) continue;
      const date = apDate(d.month, d.day, d.year);
      const clock = apClock(d.hour, d.minute ?? 0);
      // After `at` the time reads first (`at 2 p.m. UTC on July 11, 2016`); elsewhere the date leads.
      const afterAt = /\b[Aa]t[ ]$/.test(text.slice(Math.max(0, d.start - 3), d.start));
      const form = (zone: string) =>
        afterAt ? `${clock}${zone} on ${date}` : `${date}${d.year !== undefined ? ',' : ''} at ${clock}${zone}`;
      const title = (s: string) => `Change to "${s}"`;
      if (d.zone === 'Z' || d.zone === 'J') {
        const right = form(d.zone === 'Z' ? ' UTC' : '');
        ctx.report({
          start: d.start,
          end: d.end,
          message: `Write the date-time group as a date and a time: "${right}"${d.zone === 'J' ? ' (J is local time)' : ''}.`,
          fix: { title: title(right), edits: [{ start: d.start, end: d.end, newText: right }] },
        });
        continue;
      }
      const off = zoneOffset(d.zone);
      const utc = `UTC${off > 0 ? '+' : '-'}${Math.abs(off)}`;
      const right = form(` (${utc})`);
      const suggestions: Fix[] = [{ title: title(right), edits: [{ start: d.start, end: d.end, newText: right }] }];
      ctx.report({
        start: d.start,
        end: d.end,
        message: `Write the date-time group as a date and a time: zone letter ${d.zone} is ${utc}; name the local time zone readers know.`,
        suggestions,
      });
    }
  },
};
