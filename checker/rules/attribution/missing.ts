import { Rule } from '../../types';
import { Block, Quote, ReleaseDocument } from '../../document/model';
import { ATTRIBUTION_CUES } from '../../data/attribution';
import { phraseAlternation } from '../../analysis/attribution';

const CUE = new RegExp(`\\b(?:${phraseAlternation(ATTRIBUTION_CUES)})\\b`, 'i');
/** Fewer words than this is a phrase, a name or a scare quote (`the "Iron Brigade"`), not a quoted sentence. */
const MIN_WORDS = 4;

export const rule: Rule = {
  id: 'attribution/missing',
  family: 'attribution',
  description: 'A paragraph with a quoted sentence and no one it is attributed to.',
  defaultSeverity: 'warning',
  scope: 'neighbours',
  why: 'AP: every direct quotation needs attribution, normally after its first sentence, so the reader knows who is speaking.',
  right: '"We will win this fight," Carter said.',
  wrong: '"We will win this fight."',
  fixable: false,
  // The finding sits on the opening quotation mark; it is about the paragraph, not the speaker's words.
  appliesInsideQuotes: true,
  check(doc, ctx) {
    for (const block of doc.bodyBlocks) {
      const quotes = doc.quotesStartingIn(block.start, block.end).filter((q) => isQuotedSentence(doc, q, block));
      if (quotes.length === 0) continue;
      const paragraph = doc.text.slice(block.start, block.end);
      if (CUE.test(paragraph)) continue;
      // Neighbouring paragraphs come from the whole document, so the rule reads the same through a window.
      const { prev, next } = doc.bodyNeighbours(block);
      if (prev && carriesOver(doc, prev, block)) continue;
      if (next && /^(?:—|–|--|-\s)/.test(doc.text.slice(next.start, next.start + 2))) continue;
      const q = quotes[0];
      ctx.report({
        start: q.start,
        end: q.start + 1,
        message: 'This quotation has no attribution: say who said it (normally after its first sentence: `"…," Carter said.`).',
      });
    }
  },
};

/**
 * A quotation that is a full sentence standing on its own: it opens the paragraph or a sentence,
 * starts with a capital, runs to sentence punctuation and has at least MIN_WORDS words. Partial
 * quotes inside a sentence, titles and scare quotes are not counted.
 */
function isQuotedSentence(doc: ReleaseDocument, q: Quote, block: Block): boolean {
  if (q.orphan) return false; // quote/unclosed points out its missing opening mark
  const text = doc.text;
  const before = text.slice(block.start, q.start).trimEnd();
  if (before !== '' && !/[.!?]["”]?$/.test(before)) return false;
  const inner = text.slice(q.start + 1, q.closed ? q.end - 1 : Math.min(q.end, block.end));
  if (!/^\s*[A-Z0-9]/.test(inner)) return false;
  if (inner.trim().split(/\s+/).length < MIN_WORDS) return false;
  if (!/[.!?](?:\s|$)/.test(inner)) return false;
  // A dash after the closing mark attributes it (`"…" — Gen. Smith`).
  return !(q.closed && /^\s*(?:—|–|--)/.test(text.slice(q.end, q.end + 4)));
}

/**
 * The speaker carries over from the previous paragraph: it introduced the quote (`… told the
 * troops:`), or it names a speaker (`Smith puts it simply.`, `"…," Smith said.`) and this
 * paragraph opens with the quotation.
 */
function carriesOver(doc: ReleaseDocument, prev: Block, block: Block): boolean {
  const prevText = doc.text.slice(prev.start, prev.end);
  if (/:\s*$/.test(prevText)) return true;
  return /^["“]/.test(doc.text.slice(block.start, block.start + 1)) && CUE.test(prevText);
}
