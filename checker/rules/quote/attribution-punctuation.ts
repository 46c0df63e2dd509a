import { Rule } from '../../types';
import { Block, Quote, ReleaseDocument } from '../../document/model';

/** Verbs of attribution a quotation meets: `"…," Smith said`, `said Smith`, `Smith said, "…"`. */
const VERBS = 'said|says|added|adds|asked|asks|explained|explains|continued|continues|stated|states|noted|notes|remarked|wrote|writes|recalled|recalls|told';
/** After a closing mark: `said Smith`, `she said`, `Lt. Col. Ann Lee said`, `the commander said` (up to five name words). */
const ATTRIBUTION_AFTER = new RegExp(
  `^[ \\t\\u00a0]+(?:(?:${VERBS})[ \\t\\u00a0]+(?:he|she|they|the[ \\t\\u00a0]+[a-z]+|[A-Z][\\p{L}'’.-]*)|(?:he|she|they|the[ \\t\\u00a0]+[a-z]+|(?:[A-Z][\\p{L}'’.-]*[ \\t\\u00a0]+){1,5})[ \\t\\u00a0]*(?:${VERBS}))\\b`,
  'u',
);
/** After a closing mark, an attribution that starts in lowercase (`she said`, `said Smith`): no new sentence starts there. */
const LOWERCASE_ATTRIBUTION = new RegExp(`^[ \\t\\u00a0]+(?:(?:he|she|they|the[ \\t\\u00a0]+[a-z]+)[ \\t\\u00a0]+(?:${VERBS})\\b|(?:${VERBS})[ \\t\\u00a0]+(?:(?:he|she|they)\\b|the[ \\t\\u00a0]+[a-z]|[A-Z]))`);
/** A period that belongs to an abbreviation (`U.S.`, `Jr.`), not to the sentence. */
const ABBREVIATION_END = /(?:\b(?:[A-Za-z]\.){2,}|\b(?:Jr|Sr|Dr|St|Inc|Co|Corp|Ltd|Gen|Col|Maj|Capt|Sgt|Lt|Adm|Cmdr|No|Mr|Mrs|Ms|a\.m|p\.m)\.)$/;

/** Before an opening mark: a speaker and a verb with no comma or colon (`Smith said "Our`, `she added “We`). */
const ATTRIBUTION_BEFORE = new RegExp(`(?:\\b(?:he|she|they|[Tt]he[ \\t\\u00a0]+[a-z]+)|[A-Z][\\p{L}'’.-]*)[ \\t\\u00a0]+(?:${VERBS})([ \\t\\u00a0]+)$`, 'u');

/** Whether the quotation opens its sentence: at the start of the paragraph or after a sentence end. */
function opensSentence(text: string, q: Quote, block: Block): boolean {
  const before = text.slice(Math.max(block.start, q.start - 4), q.start);
  return q.start === block.start || /(?:[.?!]["”’]?|["”])[ \t\u00a0]+$/.test(before) || /^[ \t\u00a0]*$/.test(text.slice(block.start, q.start));
}

function words(s: string): number {
  return s.trim().split(/\s+/).filter((w) => w !== '').length;
}

function closedPair(doc: ReleaseDocument, q: Quote): boolean {
  if (!q.closed || q.orphan || q.end - q.start < 4) return false;
  const text = doc.text;
  const open = text[q.start];
  const close = text[q.end - 1];
  // Straight marks pair by counting: an opening mark glued to its word, a closing mark glued to its word and not after a figure (`5'10"`).
  if (open === '"' && /\s/.test(text[q.start + 1] ?? ' ')) return false;
  if (close === '"' && /[\s0-9]/.test(text[q.end - 2] ?? ' ')) return false;
  return close === '"' || close === '”';
}

