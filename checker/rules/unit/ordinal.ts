import { Rule } from '../../types';
import { matchesIn } from '../../analysis/usage';

/** `2d`, `3d`, `22d`, `103d` before a capitalized word (`2d Battalion`, `3d Marine Division`). */
const ARMY_ORDINAL = /(?<![\w.,])(\d*[23])d(?=[ \u00a0][A-Z])/g;

export const rule: Rule = {
  id: 'unit/ordinal',
  family: 'unit',
  description: 'An Army or Marine Corps ordinal (2d Battalion, 3d Marine Division) instead of the AP form (2nd, 3rd).',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP writes ordinals as 2nd and 3rd. The Army and the Marine Corps write their own unit names with 2d and 3d (2d Cavalry Regiment, 3d Marine Division); the army and marine-corps presets keep that house form and turn this rule off. Rank forms (2d Lt) are left to the rank rules.',
  right: 'Soldiers of the 2nd Battalion, 8th Infantry Regiment',
  wrong: 'Soldiers of the 2d Battalion, 8th Infantry Regiment',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const b of doc.blocks) {
      if (b.kind !== 'body' && b.kind !== 'headline') continue;
      for (const m of matchesIn(text, b.start, b.end, ARMY_ORDINAL)) {
        const n = m[1];
        // 12, 13, 112 take -th, so `12d` is not an Army ordinal; a rank (`2d Lt`) is the rank rules'.
        if (/1[23]$/.test(n)) continue;
        if (/^[ \u00a0](?:Lt|Lieutenant)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
        const fixed = `${n}${n.endsWith('2') ? 'nd' : 'rd'}`;
        ctx.report({
          start: m.index,
          end: m.index + m[0].length,
          message: `AP style: "${fixed}", not "${m[0]}".`,
          fix: { title: `Replace with "${fixed}"`, edits: [{ start: m.index, end: m.index + m[0].length, newText: fixed }] },
        });
      }
    }
  },
};
