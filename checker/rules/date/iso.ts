import { Rule } from '../../types';
import { apDate } from '../../data/months';
import { datesIn, needsYearComma } from '../../analysis/date';

export const rule: Rule = {
  id: 'date/iso',
  family: 'date',
  description: 'An ISO date (2016-07-11) in release text.',
  defaultSeverity: 'error',
  scope: 'paragraph',
  yearFromEarlierDate: true,
  why: 'AP dates are written month first in words: July 11, 2016. ISO dates belong in file names and data, not news copy.',
  right: 'The report was published July 11, 2016.',
  wrong: 'The report was published 2016-07-11.',
  fixable: true,
  check(doc, ctx) {
    for (const d of datesIn(doc)) {
      if (d.kind !== 'iso' || d.day === undefined) continue;
      let right = apDate(d.month, d.day, d.year);
      if (needsYearComma(doc.text, d.end)) right += ',';
      ctx.report({
        start: d.start,
        end: d.end,
        message: `Write dates in AP form: "${right.replace(/,$/, '')}".`,
        fix: { title: `Change to "${right}"`, edits: [{ start: d.start, end: d.end, newText: right }] },
      });
    }
  },
};
