import { Rule } from '../../types';
import { paragraphCaption } from '../../analysis/caption';
import { matchesIn } from '../../analysis/usage';

export const rule: Rule = {
  id: 'usage/us-headline',
  family: 'usage',
  description: '"U.S." in a headline instead of "US".',
  defaultSeverity: 'hint',
  scope: 'document',
  why: 'AP: headlines use "US" without periods; body text uses "U.S.". Many DoD sites keep "U.S." in headlines, so this is a hint.',
  right: 'Carter announces 560 US troops to deploy to Iraq',
  wrong: 'Carter announces 560 U.S. troops to deploy to Iraq',
  fixable: true,
  check(doc, ctx) {
    const h = doc.headline;
    // A caption file's first caption reads as a headline: it is a caption.
    if (!h || paragraphCaption(doc, h)) return;
    for (const m of matchesIn(doc.text, h.start, h.end, /(?<![A-Za-z.])U\.S\.(?![A-Za-z])/g)) {
      const start = m.index;
      const end = start + 4;
      ctx.report({
        start,
        end,
        message: 'Headlines use "US" without periods.',
        fix: { title: 'Replace with "US"', edits: [{ start, end, newText: 'US' }] },
      });
    }
  },
};
