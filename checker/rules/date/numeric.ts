import { Rule } from '../../types';
import { apDate } from '../../data/months';
import { datesIn, needsYearComma } from '../../analysis/date';

export const rule: Rule = {
  id: 'date/numeric',
  family: 'date',
  description: 'A numeric date (7/11/2016, 07/11/16) in release text.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  yearFromEarlierDate: true,
  why: 'AP dates are written month first in words: July 11, 2016. Numeric dates are also ambiguous: 7/11/2016 is Nov. 7 to readers who put the day first. Two-digit years are read as 2000–2050 for 00–50 and 1951–1999 for 51–99.',
  right: 'The unit returned July 11, 2016.',
  wrong: 'The unit returned 7/11/2016.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const d of datesIn(doc)) {
      if (d.kind !== 'numeric' || d.day === undefined) continue;
      const comma = needsYearComma(text, d.end) ? ',' : '';
      const right = apDate(d.month, d.day, d.year) + comma;
      const written = text.slice(d.start, d.end);
      if (d.alt) {
        const other = apDate(d.alt.month, d.alt.day, d.year) + comma;
        ctx.report({
          start: d.start,
          end: d.end,
          message: `Write dates in AP form. "${written}" is ${right.replace(/,$/, '')} in U.S. order but ${other.replace(/,$/, '')} day first: check which is meant.`,
          suggestions: [
            { title: `Change to "${right}" (month first)`, edits: [{ start: d.start, end: d.end, newText: right }] },
            { title: `Change to "${other}" (day first)`, edits: [{ start: d.start, end: d.end, newText: other }] },
          ],
        });
        continue;
      }
      const dayFirst = Number(written.split('/')[0]) > 12;
      ctx.report({
        start: d.start,
        end: d.end,
        message: `Write dates in AP form: "${right.replace(/,$/, '')}"${dayFirst ? ' (the date is written day first)' : ''}.`,
        fix: { title: `Change to "${right}"`, edits: [{ start: d.start, end: d.end, newText: right }] },
      });
    }
  },
};
