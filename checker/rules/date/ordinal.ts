import { Rule } from '../../types';
import { apDate, monthInfo } from '../../data/months';
import { datesIn, needsYearComma } from '../../analysis/date';

export const rule: Rule = {
  id: 'date/ordinal',
  family: 'date',
  description: 'An ordinal on a date (July 11th, the 11th of July).',
  defaultSeverity: 'error',
  scope: 'paragraph',
  yearFromEarlierDate: true,
  why: 'AP: use figures without st, nd, rd or th in dates: July 11, not July 11th or the 11th of July.',
  right: 'Carter met Iraqi leaders in Baghdad on July 11.',
  wrong: 'Carter met Iraqi leaders in Baghdad on July 11th.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const d of datesIn(doc)) {
      if (!d.ordinal || d.day === undefined) continue;
      if (d.kind === 'mdy' && d.dayEnd !== undefined) {
        const end = d.dayEnd + d.ordinal.length;
        const right = text.slice(d.monthStart, d.dayEnd);
        // A month not in AP form has its own fix (date/month-abbreviation); edits must not overlap.
        const monthOk = d.monthText === monthInfo(d.month).ap;
        const edit = monthOk ? { start: d.monthStart, end, newText: right } : { start: d.dayStart!, end, newText: String(d.day) };
        ctx.report({
          start: d.monthStart,
          end,
          message: `No ordinal in dates: write "${apDate(d.month, d.day)}", not "${text.slice(d.monthStart, end)}".`,
          fix: { title: `Remove "${d.ordinal}"`, edits: [edit] },
        });
        continue;
      }
      if (d.kind !== 'ordinal') continue;
      const written = text.slice(d.start, d.end);
      let right = apDate(d.month, d.day, d.year);
      if (d.year !== undefined && needsYearComma(text, d.end)) right += ',';
      if (d.month === 7 && d.day === 4 && d.year === undefined) {
        // The holiday: `the 4th of July` may mean the Fourth of July rather than the date.
        ctx.report({
          start: d.start,
          end: d.end,
          message: 'No ordinal in dates: write "July 4", or "the Fourth of July" for the holiday.',
          suggestions: [
            { title: 'Change to "July 4"', edits: [{ start: d.start, end: d.end, newText: 'July 4' }] },
            { title: 'Change to "the Fourth of July"', edits: [{ start: d.start, end: d.end, newText: /^the /i.test(written) ? 'the Fourth of July' : 'Fourth of July' }] },
          ],
        });
        continue;
      }
      ctx.report({
        start: d.start,
        end: d.end,
        message: `No ordinal in dates: write "${apDate(d.month, d.day, d.year)}", not "${written}".`,
        fix: { title: `Change to "${right}"`, edits: [{ start: d.start, end: d.end, newText: right }] },
      });
    }
  },
};
