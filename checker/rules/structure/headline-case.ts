import { Rule } from '../../types';
import { paragraphCaption } from '../../analysis/caption';
import { MINOR_WORDS } from '../../data/acronyms';

/** Words of four letters or more decide: short words (of, the, and, US) are lowercase or caps in either style. */
const LONG_WORD = /[A-Za-z][A-Za-z'’-]{3,}/g;

export const rule: Rule = {
  id: 'structure/headline-case',
  family: 'structure',
  description: 'A headline in title case where the house wants sentence case, or the reverse.',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'Headline case is house style: the Army and most services write sentence case ("Carter announces 560 US troops"), the Navy title case ("Carter Announces 560 US Troops"). AP itself uses sentence case for headlines. The preset decides; the default accepts either.',
  right: 'army: "Carter announces 560 US troops to deploy to Iraq"',
  wrong: 'army: "Carter Announces 560 US Troops to Deploy to Iraq"',
  fixable: true,
  check(doc, ctx) {
    const want = ctx.options.house.headlineCase;
    const h = doc.headline;
    // A caption file's first caption reads as a headline: it is a caption.
    if (want === 'either' || !h || h.allCaps || paragraphCaption(doc, h)) return;
    const text = doc.text.slice(h.start, h.end);
    const words = [...text.matchAll(LONG_WORD)].filter((m) => (m.index ?? 0) > 0 && !MINOR_WORDS.has(m[0].toLowerCase()));
    const lower = words.filter((m) => /^[a-z]/.test(m[0]));
    const upper = words.filter((m) => /^[A-Z]/.test(m[0]));
    if (want === 'sentence' && upper.length >= 3 && lower.length === 0) {
      // Which capitals are proper nouns cannot be known: point it out, no fix.
      ctx.report({ start: h.start, end: h.end, message: 'This house style writes headlines in sentence case: capitalize only the first word and proper nouns.' });
    } else if (want === 'title' && lower.length > 0 && upper.length >= 1) {
      ctx.report({
        start: h.start,
        end: h.end,
        message: `This house style writes headlines in title case: capitalize ${lower.map((m) => `"${m[0]}"`).join(', ')}.`,
        fix: {
          title: 'Capitalize the headline in title case',
          edits: lower.map((m) => ({ start: h.start + (m.index ?? 0), end: h.start + (m.index ?? 0) + 1, newText: m[0][0].toUpperCase() })),
        },
      });
    }
  },
};
