import { Rule } from '../../types';
import { datesIn, needsYearComma } from '../../analysis/date';

export const rule: Rule = {
  id: 'date/year-comma',
  family: 'date',
  description: 'A full date in mid-sentence with no comma after the year.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  yearFromEarlierDate: true,
  why: 'AP: when a phrase refers to a month, day and year, set off the year with commas: Aug. 20, 1964, was the day.',
  right: 'Aug. 20, 1964, was the day the unit was activated.',
  wrong: 'Aug. 20, 1964 was the day the unit was activated.',
  fixable: true,
  check(doc, ctx) {
    for (const d of datesIn(doc)) {
      if (d.kind !== 'mdy' || d.yearStart === undefined) continue;
      if (!needsYearComma(doc.text, d.end)) continue;
      const year = doc.text.slice(d.yearStart, d.end);
      ctx.report({
        start: d.start,
        end: d.end,
        message: 'Put a comma after the year when the sentence goes on past a full date.',
        fix: { title: `Add a comma after ${year}`, edits: [{ start: d.yearStart, end: d.end, newText: `${year},` }] },
      });
    }
  },
};
