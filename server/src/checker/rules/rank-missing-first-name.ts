import { Rule } from '../types';
import { bodyMentions, RankMention, samePerson } from './_rank-shared';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const rule: Rule = {
  id: 'rank/missing-first-name',
  family: 'rank',
  description: 'A first reference to a person with a rank and only a last name (Lt. Gen. MacFarland said).',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'AP: on first reference give the rank and the full name (Lt. Gen. Sean MacFarland); the last name alone comes after that.',
  right: 'Army Lt. Gen. Sean MacFarland said the airfield is secure.',
  wrong: 'Army Lt. Gen. MacFarland said the airfield is secure.',
  fixable: false,
  check(doc, ctx) {
    const seen: RankMention[] = [];
    for (const m of bodyMentions(doc)) {
      const known = seen.some((p) => samePerson(p, m));
      seen.push(m);
      if (known || m.tokens.length !== 1) continue;
      // Anything after the name that could still be part of it makes the reading uncertain.
      if (/^[ \t]+[\p{Lu}\d]/u.test(doc.text.slice(m.last.end, m.last.end + 3))) continue;
      const earlier = new RegExp(`(?<![\\p{L}])${escapeRe(m.last.text)}(?![\\p{L}])`, 'u');
      // The headline is not a reference: the body must introduce the person in full.
      const bodyStart = doc.bodyBlocks[0]?.start ?? 0;
      if (earlier.test(doc.text.slice(bodyStart, m.start))) continue;
      ctx.report({
        start: m.start,
        end: m.last.end,
        message: `First reference to ${m.last.text}: give the rank with the full name (${m.ap ?? doc.text.slice(m.start, m.end)} <first name> ${m.last.text}).`,
      });
    }
  },
};
