import { Rule } from '../../types';
import { MOVEMENT, sentencesOf } from '../../analysis/movement';
import { HISTORY_YEAR, storyBlocks } from '../../analysis/privacy';

/** A camp, base or forward location named: `Camp Buehring`, `Forward Operating Base Fenty`, `Al Asad Air Base`. */
const LOCATION = /^(?:Camp|Forward Operating Base|FOB|Combat Outpost|COP|Patrol Base|Firebase|Fire Base|Contingency Operating (?:Base|Site)|Cooperative Security Location|Forward Operating Site|Tower)[ \u00a0][A-Z][\w'’-]+(?:[ \u00a0][A-Z][a-z]+)?|^(?:Al[ \u00a0-])?[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?[ \u00a0]Air[ \u00a0]Base\b/;
/** Where a movement goes, just before the location: `to`, `at`, `into` (after an adverb like `out`). */
const DESTINATION = /^(?:[ \u00a0](?:out|back|forward|up|in|there|again))?[ \u00a0](?:[\w ,.-]{0,30}?[ \u00a0])??(?:to|at|into|through|via|from)[ \u00a0](?:the[ \u00a0])?/;
/** Countries where U.S. forces are deployed on operations (where a location is operational detail). */
const DEPLOYED = /\b(?:Iraq|Syria|Afghanistan|Kuwait|Jordan|Somalia|Yemen|Niger|Mali|Saudi Arabia|Qatar|Bahrain|United Arab Emirates|UAE|Djibouti|Libya|Kurdistan|Iraqi Kurdistan)\b/;

export const rule: Rule = {
  id: 'opsec/forward-location',
  family: 'opsec',
  description: 'A named camp, base or forward location in a country of operations together with a future movement (a hint).',
  defaultSeverity: 'hint',
  scope: 'paragraph',
  why: 'Operations security: a unit\'s destination inside an operational area (the camp or base it will move to) is a target before it arrives. Give the country, or the region, until the command releases the location. Copydesk points it out for a person to decide; the security and policy review (DoD Instruction 5230.09) still applies.',
  right: 'The battalion will deploy to Kuwait this spring.',
  wrong: 'The battalion will move to Camp Buehring, Kuwait, as part of the rotation.',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of storyBlocks(doc)) {
      if (!DEPLOYED.test(doc.blockText(block))) continue;
      for (const sentence of sentencesOf(text, block)) {
        const s = text.slice(sentence.start, sentence.end);
        if (!DEPLOYED.test(s) || HISTORY_YEAR.test(s)) continue;
        // The location is where a future movement goes: `will move to Camp Buehring`, `arrive at Al Udeid Air Base`.
        MOVEMENT.lastIndex = 0;
        let where: RegExpExecArray | null = null;
        let at = 0;
        let m: RegExpExecArray | null;
        while (where === null && (m = MOVEMENT.exec(s)) !== null) {
          if (m[1] === undefined && m[3] === undefined) continue;
          const after = m.index + m[0].length;
          const to = DESTINATION.exec(s.slice(after, after + 50));
          if (!to) continue;
          at = after + to.index + to[0].length;
          where = LOCATION.exec(s.slice(at, at + 60));
          if (where && where.index !== 0) where = null;
        }
        if (!where) continue;
        const start = sentence.start + at;
        ctx.report({
          start,
          end: start + where[0].length,
          message: 'A named location in a country of operations with a future movement: give the country until the command releases the location (operations security).',
        });
      }
    }
  },
};
