import { Rule } from '../../types';
import { mentionServices, rankMentions, repeatedReferences } from '../../analysis/rank';

export const rule: Rule = {
  id: 'rank/service-abbreviation',
  family: 'rank',
  description: 'A service abbreviation of a rank (LTG, CPT, SSgt, LCpl, CW3, PO2) before a name instead of the AP form.',
  defaultSeverity: 'error',
  scope: 'document',
  yieldsTo: ['rank/repeated'],
  why: 'AP uses its own rank abbreviations before a name (Lt. Gen., Staff Sgt., Petty Officer 2nd Class); the services\' internal forms (LTG, SSgt, PO2) are not used in news copy.',
  right: 'Army Lt. Gen. Sean MacFarland visited the troops.',
  wrong: 'Army LTG Sean MacFarland visited the troops.',
  fixable: true,
  check(doc, ctx) {
    // A repeated reference loses its rank altogether: rank/repeated fixes it, not this rule.
    const repeated = ctx.isEnabled('rank/repeated') ? repeatedReferences(doc) : new Map();
    for (const m of rankMentions(doc)) {
      if (m.kind !== 'service') continue;
      const services = mentionServices(m).join(', ');
      const report = {
        start: m.start,
        end: m.end,
        message: m.ap
          ? `Use the AP form "${m.ap}" before a name, not the ${services} abbreviation "${m.written}".`
          : `Use the AP form of the rank before a name, not the ${services} abbreviation "${m.written}".`,
      };
      const fix = m.ap ? { title: `Replace "${m.written}" with "${m.ap}"`, edits: [{ start: m.start, end: m.end, newText: m.ap }] } : undefined;
      // In a headline the fix is only offered: a longer headline can read as body text on the
      // next check, so fix-all must not change which block is the headline.
      if (fix && m.inHeadline) ctx.report({ ...report, suggestions: [fix] });
      else if (fix && !repeated.has(m)) ctx.report({ ...report, fix });
      else ctx.report(report);
    }
  },
};
