import { Rule } from '../../types';
import { monthInfo } from '../../data/months';
import { datesIn } from '../../analysis/date';

export const rule: Rule = {
  id: 'date/month-alone',
  family: 'date',
  description: 'A month with a year only, abbreviated or followed by a comma (Aug. 2016, June, 2016).',
  defaultSeverity: 'error',
  scope: 'paragraph',
  yearFromEarlierDate: true,
  why: 'AP: when a month is used alone or with a year alone, spell it out and put no comma between month and year.',
  right: 'The unit deployed in August 2016 and returned in June 2017.',
  wrong: 'The unit deployed in Aug. 2016 and returned in June, 2017.',
  fixable: true,
  check(doc, ctx) {
    for (const d of datesIn(doc)) {
      if (d.kind !== 'my' || d.year === undefined) continue;
      const name = monthInfo(d.month).name;
      const right = `${name} ${d.year}`;
      if (doc.text.slice(d.start, d.end) === right) continue;
      const message =
        d.monthText !== name
          ? `With a year only, spell the month out: "${right}".`
          : `No comma between a month and a year: "${right}".`;
      ctx.report({
        start: d.start,
        end: d.end,
        message,
        fix: { title: `Change to "${right}"`, edits: [{ start: d.start, end: d.end, newText: right }] },
      });
    }
  },
};
