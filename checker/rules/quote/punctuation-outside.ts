import { Rule } from '../../types';
import { Quote, ReleaseDocument } from '../../document/model';

export const rule: Rule = {
  id: 'quote/punctuation-outside',
  family: 'quote',
  description: 'A period or comma placed after a closing quotation mark instead of inside it.',
  defaultSeverity: 'error',
  scope: 'document',
  why: 'AP (U.S. usage): periods and commas always go inside closing quotation marks, even after a single quoted word; colons and semicolons go outside.',
  right: '"We will win," Carter said. He called it "a lasting defeat."',
  wrong: '"We will win", Carter said. He called it "a lasting defeat".',
  fixable: true,
  appliesInsideQuotes: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const q of doc.quotes) {
      // An orphan closing mark: where the quotation should open is unknown, so nothing is moved.
      if (!q.closed || q.orphan) continue;
      // Guillemets follow the punctuation of the language that uses them: left as written.
      if (text[q.end - 1] === '»') continue;
      const mark = q.end - 1;
      const punct = text[q.end];
      if (punct !== '.' && punct !== ',') continue;
      // Only a real sentence or clause break: not an ellipsis, a decimal or a number group.
      if (!/^(?:\s|$|["”')\]])/.test(text.slice(q.end + 1, q.end + 2)) && q.end + 1 < text.length) continue;
      if (!looksLikePair(doc, q)) continue;
      const inner = text.slice(q.start + 1, mark).trimEnd();
      const last = inner[inner.length - 1];
      if (last === undefined || /[,;:…]/.test(last) || inner.endsWith('..')) continue;
      // `"Why?",` / `"U.S.".`: the quote already ends a sentence; the outside mark just goes.
      const newText = /[.?!]/.test(last) ? text[mark] : punct + text[mark];
      const where = punct === '.' ? 'period' : 'comma';
      ctx.report({
        start: mark,
        end: q.end + 1,
        message: `The ${where} goes inside the closing quotation mark.`,
        fix: { title: `Move the ${where} inside the quotation mark`, edits: [{ start: mark, end: q.end + 1, newText }] },
      });
    }
  },
};

/**
 * Straight marks only pair up by counting, so an inch mark or a stray mark can put the count out
 * of step. A true pair has its opening mark against the following word and its closing mark
 * against the preceding one (`"We will win",`), and the closing mark does not follow a figure (`5'10"`).
 */
function looksLikePair(doc: ReleaseDocument, q: Quote): boolean {
  const text = doc.text;
  const open = text[q.start];
  const close = text[q.end - 1];
  if (open === '"' && /\s/.test(text[q.start + 1] ?? ' ')) return false;
  if (close === '"' && /[\s0-9]/.test(text[q.end - 2] ?? ' ')) return false;
  return q.end - q.start > 2;
}
