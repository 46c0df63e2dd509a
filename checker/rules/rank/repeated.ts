import { Rule } from '../../types';
import { repeatedReferences } from '../../analysis/rank';

export const rule: Rule = {
  id: 'rank/repeated',
  family: 'rank',
  description: 'A rank repeated with a name after the person\'s first reference (Gen. Dunford said).',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'AP: after the first reference (rank and full name) use the last name alone: "Dunford said", not "Gen. Dunford said".',
  right: 'Marine Corps Gen. Joseph Dunford met the troops. Dunford said the mission was clear.',
  wrong: 'Marine Corps Gen. Joseph Dunford met the troops. Gen. Dunford said the mission was clear.',
  fixable: true,
  check(doc, ctx) {
    for (const [m, { start, end }] of repeatedReferences(doc)) {
      ctx.report({
        start,
        end,
        message: `After the first reference use the last name alone: "${m.last.text}".`,
        fix: { title: `Replace with "${m.last.text}"`, edits: [{ start, end, newText: m.last.text }] },
      });
    }
  },
};
