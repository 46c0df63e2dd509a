import { Rule } from '../../types';
import { CLOCK_AMPM, clockEdit, matchesIn, proseBlocksWithDigits, spanWith } from '../../analysis/time';

export const rule: Rule = {
  id: 'time/am-pm',
  family: 'time',
  description: 'A clock time not in AP form (10:00 AM, 3:30 PM, 10am, 10 A.M.).',
  defaultSeverity: 'error',
  scope: 'paragraph',
  why: 'AP: figures, a space, then lowercase a.m. or p.m. with periods; no :00 on the hour: 10 a.m., 3:30 p.m.',
  right: 'The briefing starts at 10 a.m. and ends at 3:30 p.m.',
  wrong: 'The briefing starts at 10:00 AM and ends at 3:30 PM.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of proseBlocksWithDigits(doc)) {
      for (const m of matchesIn(text, block, CLOCK_AMPM)) {
        const hour = Number(m[1]);
        const minutes = m[2];
        const written = m[0];
        if (hour < 1 || hour > 12 || (minutes !== undefined && Number(minutes) > 59)) continue;
        // Seconds (`3:15:00 PM`): AP gives hours and minutes; `:00` seconds drop with certainty,
        // other seconds are the writer's precision (a launch time), so no exact fix then.
        const seconds = /^\d{1,2}:\d{2}:(\d{2})/.exec(written)?.[1];
        if (seconds !== undefined && Number(seconds) > 59) continue;
        if (hour === 12 && (minutes === undefined || minutes === '00') && (seconds === undefined || seconds === '00')) continue; // time/noon-midnight
        // `10 a m` with neither periods nor a joined marker is too loose to be sure of.
        if (/[aApP] [mM]$/.test(written)) continue;
        const space = m[3] === '\u00a0' ? '\u00a0' : ' ';
        const right = `${hour}${minutes && minutes !== '00' ? `:${minutes}` : ''}${space}${m[4].toLowerCase()}.m.`;
        if (written === right) continue;
        if (seconds !== undefined && seconds !== '00') {
          ctx.report({
            start: m.index,
            end: m.index + written.length,
            message: `AP writes clock times in hours and minutes: "${right.replace('\u00a0', ' ')}"; keep the seconds only if they matter, in the sentence.`,
          });
          continue;
        }
        const edit = clockEdit(text, m.index, m.index + written.length, right, block.end);
        ctx.report({
          ...spanWith(m.index, m.index + written.length, edit),
          message: `AP writes clock times as "${right.replace('\u00a0', ' ')}": lowercase a.m. or p.m. with periods, a space, no :00.`,
          fix: { title: `Change to "${right}"`, edits: [edit] },
        });
      }
    }
  },
};
