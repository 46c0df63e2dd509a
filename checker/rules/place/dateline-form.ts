import { Rule } from '../../types';
import { stateOf, STANDALONE_BY_UPPER } from '../../data/states';
import { NO_DASH_DATELINE, TITLE_CASE_DATELINE } from '../../analysis/place';


export const rule: Rule = {
  id: 'place/dateline-form',
  family: 'place',
  description: 'A dateline not in AP form: the city not in capitals, or no dash after it.',
  defaultSeverity: 'hint',
  scope: 'document',
  why: 'AP datelines put the city in capitals and end with a dash: `WASHINGTON —`, `KANSAS CITY, Mo. —`. Navy releases add the date in parentheses.',
  right: 'NORFOLK, Va. —',
  wrong: 'Norfolk, Va. —',
  fixable: true,
  check(doc, ctx) {
    if (doc.dateline) return;
    const first = doc.bodyBlocks[0];
    if (!first) return;
    const line = doc.text.slice(first.start, first.end);
    const t = TITLE_CASE_DATELINE.exec(line);
    if (t && isPlace(t[1], t[2])) {
      const start = first.start;
      const end = start + t[1].length;
      ctx.report({
        start,
        end,
        message: 'Write the dateline city in capital letters.',
        fix: { title: `Write "${t[1].toUpperCase()}"`, edits: [{ start, end, newText: t[1].toUpperCase() }] },
      });
      return;
    }
    const n = NO_DASH_DATELINE.exec(line);
    if (n && isPlace(n[1], n[2])) {
      const start = first.start + n[1].length + (n[2] ? n[2].length + 2 : 0);
      const end = start + n[3].length;
      ctx.report({
        start,
        end,
        message: 'End the dateline with a dash: `CITY, St. —`.',
        fix: { title: 'Replace with " —"', edits: [{ start, end, newText: ' —' }] },
      });
    }
  },
};

/** Only a known state after the comma, or a city that stands alone, makes the words a dateline. */
function isPlace(city: string, state: string | undefined): boolean {
  if (state !== undefined) return stateOf(state) !== undefined;
  return STANDALONE_BY_UPPER.has(city.toUpperCase());
}
