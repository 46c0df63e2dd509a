import { Rule } from '../../types';
import { apDate } from '../../data/months';
import { datesIn, needsYearComma } from '../../analysis/date';

export const rule: Rule = {
  id: 'date/day-month-year',
  family: 'date',
  description: 'A date written day first, military style (11 July 2016, 11 JUL 16).',
  defaultSeverity: 'error',
  scope: 'paragraph',
  yearFromEarlierDate: true,
  why: 'AP dates put the month first: July 11, 2016. Military correspondence writes the day first; news releases for the public use AP order. Two-digit years are read as 2000–2050 for 00–50 and 1951–1999 for 51–99.',
  right: 'The battalion returned July 11, 2016.',
  wrong: 'The battalion returned 11 July 2016.',
  fixable: true,
  check(doc, ctx) {
    for (const d of datesIn(doc)) {
      if (d.kind !== 'dmy' || d.day === undefined) continue;
      let right = apDate(d.month, d.day, d.year);
      if (d.year !== undefined && needsYearComma(doc.text, d.end)) right += ',';
      const twoDigit = d.year !== undefined && doc.text.slice(d.start, d.end).match(/\d+$/)?.[0].length === 2;
      ctx.report({
        start: d.start,
        end: d.end,
        message: `AP puts the month first: "${right.replace(/,$/, '')}"${twoDigit ? ` (two-digit year read as ${d.year})` : ''}.`,
        fix: { title: `Change to "${right}"`, edits: [{ start: d.start, end: d.end, newText: right }] },
      });
    }
  },
};
