import { Rule } from '../../types';
import { matchesIn } from '../../analysis/time';
import { HISTORY_YEAR, sentenceAround, storyBlocks } from '../../analysis/privacy';
import { hasDigit } from '../../lex/text';

const SUFFIX = 'Street|St|Avenue|Ave|Drive|Dr|Road|Rd|Lane|Ln|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Circle|Cir|Terrace|Ter|Parkway|Pkwy|Trail|Trl|Loop|Pike';
/** A street address: a house number, a street name and a street word, with an apartment if given. */
const ADDRESS = new RegExp(
  `(?<![\\w,.$-])\\d{1,6}[ \\u00a0](?:[NSEW]\\.?[ \\u00a0])?(?:[A-Z][a-z'’]+|\\d{1,3}(?:st|nd|rd|th))(?:[ \\u00a0][A-Z][a-z'’]+){0,2}[ \\u00a0](?:${SUFFIX})\\b\\.?(?:,?[ \\u00a0](?:Apt|Apartment|Unit|Lot|Suite|Ste)\\.?[ \\u00a0]?#?[\\w-]{1,5})?`,
  'g',
);
/** Words that make an address someone's home. */
const HOME = /(?<!(?:welcome|return(?:ed|ing|s)?|c[oa]me|go(?:ing)?|went|head(?:ed|ing)?|back)[- ])\b(?:home(?![- ]?(?:coming|station|port|base|town|front|land))|homes|house|lives|lived|living|resides|resided|residence|residing|family|families|wife|husband|spouse|parents|Apt|Apartment|Lot)\b/i;
/** Words that make it a public place: an event's venue, an office, a recruiting station. */
const VENUE = /\b(?:Center|Centre|Hall|Museum|Building|Bldg|Headquarters|Post|Park|Chapel|Church|School|College|University|Library|Stadium|Arena|Gate|Armory|Auditorium|Theat(?:er|re)|Field|Memorial|Club|Office|Legion|VFW|Station|Complex|Plaza|Pavilion|Hotel|Inn|Convention|Courthouse|Hospital|Clinic|Exchange|Commissary|Suite|Ste|held|hosted|located|open to the public|ceremony|event|parade|registration|drop-off|collection|donations?)\b/;

/** A named place that ends just before an address: `the Fisher House at`, `Kansas National Guard Museum,`. */
const NAMED_VENUE = /\b[A-Z][a-z'’]+[ \u00a0](?:[A-Z][a-z'’]+[ \u00a0]){0,3}(?:House|Center|Centre|Hall|Museum|Building|Headquarters|Office|Station|Chapel|Church|School|Library|Park|Post|Legion|Clinic|Hospital|Armory|Arena|Stadium|Inn|Hotel|Club|Complex|Plaza|Exchange|Commissary|Courthouse)\b[ \u00a0]?(?:\(\w+\)[ \u00a0]?)?(?:,|at|on|located at|is at)[ \u00a0]?$/;

export const rule: Rule = {
  id: 'privacy/home-address',
  family: 'privacy',
  description: 'A street address in the story: a home address, or one whose place is not said (a hint).',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'DoD guidance for public affairs: a service member\'s home address is not releasable (nor a family\'s). It puts the member and the family at risk and is protected by the Privacy Act. A public place (an event\'s venue, a recruiting office) may be given; an office address belongs in the contact block. Copydesk points it out for a person to decide; the security and policy review (DoD Instruction 5230.09) still applies.',
  right: 'Sgt. Jane Doe, of Dayton, Ohio, returned home Friday.',
  wrong: 'Sgt. Jane Doe, who lives at 4410 Oak Drive, Apt. 2, in Dayton, Ohio, returned home Friday.',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of storyBlocks(doc)) {
      if (!hasDigit(text, block.start, block.end)) continue;
      for (const m of matchesIn(text, block, ADDRESS)) {
        const start = m.index;
        const end = start + m[0].length;
        const s = sentenceAround(text, block, start, end);
        const sentence = text.slice(s.start, s.end);
        if (HISTORY_YEAR.test(sentence)) continue;
        // A named public place just before the address (`the Fisher House at 123 Hospital Road`) is where it is.
        if (NAMED_VENUE.test(text.slice(Math.max(block.start, start - 50), start))) continue;
        const home = HOME.test(sentence) || HOME.test(m[0]);
        if (!home && VENUE.test(sentence)) continue;
        ctx.report(
          home
            ? { start, end, message: 'A home address is not releasable: give the city and state only.' }
            : { start, end, severity: 'hint', message: 'A street address: if it is a person\'s home, it is not releasable (give the city and state); a public place may stay.' },
        );
      }
    }
  },
};
