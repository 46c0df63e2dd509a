import { Rule } from '../../types';
import { matchesIn } from '../../analysis/usage';
import { WEAPON_CONTEXT } from '../../data/weapons';

/** `9mm`, `5.56mm`, `105mm`: millimeters run into the number. */
const MILLIMETER = /(?<![\w.])(\d{1,3}(?:\.\d{1,2})?)mm\b/g;
/** `.50 cal`, `.50-cal`, `50 cal`, `50-caliber`, `.50 caliber machine gun`. */
const CALIBER = /(?<![\w])(\.?)(22|30|38|44|45|50|308|338)(?:([ \u00a0-]?)(cal)\b(\.?)|([ \u00a0-])(caliber)\b)/g;

export const rule: Rule = {
  id: 'weapon/caliber',
  family: 'weapon',
  description: 'Caliber and millimeter forms: 9mm → 9 mm, 50 cal → .50-caliber.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP: a space between the figure and mm (a 9 mm pistol, a 105 mm howitzer); caliber written out, with its decimal point and a hyphen (a .50-caliber machine gun, a .45-caliber pistol) (STYLE.md, aircraft and weapons).',
  right: 'Marines fired 9 mm pistols and .50-caliber machine guns.',
  wrong: 'Marines fired 9mm pistols and 50 cal machine guns.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const b of doc.blocks) {
      if (b.kind !== 'body' && b.kind !== 'headline') continue;
      for (const m of matchesIn(text, b.start, b.end, MILLIMETER)) {
        const fixed = `${m[1]} mm`;
        ctx.report({
          start: m.index,
          end: m.index + m[0].length,
          message: `Put a space before "mm": "${fixed}".`,
          fix: { title: `Replace with "${fixed}"`, edits: [{ start: m.index, end: m.index + m[0].length, newText: fixed }] },
        });
      }
      for (const m of matchesIn(text, b.start, b.end, CALIBER)) {
        const [, dot, n, , cal, calDot, caliberGap] = m;
        let end = m.index + m[0].length;
        const after = text.slice(end, end + 20);
        if (cal) {
          // `cal.` before a lowercase word is the abbreviation's period; before a capital or the end it may end the sentence.
          if (calDot && !/^[ \u00a0]+[a-z]/.test(after)) end--;
        } else {
          // `.50 caliber` is right as a noun; `.50-caliber` is right; flag `50-caliber`, `50 caliber …`, and `.50 caliber` before a noun.
          if (dot && caliberGap === '-') continue;
          if (dot && !WEAPON_CONTEXT.has(/^[ \u00a0]+([A-Za-z]+)/.exec(after)?.[1] ?? '')) continue;
        }
        const fixed = `.${n}-caliber`;
        if (text.slice(m.index, end) === fixed) continue;
        ctx.report({
          start: m.index,
          end,
          message: `Write the caliber as "${fixed}".`,
          fix: { title: `Replace with "${fixed}"`, edits: [{ start: m.index, end, newText: fixed }] },
        });
      }
    }
  },
};