export const rule: Rule = {
  id: 'quote/attribution-punctuation',
  family: 'quote',
  description: 'A missing comma where a quotation meets its attribution, or a missing period at the end of a quoted sentence that ends the paragraph.',
  defaultSeverity: 'error',
  scope: 'document',
  why: 'AP: a comma (inside the closing mark) separates a quoted sentence from the attribution after it, and a comma after the verb introduces a quoted sentence; a quoted sentence that ends the paragraph ends with a period inside the closing mark.',
  right: '"We did it," Smith said. Lee added, "Our team is ready."',
  wrong: '"We did it" Smith said. Lee added "Our team is ready"',
  fixable: true,
  appliesInsideQuotes: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const q of doc.quotes) {
      if (!closedPair(doc, q)) continue;
      const block = doc.blockAt(q.start);
      if (!block || block.kind !== 'body' || block.allCaps || q.end > block.end) continue;
      const mark = q.end - 1;
      const inner = text.slice(q.start + 1, mark);
      const last = inner.trimEnd().slice(-1);
      const endsBare = /[\p{L}\p{N})]/u.test(last) && inner === inner.trimEnd();
      const after = text.slice(q.end, Math.min(block.end, q.end + 80));
      // 1. `"We did it" said Smith` / `"for the team" she said.`: a quoted sentence, then the attribution with no comma.
      if (endsBare && opensSentence(text, q, block) && words(inner) >= 3 && /^[A-Z]/.test(inner) && ATTRIBUTION_AFTER.test(after)) {
        ctx.report({
          start: mark,
          end: q.end,
          message: 'Put a comma inside the closing quotation mark before the attribution.',
          fix: { title: 'Insert a comma before the closing quotation mark', edits: [{ start: mark, end: q.end, newText: `,${text[mark]}` }] },
        });
        continue;
      }
      // 1b. `"We did it." she said`: the period before the attribution becomes a comma.
      const trimmed = inner.trimEnd();
      if (trimmed === inner && /[^.]\.$/.test(inner) && !ABBREVIATION_END.test(inner) && opensSentence(text, q, block) && words(inner) >= 3 && /^[A-Z]/.test(inner) && LOWERCASE_ATTRIBUTION.test(after)) {
        ctx.report({
          start: mark - 1,
          end: q.end,
          message: 'Use a comma, not a period, inside the closing quotation mark before the attribution.',
          fix: { title: 'Change the period to a comma', edits: [{ start: mark - 1, end: q.end, newText: `,${text[mark]}` }] },
        });
        continue;
      }
      // 2. `Smith said "Our team is ready."`: a full quoted sentence after the verb with no comma.
      const before = text.slice(Math.max(block.start, q.start - 80), q.start);
      const intro = ATTRIBUTION_BEFORE.exec(before);
      const endsSentence = /[.?!]$/.test(inner.trimEnd()) || /^[ \t\u00a0]*$/.test(text.slice(q.end, block.end)) || /^[.?!]/.test(after);
      if (intro && /^[A-Z]/.test(inner) && words(inner) >= 3 && endsSentence) {
        const at = q.start - intro[1].length;
        ctx.report({
          start: at,
          end: q.start + 1,
          message: 'Put a comma after the attribution verb before a quoted sentence.',
          fix: { title: 'Insert a comma after the verb', edits: [{ start: at, end: q.start + 1, newText: `,${text.slice(at, q.start + 1)}` }] },
        });
      }
      // 3. `… he said, "we will be ready"` at the end of the paragraph: the period goes inside the closing mark.
      if (endsBare && /^[ \t\u00a0]*$/.test(text.slice(q.end, block.end)) && q.start > block.start && words(text.slice(block.start, q.start)) >= 2) {
        ctx.report({
          start: mark,
          end: q.end,
          message: 'End the paragraph with a period inside the closing quotation mark.',
          fix: { title: 'Insert a period before the closing quotation mark', edits: [{ start: mark, end: q.end, newText: `.${text[mark]}` }] },
        });
      }
    }
  },
};
