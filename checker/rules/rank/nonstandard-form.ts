import { Rule } from '../../types';
import { rankMentions, repeatedReferences } from '../../analysis/rank';

export const rule: Rule = {
  id: 'rank/nonstandard-form',
  family: 'rank',
  description: 'A rank before a name written in neither the AP form nor a service\'s own (Staff Sgt, Cpt., Sergeant Maj., Petty Officer 2nd).',
  defaultSeverity: 'warning',
  scope: 'document',
  yieldsTo: ['rank/repeated'],
  why: 'AP abbreviates a rank before a name in one form, with its periods: Staff Sgt., Master Sgt., Lt. Cmdr., Sgt. 1st Class, Capt., Sgt. Maj., Petty Officer 2nd Class. A period left out, a word spelled out beside an abbreviated one, or the Navy class left out is a slip.',
  right: 'Army Staff Sgt. Jane Doe cleaned her rifle.',
  wrong: 'Army Staff Sgt Jane Doe cleaned her rifle.',
  fixable: true,
  check(doc, ctx) {
    const repeated = ctx.isEnabled('rank/repeated') ? repeatedReferences(doc) : new Map();
    for (const m of rankMentions(doc)) {
      if (m.kind !== 'variant') continue;
      const written = doc.text.slice(m.start, m.end);
      const report = {
        start: m.start,
        end: m.end,
        message: m.ap ? `Write the rank in its AP form: "${m.ap}", not "${written}".` : `Write the rank in its AP form, not "${written}".`,
      };
      const fix = m.ap ? { title: `Replace "${written}" with "${m.ap}"`, edits: [{ start: m.start, end: m.end, newText: m.ap }] } : undefined;
      // In a headline the fix is only offered (fix-all must not change which block is the headline);
      // a repeated reference loses its rank altogether under rank/repeated.
      if (fix && m.inHeadline) ctx.report({ ...report, suggestions: [fix] });
      else if (fix && !repeated.has(m)) ctx.report({ ...report, fix });
      else ctx.report(report);
    }
  },
};
