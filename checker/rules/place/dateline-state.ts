import { Rule } from '../../types';
import { datelinePlace, isStandaloneWithState } from '../../analysis/place';

export const rule: Rule = {
  id: 'place/dateline-state',
  family: 'place',
  description: 'A state spelled out (or an AP abbreviation without its periods) in a dateline.',
  defaultSeverity: 'warning',
  scope: 'document',
  yieldsTo: ['place/standalone-city'],
  why: 'AP: datelines use the AP state abbreviations (Va., Calif., N.C.); Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah are never abbreviated.',
  right: 'NORFOLK, Va. —',
  wrong: 'NORFOLK, Virginia —',
  fixable: true,
  check(doc, ctx) {
    const p = datelinePlace(doc);
    if (!p || !p.state || !p.stateText) return;
    const s = p.state;
    // Postal codes belong to place/state-postal-code; AP forms and the eight spelled-out states are right.
    if (p.stateText === s.postal || p.stateText === s.ap || (s.ap === null && p.stateText === s.name)) return;
    if (s.postal === 'DC' || (isStandaloneWithState(p) && ctx.isEnabled('place/standalone-city'))) return;
    const to = s.ap ?? s.name;
    ctx.report({
      start: p.stateStart,
      end: p.stateEnd,
      message: s.ap ? `Use the AP abbreviation "${to}" for the state in a dateline.` : `AP never abbreviates ${s.name}: write "${to}".`,
      fix: { title: `Replace with "${to}"`, edits: [{ start: p.stateStart, end: p.stateEnd, newText: to }] },
    });
  },
};
