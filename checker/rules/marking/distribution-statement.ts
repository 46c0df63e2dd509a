import { Rule } from '../../types';
import { matchesIn } from '../../analysis/time';

export const DISTRIBUTION_A = 'Distribution Statement A. Approved for public release; distribution is unlimited.';

/**
 * A distribution statement: `Distribution Statement X` in any case, or `DISTRIBUTION X` followed
 * by a period or colon. Group 1 is the letter.
 */
const LABEL = /\b(?:[Dd]istribution [Ss]tatement|DISTRIBUTION STATEMENT) ?([A-F])\b|\b(?:DISTRIBUTION|Distribution) ([A-F])(?=[.:]| ?[-–—])/g;
/** The rest of a statement A after its label, up to `unlimited` (and its period) on the same line. */
const REST_A = /^[^\n]{0,80}?\b(?:unlimited|UNLIMITED)\b\.?|^[^\n]{0,40}?\b(?:release|RELEASE)\b\.?|^\.?/;

export const rule: Rule = {
  id: 'marking/distribution-statement',
  family: 'marking',
  description: 'A distribution statement that is not the exact DoD text of Statement A, or one that limits distribution (B to F).',
  defaultSeverity: 'error',
  scope: 'paragraph',
  why: `DoD Instruction 5230.24: a public release carries Distribution Statement A, word for word: "${DISTRIBUTION_A}" Statements B to F limit who may receive a document, so text that carries one is not cleared for the public.`,
  right: DISTRIBUTION_A,
  wrong: 'Distribution A: approved for public release, distribution unlimited',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of doc.blocks) {
      if (!/distribution/i.test(doc.blockText(block))) continue;
      for (const m of matchesIn(text, block, LABEL)) {
        const letter = m[1] ?? m[2];
        const start = m.index;
        const labelEnd = start + m[0].length;
        if (letter !== 'A') {
          ctx.report({
            start,
            end: labelEnd,
            message: `Distribution Statement ${letter} limits who may receive the text: it is not cleared for public release (public copy carries Distribution Statement A only).`,
          });
          continue;
        }
        const rest = REST_A.exec(text.slice(labelEnd, block.end));
        const end = labelEnd + (rest ? rest[0].length : 0);
        if (text.slice(start, end) === DISTRIBUTION_A) continue;
        ctx.report({
          start,
          end,
          message: `Write Distribution Statement A exactly: "${DISTRIBUTION_A}"`,
          fix: { title: 'Use the exact text of Distribution Statement A', edits: [{ start, end, newText: DISTRIBUTION_A }] },
        });
      }
    }
  },
};
