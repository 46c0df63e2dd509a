import { Rule } from '../types';
import { LOADED_VERBS } from '../data/attribution';
import { NOT_NAMES, sentenceStart } from '../text';

/** Verbs that are ordinary English outside attribution; flagged only next to a direct quotation. */
const ONLY_WITH_QUOTE = new Set(['noted', 'explained', 'added', 'mentioned', 'pointed out', 'commented', 'remarked', 'revealed', 'admitted', 'conceded']);
const SPEAKER = "(?:[A-Z][A-Za-z'’.-]+|he|she|they|He|She|They|[a-z]+ (?:spokesman|spokeswoman|spokesperson|officials?|commander|secretary))";
const VERB_ALTERNATION = LOADED_VERBS.map((v) => v.past.replace(' ', '\\s+')).join('|');

export const rule: Rule = {
  id: 'attribution/loaded-verb',
  family: 'attribution',
  description: 'An attribution verb other than "said" (stated, claimed, noted, ...).',
  defaultSeverity: 'warning',
  why: 'AP: "said" is neutral and almost always the right verb. Verbs like "claimed", "admitted" or "insisted" editorialize; "stated" and "declared" are stiff.',
  right: '"We will continue to support Iraq," Carter said.',
  wrong: '"We will continue to support Iraq," Carter stated.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    const re = new RegExp(`\\b(${SPEAKER})\\s+(${VERB_ALTERNATION})\\b|\\b(${VERB_ALTERNATION})\\s+(${SPEAKER})\\b`, 'g');
    for (const block of doc.bodyBlocks) {
      re.lastIndex = block.start;
      const slice = text.slice(0, block.end);
      let m: RegExpExecArray | null;
      while ((m = re.exec(slice)) !== null) {
        const verb = (m[2] ?? m[3]).replace(/\s+/g, ' ');
        const verbStart = m[2] !== undefined ? m.index + m[0].length - m[2].length : m.index;
        const verbEnd = verbStart + (m[2] ?? m[3]).length;
        const speaker = m[1] ?? m[4];
        if (NOT_NAMES.has(speaker) && !/^(?:He|She|They)$/.test(speaker)) continue;
        const nearQuote = hasQuoteInSentence(doc, verbStart, block.start, block.end);
        if (!nearQuote && ONLY_WITH_QUOTE.has(verb)) continue;
        if (!nearQuote && m[3] !== undefined) continue; // "stated Carter" only makes sense after a quote
        if (verb === 'added' && !isFirstParagraphOfQuote(doc, verbStart)) continue; // AP allows "added" in a later paragraph
        ctx.report({
          start: verbStart,
          end: verbEnd,
          message: `Use "said" instead of "${verb}" for attribution.`,
          fix: { title: `Replace "${verb}" with "said"`, edits: [{ start: verbStart, end: verbEnd, newText: 'said' }] },
        });
      }
    }
  },
};

function hasQuoteInSentence(doc: import('../document').ReleaseDocument, at: number, blockStart: number, blockEnd: number): boolean {
  const start = sentenceStart(doc.text, at, blockStart);
  const endMatch = /[.!?](?=\s|$)/.exec(doc.text.slice(at, blockEnd));
  const end = endMatch ? at + endMatch.index + 1 : blockEnd;
  return doc.quotes.some((q) => q.start < end && q.end > start) || /["“”]/.test(doc.text.slice(start, end));
}

/** "added" is fine when the same speaker was already attributed in an earlier paragraph. */
function isFirstParagraphOfQuote(doc: import('../document').ReleaseDocument, at: number): boolean {
  const body = doc.bodyBlocks;
  const i = body.findIndex((b) => at >= b.start && at <= b.end);
  if (i < 0) return true;
  const before = doc.text.slice(body[i].start, at);
  if (/\bsaid\b/.test(before)) return false;
  return i === 0 || !/["”]/.test(doc.text.slice(body[i - 1].start, body[i - 1].end));
}
