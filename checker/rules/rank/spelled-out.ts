import { Rule } from '../../types';
import { rankMentions, repeatedReferences } from '../../analysis/rank';

export const rule: Rule = {
  id: 'rank/spelled-out',
  family: 'rank',
  description: 'A spelled-out rank before a name (Lieutenant General Sean MacFarland) instead of the AP abbreviation.',
  defaultSeverity: 'warning',
  scope: 'document',
  yieldsTo: ['rank/repeated'],
  why: 'AP capitalizes and abbreviates a rank before a full name outside quotations: Lt. Gen. Sean MacFarland, Sgt. 1st Class Jane Doe. Inside a direct quotation the spelled-out form is right, so there it is only a hint.',
  right: 'Army Lt. Gen. Sean MacFarland visited the troops.',
  wrong: 'Army Lieutenant General Sean MacFarland visited the troops.',
  fixable: true,
  check(doc, ctx) {
    const repeated = ctx.isEnabled('rank/repeated') ? repeatedReferences(doc) : new Map();
    for (const m of rankMentions(doc)) {
      if (m.kind !== 'spelled' || m.inHeadline || !m.ap) continue;
      const written = doc.text.slice(m.start, m.end);
      ctx.report({
        start: m.start,
        end: m.end,
        message: `Abbreviate the rank before a name: "${m.ap}", not "${written}".`,
        // A repeated reference loses its rank altogether: rank/repeated fixes it, not this rule.
        fix: repeated.has(m) ? undefined : { title: `Replace "${written}" with "${m.ap}"`, edits: [{ start: m.start, end: m.end, newText: m.ap }] },
      });
    }
  },
};
