import { Rule } from '../../types';
import { paragraphCaption } from '../../analysis/caption';

/** A headline that ends with an abbreviation keeps its period (`… in Washington, D.C.`, `… at 9 a.m.`). */
const ABBREVIATION_END = /(?:^|[\s(])(?:(?:\p{L}\.){2,}|Jr\.|Sr\.|Inc\.|Co\.|Corp\.|Ltd\.|St\.|Ft\.|Mt\.|No\.|Gen\.|Col\.|Adm\.|Sgt\.|Capt\.|Maj\.|Lt\.|etc\.)$/u;

export const rule: Rule = {
  id: 'structure/headline-period',
  family: 'structure',
  description: 'A headline that ends with a period.',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'AP headlines end without a period: a headline is not a sentence of the story. A question mark may end one; a period that closes an abbreviation (`D.C.`) stays. A draft typed as text has its headline known because it does not end with a period; a Word document’s `Title` paragraph is the headline whatever it ends with, and this rule reads it.',
  right: 'Paratroopers jump into Poland with NATO allies',
  wrong: 'Paratroopers jump into Poland with NATO allies.',
  fixable: true,
  check(doc, ctx) {
    const h = doc.headline;
    // A caption file's first caption reads as a headline: it is a caption.
    if (!h || paragraphCaption(doc, h)) return;
    const text = doc.text.slice(h.start, h.end).trimEnd();
    if (!text.endsWith('.') || text.endsWith('..') || text.endsWith('…') || ABBREVIATION_END.test(text)) return;
    const at = h.start + text.length - 1;
    ctx.report({
      start: at,
      end: at + 1,
      message: 'A headline ends without a period.',
      fix: { title: 'Remove the period', edits: [{ start: at, end: at + 1, newText: '' }] },
    });
  },
};
