import { Rule } from '../types';
import { bodyMentions, mentionFacts, RankMention, samePerson } from './_rank-shared';

/** A rank that changes or is recalled on purpose: `promoted to Brig. Gen. Doe`, `then-Col. Doe`. */
const RANK_CONTEXT = /(?:\bpromot\w*\s+(?:him\s+|her\s+)?to(?:\s+the\s+rank\s+of)?|\bthen-|\bformer|\bfrocked\s+to|\bpinned\s+on)\s*$/i;

export const rule: Rule = {
  id: 'rank/repeated',
  family: 'rank',
  description: 'A rank repeated with a name after the person\'s first reference (Gen. Dunford said).',
  defaultSeverity: 'warning',
  why: 'AP: after the first reference (rank and full name) use the last name alone: "Dunford said", not "Gen. Dunford said".',
  right: 'Marine Corps Gen. Joseph Dunford met the troops. Dunford said the mission was clear.',
  wrong: 'Marine Corps Gen. Joseph Dunford met the troops. Gen. Dunford said the mission was clear.',
  fixable: true,
  check(doc, ctx) {
    const seen: RankMention[] = [];
    for (const m of bodyMentions(doc)) {
      const sameLast = seen.filter((p) => p.last.text === m.last.text);
      const earlier = sameLast.filter((p) => samePerson(p, m));
      seen.push(m);
      if (earlier.length === 0) continue;
      // Two people with one last name keep their first names to tell them apart.
      if (sameLast.some((p) => sameLast.some((q) => !samePerson(p, q)))) continue;
      let start = m.service?.start ?? m.start;
      const lead = /retired\s+$/.exec(doc.text.slice(Math.max(m.block.start, start - 12), start));
      if (lead) start -= lead[0].length;
      if (RANK_CONTEXT.test(doc.text.slice(Math.max(m.block.start, start - 40), start))) continue;
      ctx.report({
        start,
        end: m.last.end,
        message: `After the first reference use the last name alone: "${m.last.text}".`,
        fix: { title: `Replace with "${m.last.text}"`, edits: [{ start, end: m.last.end, newText: m.last.text }] },
        facts: mentionFacts(m),
      });
    }
  },
};
