import { Rule } from '../../types';
import { sentenceStart } from '../../lex/text';
import { matchesIn } from '../../analysis/usage';

export const rule: Rule = {
  id: 'usage/toward',
  family: 'usage',
  description: '"towards", "afterwards", "backwards", "upwards", "downwards" instead of the forms without -s.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP: toward, afterward, backward, upward, downward — not towards, afterwards, backwards, upwards, downwards. ("forwards" is left alone: it is also a verb.)',
  right: 'As the campaign shifts toward Mosul',
  wrong: 'As the campaign shifts towards Mosul',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    const re = /\b(?:towards|afterwards|backwards|upwards|downwards)\b/gi;
    for (const block of doc.blocks) {
      if (block.kind !== 'body' && block.kind !== 'headline') continue;
      for (const m of matchesIn(text, block.start, block.end, re)) {
        const word = m[0];
        const start = m.index;
        const end = start + word.length;
        const capital = /^[A-Z]/.test(word);
        const caps = /^[A-Z]+$/.test(word);
        // Capitalized mid-sentence in body text: part of a title (`the Towards Zero campaign`).
        if (capital && !caps && block.kind === 'body' && sentenceStart(text, start, block.start) !== start) {
          const prev = text.slice(Math.max(block.start, start - 2), start);
          if (!/["“(‘]\s?$/.test(prev)) continue;
        }
        if (!capital && !caps && /[A-Z]/.test(word.slice(1))) continue;
        const fixed = word.slice(0, -1);
        ctx.report({
          start,
          end,
          message: `AP style: "${fixed}", not "${word}".`,
          fix: { title: `Replace with "${fixed}"`, edits: [{ start, end, newText: fixed }] },
        });
      }
    }
  },
};
