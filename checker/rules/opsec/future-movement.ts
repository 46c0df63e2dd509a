import { Rule } from '../../types';
import { futureMovements, referenceDay, sentencesOf } from '../../analysis/movement';
import { storyBlocks } from '../../analysis/privacy';

export const rule: Rule = {
  id: 'opsec/future-movement',
  family: 'opsec',
  description: 'A future movement with its timing: a movement verb with a future date, weekday or interval (will deploy Nov. 3, departs next Tuesday, in nine days).',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'Operations security: the date or time of a unit\'s coming movement (deploying, departing, arriving, sailing, flying) tells an adversary when and where to look. News copy gives past movements, or future ones without their timing, unless the command has released it. "Future" is measured from the release\'s own date, else the copydesk.releaseDate setting, else the day of the check. Copydesk points it out for a person to decide; the security and policy review (DoD Instruction 5230.09) still applies.',
  right: 'The 1st Brigade will deploy to Poland this fall as part of a regular rotation.',
  wrong: 'The 1st Brigade will deploy to Poland Nov. 3, and its advance party departs next Tuesday.',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    const ref = referenceDay(doc, ctx.options);
    for (const block of storyBlocks(doc)) {
      if (!/deploy|depart|arriv|transit|move|fl[yi]|sail|embark/.test(doc.blockText(block))) continue;
      for (const sentence of sentencesOf(text, block)) {
        for (const mv of futureMovements(text, sentence, ref)) {
          ctx.report({
            start: mv.start,
            end: mv.end,
            message: `A future movement with its timing ("${text.slice(mv.when.start, mv.when.end)}"): leave the timing out unless the command has released it (operations security).`,
          });
        }
      }
    }
  },
};
