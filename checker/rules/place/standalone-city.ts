import { Rule } from '../../types';
import { STANDALONE_BY_UPPER } from '../../data/states';
import { datelinePlace, isStandaloneWithState } from '../../analysis/place';

export const rule: Rule = {
  id: 'place/standalone-city',
  family: 'place',
  description: 'A dateline city that AP lets stand alone, written with its state (SAN DIEGO, Calif. —).',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'AP lists about 30 U.S. cities so well known that datelines give them without a state: Atlanta, Boston, Chicago, San Diego, Washington and others.',
  right: 'SAN DIEGO —',
  wrong: 'SAN DIEGO, Calif. —',
  fixable: true,
  check(doc, ctx) {
    const p = datelinePlace(doc);
    // Only the city's own state: `CLEVELAND, Tenn.` is another Cleveland.
    if (!p || !isStandaloneWithState(p)) return;
    const city = STANDALONE_BY_UPPER.get(p.city.toUpperCase())?.city ?? p.city;
    ctx.report({
      start: p.cityEnd,
      end: p.stateEnd,
      message: `${city} stands alone in an AP dateline: drop the state.`,
      fix: { title: `Remove "${doc.text.slice(p.cityEnd, p.stateEnd)}"`, edits: [{ start: p.cityEnd, end: p.stateEnd, newText: '' }] },
    });
  },
};
