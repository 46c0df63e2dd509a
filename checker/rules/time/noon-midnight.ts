import { Rule } from '../../types';
import { MARKER, clockEdit, matchesIn, proseBlocksWithDigits, spanWith } from '../../analysis/time';

const TWELVE = new RegExp(`(?<![\\w.,:/$])12(?::00(?::00)?)?(?:[ \\u00a0]?${MARKER}|[ \\u00a0]([Nn]oon|[Mm]idnight)\\b)`, 'g');

export const rule: Rule = {
  id: 'time/noon-midnight',
  family: 'time',
  description: '12 p.m. or 12 a.m. (or 12 noon, 12 midnight) instead of noon or midnight.',
  defaultSeverity: 'error',
  scope: 'paragraph',
  why: 'AP: use noon and midnight, never 12 p.m. or 12 a.m. (which readers confuse); 12 noon and 12 midnight are redundant.',
  right: 'The ceremony begins at noon; the curfew starts at midnight.',
  wrong: 'The ceremony begins at 12 p.m.; the curfew starts at 12 a.m.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of proseBlocksWithDigits(doc)) {
      for (const m of matchesIn(text, block, TWELVE)) {
        const word = m[2] ? m[2].toLowerCase() : m[1].toLowerCase() === 'p' ? 'noon' : 'midnight';
        const end = m.index + m[0].length;
        const atSentenceStart = m.index === block.start || /[.!?]["”’]?\s+$/.test(text.slice(Math.max(block.start, m.index - 4), m.index));
        const right = atSentenceStart ? word[0].toUpperCase() + word.slice(1) : word;
        const edit = clockEdit(text, m.index, end, right, block.end);
        ctx.report({
          ...spanWith(m.index, end, edit),
          message: m[2] ? `"${m[0]}" is redundant: write "${word}".` : `Write "${word}", not "${m[0]}".`,
          fix: { title: `Change to "${right}"`, edits: [edit] },
        });
      }
    }
  },
};
