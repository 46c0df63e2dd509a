import { Rule } from '../../types';
import { matchesIn } from '../../analysis/usage';
import { M_WEAPONS, M_WEAPONS_ALONE, WEAPON_CONTEXT } from '../../data/weapons';

const M_HYPHEN = /(?<![\w/.-])M-(\d{1,4})((?:[AE]\d)?(?:[A-Z](?![a-z]))?)(?![\w-])/g;

export const rule: Rule = {
  id: 'weapon/m-hyphen',
  family: 'weapon',
  description: 'An M-series weapon written with a hyphen (M-16, M-4, M-777) instead of M16, M4, M777.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'Army weapon designations run the M and the number together: M16 rifle, M4 carbine, M249, M777 howitzer, M1A2 Abrams (STYLE.md, aircraft and weapons). Models that are also Michigan highways (M-1, M-14, M-203) count only before a weapon word.',
  right: 'Soldiers qualified on the M4 carbine and the M16A4 rifle.',
  wrong: 'Soldiers qualified on the M-4 carbine and the M-16A4 rifle.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const b of doc.blocks) {
      if (b.kind !== 'body' && b.kind !== 'headline') continue;
      for (const m of matchesIn(text, b.start, b.end, M_HYPHEN)) {
        const [whole, digits, suffix] = m;
        const n = Number(digits);
        if (!M_WEAPONS.has(n) || digits.startsWith('0')) continue;
        const end = m.index + whole.length;
        if (!M_WEAPONS_ALONE.has(n) && !/^[AE]\d/.test(suffix)) {
          const next = /^[ \u00a0]+([A-Za-z]+)(?:[ \u00a0]+([A-Za-z]+))?/.exec(text.slice(end, end + 30));
          if (!next || !(WEAPON_CONTEXT.has(next[1]) || (next[2] !== undefined && WEAPON_CONTEXT.has(next[2])))) continue;
        }
        const fixed = `M${digits}${suffix}`;
        ctx.report({
          start: m.index,
          end,
          message: `Write the weapon designator without a hyphen: "${fixed}".`,
          fix: { title: `Replace with "${fixed}"`, edits: [{ start: m.index, end, newText: fixed }] },
        });
      }
    }
  },
};
