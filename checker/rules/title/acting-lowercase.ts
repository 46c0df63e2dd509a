import { Rule } from '../../types';
import { sentenceStart } from '../../lex/text';
import { ACTING_TITLE_WORDS } from '../../data/titles';
import { capitalizedTitles } from '../../analysis/title';

const ACTING = new RegExp(`\\bActing (?=(?:${ACTING_TITLE_WORDS.join('|')})\\b)`, 'g');

export const rule: Rule = {
  id: 'title/acting-lowercase',
  family: 'title',
  description: '"Acting" capitalized before a title in mid-sentence.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP: "acting" is not part of the formal title and stays lowercase before it, even before a name: acting Secretary of Defense Jane Doe. At the start of a sentence it is capitalized as any first word.',
  right: 'The meeting was led by acting Secretary of the Army Jane Doe.',
  wrong: 'The meeting was led by Acting Secretary of the Army Jane Doe.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    const covered = capitalizedTitles(doc);
    for (const b of doc.bodyBlocks) {
      if (b.allCaps) continue;
      const slice = text.slice(0, b.end);
      ACTING.lastIndex = b.start;
      let m: RegExpExecArray | null;
      while ((m = ACTING.exec(slice)) !== null) {
        const start = m.index;
        const end = start + 6;
        if (doc.dateline && doc.dateline.start === b.start && start <= doc.dateline.end) continue;
        // First word of a sentence (after any opening quotation mark, parenthesis or list dash).
        if (/^[\s"“‘'([—–*•-]*$/.test(text.slice(sentenceStart(text, start, b.start), start))) continue;
        if (/:\s+$/.test(text.slice(Math.max(b.start, start - 3), start))) continue;
        if (covered.some((t) => t.start === start)) continue; // the whole title is lowercased there
        ctx.report({
          start,
          end,
          message: 'Lowercase "acting" before a title.',
          fix: { title: 'Replace with "acting"', edits: [{ start, end, newText: 'acting' }] },
        });
      }
    }
  },
};
