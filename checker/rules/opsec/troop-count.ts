import { Rule } from '../../types';
import { futureMovements, referenceDay, sentencesOf } from '../../analysis/movement';
import { storyBlocks } from '../../analysis/privacy';

/** How many people: `about 300 soldiers`, `1,200 Marines`, `two companies of paratroopers`. */
const COUNT = /\b(?:(?:[Aa]bout|[Aa]pproximately|[Mm]ore than|[Nn]early|[Ss]ome|[Rr]oughly|[Aa]round|[Aa]n additional|[Aa]nother)[ \u00a0])?(?:\d{1,3}(?:,\d{3})+|\d{2,5}|hundreds|thousands|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|a hundred)(?: hundred| thousand)?)[ \u00a0](?:(?:more|additional|U\.S\.|American|Army|Navy|Air Force|Marine|National Guard|Reserve|active-duty)[ \u00a0]){0,2}(?:[Ss]oldiers|[Ss]ailors|[Aa]irmen|[Mm]arines|[Gg]uardians|[Gg]uardsmen|troops|service members|personnel|paratroopers|members|troopers)\b/;
/** Where to: `to Poland`, `to Camp Buehring`, `into Syria`. */
const DESTINATION = /\b(?:to|into|for)[ \u00a0](?:the[ \u00a0])?[A-Z][a-z]+/;

export const rule: Rule = {
  id: 'opsec/troop-count',
  family: 'opsec',
  description: 'The number of people moving, with a destination and a future date in the same sentence (a hint).',
  defaultSeverity: 'hint',
  scope: 'paragraph',
  why: 'Operations security: how many service members go where, and when, is together an order of battle. Each part may be public; the three in one sentence before the movement need the command\'s release. Copydesk points it out for a person to decide; the security and policy review (DoD Instruction 5230.09) still applies.',
  right: 'About 3,800 soldiers will deploy to Poland this fall as part of a regular rotation.',
  wrong: 'About 3,800 soldiers will deploy to Poland on Nov. 3.',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    const ref = referenceDay(doc, ctx.options);
    for (const block of storyBlocks(doc)) {
      if (!/\d|hundred|thousand/.test(doc.blockText(block))) continue;
      for (const sentence of sentencesOf(text, block)) {
        const s = text.slice(sentence.start, sentence.end);
        const count = COUNT.exec(s);
        if (!count) continue;
        const movements = futureMovements(text, sentence, ref);
        if (movements.length === 0 || !DESTINATION.test(s.slice(movements[0].verb.end - sentence.start))) continue;
        const start = sentence.start + count.index;
        ctx.report({
          start,
          end: start + count[0].length,
          message: 'How many people go where, and when, together need the command\'s release before the movement (operations security).',
        });
      }
    }
  },
};
