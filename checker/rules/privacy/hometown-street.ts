import { Rule } from '../../types';
import { matchesIn } from '../../analysis/time';
import { storyBlocks } from '../../analysis/privacy';

const STREET = 'Street|St\\.|Avenue|Ave\\.|Drive|Road|Rd\\.|Lane|Court|Boulevard|Blvd\\.|Terrace|Circle';
/**
 * A hometown given by street or neighbourhood: `a native of the Oak Hill neighborhood of Columbus`,
 * `grew up on Maple Avenue in Dayton`, `from the 4400 block of Elm Street`. Group 1 is the place.
 */
const HOMETOWN = new RegExp(
  `\\b(?:native of|natives of|hometown (?:of|is)|hails from|grew up (?:on|in|along)|raised (?:on|in|along)|is from|are from|comes from|resident of|residents of|lives (?:on|in)|lived (?:on|in))[ \\u00a0]` +
    `((?:the[ \\u00a0])?(?:\\d{1,5}[ \\u00a0]block[ \\u00a0]of[ \\u00a0])?(?:[A-Z][a-z'’]+[ \\u00a0]){1,3}(?:${STREET})(?![A-Za-z])|(?:the[ \\u00a0])?(?:[A-Z][a-z'’]+[ \\u00a0]){1,3}(?:neighborhood|neighbourhood|subdivision|housing (?:area|development|project)|apartments|trailer park)\\b)`,
  'g',
);

export const rule: Rule = {
  id: 'privacy/hometown-street',
  family: 'privacy',
  description: 'A hometown given by street or neighborhood rather than by city and state.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'DoD guidance for public affairs: a service member\'s hometown is releasable as a city and state. A street, a block or a neighborhood narrows it to where the family lives, which is not releasable. Copydesk points it out for a person to decide; the security and policy review (DoD Instruction 5230.09) still applies.',
  right: 'Pfc. Maria Lopez, a native of Columbus, Ohio, joined the Army in 2024.',
  wrong: 'Pfc. Maria Lopez, a native of the Linden neighborhood of Columbus, Ohio, joined the Army in 2024.',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of storyBlocks(doc)) {
      if (!/native|hometown|hails|grew|raised|from|resident|live/.test(doc.blockText(block))) continue;
      for (const m of matchesIn(text, block, HOMETOWN)) {
        const start = m.index + m[0].length - m[1].length;
        ctx.report({ start, end: m.index + m[0].length, message: 'Give a hometown as a city and state: a street or neighborhood points to where the family lives.' });
      }
    }
  },
};
