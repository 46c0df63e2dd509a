import { yieldsToCaption } from '../../analysis/caption';
import { Rule } from '../../types';
import { WEEKDAYS, WEEKDAY_ABBREVIATIONS } from '../../data/months';
import { datesIn, weekdayBefore, WeekdayMention } from '../../analysis/date';
import { blockEndAt, clockEdit, matchesIn, proseBlocks, spanWith } from '../../analysis/time';

/** An abbreviated weekday with its period after a word that introduces a day: `on Tues.`, `until Fri.`. */
const AFTER_PREPOSITION =
  /\b(?:on|On|last|Last|next|Next|until|Until|through|Through|by|By|every|Every|each|Each|since|Since|from|From)[ ](Sun|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat)\.(?=[\s,;)]|$)/g;

export const rule: Rule = {
  id: 'date/weekday-abbreviation',
  family: 'date',
  description: 'An abbreviated day of the week (Tues., July 12; on Fri.).',
  defaultSeverity: 'error',
  scope: 'paragraph',
  yieldsTo: ['caption/date-form'],
  yearFromEarlierDate: true,
  why: 'AP: days of the week are never abbreviated in text.',
  right: 'The ceremony is Tuesday, July 12.',
  wrong: 'The ceremony is Tues., July 12.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    const seen = new Set<number>();
    const report = (w: WeekdayMention) => {
      if (seen.has(w.start)) return;
      seen.add(w.start);
      const full = WEEKDAYS[w.index];
      const edit = clockEdit(text, w.start, w.end, full, blockEndAt(doc, w.start));
      ctx.report({
        ...spanWith(w.start, w.end, edit),
        message: `Days of the week are not abbreviated: write "${full}".`,
        fix: { title: `Change "${w.text}" to "${full}"`, edits: [edit] },
      });
    };
    for (const d of datesIn(doc)) {
      if (d.day === undefined) continue;
      const w = weekdayBefore(text, d.start, doc.blockAt(d.start)?.start ?? 0);
      // A weekday in a caption's date is left to caption/date-form, which removes it.
      if (w?.abbreviated && !yieldsToCaption(doc, ctx, w.start, d.end)) report(w);
    }
    for (const block of proseBlocks(doc)) {
      for (const m of matchesIn(text, block, AFTER_PREPOSITION)) {
        const start = m.index + m[0].length - m[1].length - 1;
        report({ start, end: start + m[1].length + 1, index: WEEKDAY_ABBREVIATIONS.get(m[1])!, text: `${m[1]}.`, abbreviated: true });
      }
    }
  },
};
