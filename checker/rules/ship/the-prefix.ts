import { Rule } from '../../types';
import { readShips } from '../../analysis/ship';

/** What may follow the ship's name when `the` belongs to the ship (`the USS Cole bombing` keeps its `the`). */
const AFTER = /^(?:['’]s\b|[\s\u00a0]*(?:[.,;:!?)"”’—–]|$)|[ \u00a0]+(?:and|or|but|in|at|on|to|from|with|for|of|by|as|into|off|during|after|before|while|when|since|until|near|is|was|were|are|will|would|has|had|have|can|could|which|that|who|also|then|[a-z]+ed)\b)/;

export const rule: Rule = {
  id: 'ship/the-prefix',
  family: 'ship',
  description: '"the USS Truman": no "the" before USS, USNS or USCGC.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'USS stands for "United States Ship": "the USS" reads "the the United States Ship". Navy and AP practice: USS Harry S. Truman, with no article. When the name modifies a noun (the USS Cole bombing), the article belongs to that noun and stays.',
  right: 'Sailors aboard USS Harry S. Truman (CVN 75) stood watch.',
  wrong: 'Sailors aboard the USS Harry S. Truman (CVN 75) stood watch.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const b of doc.blocks) {
      if (b.kind !== 'body' && b.kind !== 'headline') continue;
      const t = doc.blockText(b);
      for (const s of readShips(t)) {
        const before = /\b(the|The|THE)[ \u00a0]+$/.exec(t.slice(Math.max(0, s.start - 5), s.start));
        if (!before) continue;
        if (!AFTER.test(t.slice(s.end, s.end + 12))) continue;
        const start = b.start + s.start - before[0].length;
        const end = b.start + s.nameEnd;
        const prefix = s.prefix;
        const newText = text.slice(b.start + s.start, end);
        ctx.report({
          start,
          end,
          message: `No "the" before ${prefix}: "${prefix} ${s.name}".`,
          fix: { title: `Remove "${before[1]}"`, edits: [{ start, end, newText }] },
        });
      }
    }
  },
};
