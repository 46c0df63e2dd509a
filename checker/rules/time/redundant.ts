import { Rule } from '../../types';
import { MARKER, matchesIn, proseBlocksWithDigits } from '../../analysis/time';

const DAY = 'this|tomorrow|yesterday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday';
const REDUNDANT = new RegExp(
  `(?<![\\w.,:/$])\\d{1,2}(?::\\d{2})?[ \\u00a0]?${MARKER}[ \\u00a0]+(tonight|(${DAY})[ ](morning|afternoon|evening|night)|in[ ]the[ ](morning|afternoon|evening)|at[ ]night)\\b`,
  'g',
);

export const rule: Rule = {
  id: 'time/redundant',
  family: 'time',
  description: 'A part of the day repeated after a.m. or p.m. (10 p.m. tonight, 8 a.m. this morning).',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP: a.m. and p.m. already say morning or evening; "10 p.m. tonight" and "8 a.m. this morning" are redundant.',
  right: 'The exercise ends at 10 p.m.; the convoy leaves at 8 a.m. Tuesday.',
  wrong: 'The exercise ends at 10 p.m. tonight; the convoy leaves at 8 a.m. Tuesday morning.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of proseBlocksWithDigits(doc)) {
      for (const m of matchesIn(text, block, REDUNDANT)) {
        const pm = m[1].toLowerCase() === 'p';
        const part = m[2] === 'tonight' ? 'night' : (m[4] ?? m[5] ?? 'night');
        // Only a repetition: `2 a.m. Tuesday night` names a different span and is left alone.
        if (pm ? part === 'morning' : part !== 'morning') continue;
        const phrase = m[2];
        const end = m.index + m[0].length;
        const phraseStart = end - phrase.length;
        const clock = text.slice(m.index, phraseStart).trimEnd();
        // Only the repeated words are deleted, so the clock figure stays free for time/am-pm's fix.
        const keep = m[3] && m[3] !== 'this' ? m[3] : '';
        const cut = keep ? phraseStart + keep.length : m.index + clock.length;
        const right = keep ? `${clock} ${keep}` : clock;
        ctx.report({
          start: m.index,
          end,
          message: `"${phrase}" repeats what ${pm ? 'p.m.' : 'a.m.'} already says: write "${right}".`,
          fix: { title: `Delete "${text.slice(cut, end).trim()}"`, edits: [{ start: cut, end, newText: '' }] },
        });
      }
    }
  },
};
