import { Rule } from '../../types';
import { analyzeShips } from '../../analysis/ship';

export const rule: Rule = {
  id: 'ship/first-reference',
  family: 'ship',
  description: 'A ship named on first reference without its hull number: USS Harry S. Truman (CVN 75).',
  defaultSeverity: 'hint',
  scope: 'document',
  why: 'Navy style identifies a ship on first reference by prefix, name and hull number in parentheses: USS Harry S. Truman (CVN 75). The number tells readers which ship of that name and what kind it is. A hint: Copydesk cannot know the number unless the copy gives it later.',
  right: 'USS Harry S. Truman (CVN 75) departed Norfolk. Truman returns in May.',
  wrong: 'USS Harry S. Truman departed Norfolk. Truman returns in May.',
  fixable: false,
  check(doc, ctx) {
    for (const ship of analyzeShips(doc)) {
      const first = ship.mentions[0];
      if (first.hull) continue;
      const later = ship.mentions.find((m) => m.hull);
      const message = later
        ? `Give the hull number on first reference: "${first.prefix} ${first.name} ${later.hull!.text}" (it is given later, on line ${doc.positionAt(later.start).line + 1}).`
        : `Give the hull number on first reference: "${first.prefix} ${first.name} (…)".`;
      ctx.report({
        start: first.start,
        end: first.end,
        message,
        ...(later ? { suggestions: [{ title: `Add "${later.hull!.text}"`, edits: [{ start: first.start, end: first.end, newText: `${doc.text.slice(first.start, first.end)} ${later.hull!.text}` }] }] } : {}),
      });
    }
  },
};
