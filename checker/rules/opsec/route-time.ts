import { Rule } from '../../types';
import { sentencesOf } from '../../analysis/movement';
import { HISTORY_YEAR, storyBlocks } from '../../analysis/privacy';

/** A route named: `Route Irish`, `Main Supply Route Tampa`, `MSR Tampa`, `ASR Michigan`, `the flight path over …`. */
const ROUTE = /\b(?:(?:Main|Alternate)[ \u00a0]Supply[ \u00a0]Route|MSR|ASR|Route)[ \u00a0][A-Z0-9][\w-]*|\b(?:flight (?:path|route|corridor)|air corridor|convoy route|patrol route)\b/;
/** A time of day: `2 a.m.`, `0500`, `1400 hours`, `0300Z`, `midnight`, `at dawn`. */
const CLOCK = /\b\d{1,2}(?::\d{2})?[ \u00a0]?[ap]\.?[ \u00a0]?m\b\.?|\b(?:[01]\d|2[0-3])[0-5]\d(?:[ \u00a0]?(?:hours|hrs)|Z|L)\b|\b(?:at|around|by|after|before|until)[ \u00a0](?:[01]\d|2[0-3])[0-5]\d\b|\b(?:noon|midnight|dawn|dusk|nightfall|sunset|sunrise)\b/;
/** What moves on the route: a convoy, a flight, a patrol, vehicles, aircraft. */
const MOVER = /\b(?:convoys?|flights?|patrols?|vehicles?|trucks?|aircraft|helicopters?|formations?|sorties?|troops|units?|column|logistics|resupply|ships?|vessels?)\b/i;
/** A past movement is news: `the convoy drove Route Irish at 2 a.m. in 2005`. */
const PAST = /\b(?:drove|traveled|travelled|flew|departed|arrived|moved|patrolled|rolled|crossed|sailed|transited|returned|came|went|was|were|had)\b/;
const FUTURE = /\b(?:will|scheduled|plans?|planned|set to|slated|expected|tomorrow|tonight|next|each|every|daily|nightly|routinely|usually)\b/;

export const rule: Rule = {
  id: 'opsec/route-time',
  family: 'opsec',
  description: 'A convoy or flight route with a time of day (the convoy will take Route Irish at 2 a.m.).',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'Operations security: a route and the time a convoy or flight uses it, together, tell an adversary where and when to wait. News copy gives neither before or while the route is in use. Copydesk points it out for a person to decide; the security and policy review (DoD Instruction 5230.09) still applies.',
  right: 'The convoy delivered fuel and water to three outposts.',
  wrong: 'The convoy will leave at 2 a.m. and take Route Irish to the airport.',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of storyBlocks(doc)) {
      if (!/Route|MSR|ASR|flight |corridor|convoy route|patrol route/.test(doc.blockText(block))) continue;
      for (const sentence of sentencesOf(text, block)) {
        const s = text.slice(sentence.start, sentence.end);
        const route = ROUTE.exec(s);
        if (!route || !CLOCK.test(s) || !MOVER.test(s) || HISTORY_YEAR.test(s)) continue;
        if (PAST.test(s) && !FUTURE.test(s)) continue;
        const start = sentence.start + route.index;
        ctx.report({ start, end: start + route[0].length, message: 'A route with the time it is used: leave one of them out (operations security).' });
      }
    }
  },
};
