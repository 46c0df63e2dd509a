import { Rule } from '../../types';
import { furnitureOf, looksLikeRelease } from '../../analysis/structure';

/** A dateline written in title case or without its dash is place/dateline-form's finding, not a missing one. */
const NEAR_DATELINE = /^[A-Z][A-Za-z.'’ -]{1,40}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?(?:\s*\([^)\n]{0,60}\))?\s*(?:—|–|--|:)/;

export const rule: Rule = {
  id: 'structure/missing-dateline',
  family: 'structure',
  description: 'A release draft whose first paragraph does not open with a dateline.',
  defaultSeverity: 'hint',
  scope: 'document',
  why: 'AP and DoD releases open the first paragraph with a dateline, the city the news comes from in capitals and a dash: `WASHINGTON —`.',
  right: 'WASHINGTON — Defense Secretary Ash Carter announced ...',
  wrong: 'Defense Secretary Ash Carter announced ...',
  fixable: false,
  check(doc, ctx) {
    const body = doc.bodyBlocks[0];
    if (!body || doc.dateline || !looksLikeRelease(furnitureOf(doc))) return;
    const text = doc.text.slice(body.start, body.end);
    if (NEAR_DATELINE.test(text)) return;
    const word = /^\S+/.exec(text);
    ctx.report({
      start: body.start,
      end: body.start + (word ? word[0].length : 0),
      message: 'This release has no dateline: open the first paragraph with the city in capitals and a dash (`WASHINGTON —`).',
    });
  },
};
