import { Rule } from '../../types';
import { inAddress, inCapsRun, matchesIn, runningText } from '../../analysis/usage';

/** Names that are written `US` by their owners. */
const NAMES_AFTER = /^\s+(?:Airways|Bancorp|Bank|Cellular|Open|Weekly)\b/;

export const rule: Rule = {
  id: 'usage/us-body-text',
  family: 'usage',
  description: '"US" in body text instead of "U.S."',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP: "U.S." with periods in body text; "US" without periods only in headlines.',
  right: 'U.S. forces already share intelligence.',
  wrong: 'US forces already share intelligence.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const { block, from } of runningText(doc)) {
      for (const m of matchesIn(text, from, block.end, /\bUS\b/g)) {
        const start = m.index;
        const end = start + 2;
        if (inAddress(text, start, end)) continue;
        if (/[-–]$/.test(text.slice(start - 1, start)) || inCapsRun(text, start, end) || NAMES_AFTER.test(text.slice(end, end + 12))) continue;
        // `in the US.` ends a sentence: the period of U.S. doubles as the full stop.
        const newText = text[end] === '.' ? 'U.S' : 'U.S.';
        ctx.report({
          start,
          end,
          message: 'Use "U.S." in body text ("US" is for headlines).',
          fix: { title: 'Replace with "U.S."', edits: [{ start, end, newText }] },
        });
      }
    }
  },
};
