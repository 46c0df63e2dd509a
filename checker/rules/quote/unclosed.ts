import { Rule } from '../../types';
import { ReleaseDocument } from '../../document/model';

export const rule: Rule = {
  id: 'quote/unclosed',
  family: 'quote',
  description: 'A quotation opened and never closed (with no continuing paragraph after it), or closed and never opened.',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'AP: a quotation closes at its end. Only a quotation that runs on into the next paragraph stays open, and that paragraph then opens with a quotation mark.',
  right: '"We will win this fight," Carter said.',
  wrong: '"We will win this fight, Carter said.',
  fixable: false,
  // The finding sits on the opening quotation mark; it is about the marks, not the speaker's words.
  appliesInsideQuotes: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const q of doc.quotes) {
      const block = doc.blockAt(q.start);
      if (!block || block.kind !== 'body') continue;
      if (q.orphan) {
        ctx.report({
          start: q.end - 1,
          end: q.end,
          message: 'This closing quotation mark has no opening mark. Open the quotation where the quoted words begin.',
        });
        continue;
      }
      if (q.closed) {
        // `“We will win, Carter said. “Next.”`: a second curly opening before any close means the first was never closed.
        if (reopensInside(doc, q.start, q.end)) {
          ctx.report({ start: q.start, end: q.start + 1, message: 'This quotation is not closed before the next one opens. Close it where the quote ends.' });
        }
        continue;
      }
      // A straight mark standing between spaces is a stray or a ditto mark, not an opening.
      if (text[q.start] === '"' && /\s/.test(text[q.start + 1] ?? ' ')) continue;
      ctx.report({
        start: q.start,
        end: q.start + 1,
        message: 'This quotation is never closed. Close it, or open the next paragraph with a quotation mark if the quote continues there.',
      });
    }
  },
};

/** An opening curly mark inside the quotation, other than the one reopening a continued paragraph. */
function reopensInside(doc: ReleaseDocument, start: number, end: number): boolean {
  // Scan only the quotation itself: indexOf over the rest of the document made this quadratic.
  for (let i = start + 1; i < end; i++) {
    if (doc.text[i] === '“' && doc.blockAt(i)?.start !== i) return true;
  }
  return false;
}
