import { Rule } from '../../types';
import { capitalizedTitles } from '../../analysis/title';

export const rule: Rule = {
  id: 'title/capitalized-after-name',
  family: 'title',
  description: 'A formal title capitalized after a name or standing alone.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP: capitalize a formal title only directly before a name (Defense Secretary Ash Carter); after a name, set off by commas, or alone it is lowercase (Carter, the defense secretary; the secretary said). Proper nouns inside the title keep their capitals (secretary of the Army, chairman of the Joint Chiefs of Staff).',
  right: 'Ash Carter, the secretary of defense, met Iraqi leaders.',
  wrong: 'Ash Carter, the Secretary of Defense, met Iraqi leaders.',
  fixable: true,
  check(doc, ctx) {
    for (const t of capitalizedTitles(doc)) {
      ctx.report({
        start: t.start,
        end: t.end,
        message: `Lowercase the title when it is not directly before a name: "${t.lower}".`,
        fix: { title: `Replace with "${t.lower}"`, edits: [{ start: t.start, end: t.end, newText: t.lower }] },
      });
    }
  },
};
