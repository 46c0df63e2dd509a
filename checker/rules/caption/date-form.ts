import { Fix, Rule } from '../../types';
import { paragraphCaption } from '../../analysis/caption';
import { weekdayBefore } from '../../analysis/date';

export const rule: Rule = {
  id: 'caption/date-form',
  family: 'caption',
  description: 'A caption date with a weekday or "on" before it (on Tuesday, Aug. 11, 2020).',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'DoD imagery practice: a caption gives the date the image was taken as month, day and year (Aug. 11, 2020), with no day of the week and no "on" before it, set off by a comma after the place.',
  right: 'Soldiers fire an M777 howitzer at Fort Bragg, N.C., Aug. 11, 2020.',
  wrong: 'Soldiers fire an M777 howitzer at Fort Bragg, N.C., on Tuesday, Aug. 11, 2020.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of doc.blocks) {
      // A paragraph that reads as a caption by itself: the date rules leave its weekday to this rule.
      const p = paragraphCaption(doc, block);
      if (!p || p.trailer) continue;
      const first = { start: block.start + p.first.start, end: block.start + p.first.end };
      for (const rel of p.dates) {
        const d = { start: block.start + rel.start, end: block.start + rel.end };
        if (rel.kind === 'dtg' || rel.day === undefined || d.start < first.start || d.end > first.end) continue;
        const w = weekdayBefore(text, d.start, first.start);
        let start = w ? w.start : d.start;
        const on = /(?:^|[^\p{L}])([Oo]n) $/u.exec(text.slice(Math.max(first.start, start - 4), start));
        if (on) start -= 3;
        if (!w && !on) continue;
        const before = text.slice(Math.max(first.start, start - 2), start);
        const said = text.slice(start, d.start).trimEnd().replace(/,$/, '');
        const what = w && on ? 'no "on" and no day of the week' : w ? 'no day of the week' : 'no "on"';
        const message = `A caption gives the date with ${what} before it: "${text.slice(d.start, d.end)}".`;
        // After a comma (`N.C., on Aug. 11`) the words go; after a word (`the range on Aug. 11`) a comma takes their place.
        const remove: Fix = { title: `Remove "${said}"`, edits: [{ start, end: d.start, newText: '' }] };
        if (/, $/.test(before) || start === first.start) ctx.report({ start, end: d.start, message, fix: remove });
        else if (/\p{L}|\p{N}|\)/u.test(before.slice(-2, -1)) && before.endsWith(' ')) {
          // The finding takes in the space before the words, which the comma replaces.
          ctx.report({ start: start - 1, end: d.start, message, suggestions: [{ title: `Replace "${said}" with a comma`, edits: [{ start: start - 1, end: d.start, newText: ', ' }] }] });
        } else ctx.report({ start, end: d.start, message });
      }
    }
  },
};
