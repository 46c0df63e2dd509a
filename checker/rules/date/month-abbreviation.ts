import { Rule } from '../../types';
import { monthInfo } from '../../data/months';
import { datesIn } from '../../analysis/date';

export const rule: Rule = {
  id: 'date/month-abbreviation',
  family: 'date',
  description: 'A month with a specific date not in AP form (Jan. Feb. Aug. Sept. Oct. Nov. Dec.; March through July spelled out).',
  defaultSeverity: 'error',
  scope: 'paragraph',
  yearFromEarlierDate: true,
  why: 'AP: with a specific date, abbreviate Jan., Feb., Aug., Sept., Oct., Nov. and Dec.; never abbreviate March, April, May, June or July.',
  right: 'The troops arrived Aug. 2 and left Sept. 3; the ceremony is July 4.',
  wrong: 'The troops arrived August 2 and left Sep. 3; the ceremony is Jul. 4.',
  fixable: true,
  check(doc, ctx) {
    for (const d of datesIn(doc)) {
      if (d.kind !== 'mdy') continue;
      const info = monthInfo(d.month);
      if (d.monthText === info.ap) continue;
      const end = d.monthStart + d.monthText.length;
      const message =
        info.ap === info.name
          ? `AP never abbreviates ${info.name}: write "${info.name}", even with a date.`
          : `With a specific date, AP abbreviates ${info.name} as "${info.ap}".`;
      ctx.report({
        start: d.monthStart,
        end,
        message,
        fix: { title: `Change "${d.monthText}" to "${info.ap}"`, edits: [{ start: d.monthStart, end, newText: info.ap }] },
      });
    }
  },
};
