import { Rule } from '../../types';
import { apClock, clockEdit, matchesIn, proseBlocksWithDigits, spanWith, validClock } from '../../analysis/time';

/**
 * A 24-hour time marked as one: `1400 hours`, `0930 hrs`, `1400Z`, `1400L`, `0600 local time`,
 * `1400 UTC` (the zone stays: `6 a.m. local time`). A bare four-digit
 * figure is left alone: it is usually a year or a count.
 */
const MILITARY = /(?<![\w.,:/$-])([01]\d|2[0-4])([0-5]\d)(?:[ \u00a0](hours|hrs|hr)(\.?)(?![\w])|([ZLJ])(?![\w-])|(?=[ \u00a0](local time|UTC|GMT)\b))/g;
/** Words before `1400 hours` that make it a time of day rather than a count of hours. */
const TIME_WORD = /\b(?:at|At|by|By|until|Until|till|before|Before|after|After|from|From|to|between|Between|and|since|Since|around|Around|approximately|about)[ \u00a0]$/;

/**
 * A 24-hour time with seconds and colons (`15:15:00`, `09:30:00`) after a word that makes it a time
 * of day (`at`, `by`, `until` …): a race time or a video time code (`in 1:15:00`) is an elapsed time.
 * Only two-digit hours from 01 to 23: `at 1:15:00` could be either clock, and `at 00:03:15` reads as a time code.
 */
const COLON_SECONDS = /(?<![\w.,:/$-])(0[1-9]|1\d|2[0-3]):([0-5]\d):([0-5]\d)(?![\w:])(?![ \u00a0]?[aApP]\.?[ ]?[mM](?![A-Za-z]))/g;

export const rule: Rule = {
  id: 'time/military',
  family: 'time',
  description: 'A 24-hour military time (1400 hours, 0930 hrs, 1400Z) in release text.',
  defaultSeverity: 'error',
  scope: 'paragraph',
  why: 'AP uses the 12-hour clock: 2 p.m., 9:30 a.m., noon, midnight. Z (Zulu) is UTC and is kept as "UTC"; L and J (local time) need no zone.',
  right: 'The convoy departed at 2 p.m. and returned at 9:30 a.m.',
  wrong: 'The convoy departed at 1400 hours and returned at 0930 hrs.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of proseBlocksWithDigits(doc)) {
      for (const m of matchesIn(text, block, MILITARY)) {
        const hour = Number(m[1]);
        const minute = Number(m[2]);
        if (!validClock(hour, minute)) continue;
        const end = m.index + m[0].length;
        if (m[3] || m[6]) {
          // `1400 hours of flight time` is a count; `at 1400 hours` and `0930 hours` are times.
          if (/^\s+(?:of|in|per|a|each|total)\b/.test(text.slice(end, end + 12))) continue;
          if (m[1][0] !== '0' && !TIME_WORD.test(text.slice(Math.max(block.start, m.index - 16), m.index))) continue;
        }
        const right = apClock(hour, minute) + (m[5] === 'Z' ? ' UTC' : '');
        const edit = clockEdit(text, m.index, end, right, block.end);
        ctx.report({
          ...spanWith(m.index, end, edit),
          message: `Use the 12-hour clock: "${right}"${m[5] === 'Z' ? ' (Z is Zulu time, UTC)' : ''}.`,
          fix: { title: `Change to "${right}"`, edits: [edit] },
        });
      }
      for (const m of matchesIn(text, block, COLON_SECONDS)) {
        if (!TIME_WORD.test(text.slice(Math.max(block.start, m.index - 16), m.index))) continue;
        const end = m.index + m[0].length;
        const right = apClock(Number(m[1]), Number(m[2]));
        if (m[3] !== '00') {
          ctx.report({ start: m.index, end, message: `Use the 12-hour clock in hours and minutes: "${right}"; keep the seconds only if they matter.` });
          continue;
        }
        const edit = clockEdit(text, m.index, end, right, block.end);
        ctx.report({
          ...spanWith(m.index, end, edit),
          message: `Use the 12-hour clock: "${right}".`,
          fix: { title: `Change to "${right}"`, edits: [edit] },
        });
      }
    }
  },
};
