import { Rule } from '../../types';
import { inAddress, matchesIn } from '../../analysis/usage';
import { AIRCRAFT, AIRCRAFT_CONTEXT } from '../../data/weapons';

/** A designator written without its hyphen (`F35`, `F/A18E`, `KC135R`, `MH60S`) or `FA-18` for `F/A-18`. */
const DESIGNATOR = /(?<![\w/.-])(F\/A|FA-?|[A-Z]{1,2})(\d{1,3})([A-Z]{0,2}(?:\/[A-Z])?)(?![\w-])/g;

export const rule: Rule = {
  id: 'weapon/aircraft-hyphen',
  family: 'weapon',
  description: 'An aircraft designator without its hyphen (F35, F/A18, KC135) or FA-18 for F/A-18.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'Military aircraft designations join the mission letters and the model number with a hyphen: F-35A, F/A-18E/F Super Hornet, KC-135, MH-60S (STYLE.md, aircraft and weapons). Short forms that could be something else (B2, U2, C5, E4) count only before an aircraft word (B2 Spirit, C5 aircraft); pay grades (E4, O3) are never read as aircraft.',
  right: 'F-35A Lightning II pilots and KC-135 crews flew with F/A-18E Super Hornets.',
  wrong: 'F35A Lightning II pilots and KC135 crews flew with F/A18E Super Hornets.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const b of doc.blocks) {
      if (b.kind !== 'body' && b.kind !== 'headline') continue;
      for (const m of matchesIn(text, b.start, b.end, DESIGNATOR)) {
        const [whole, rawPrefix, digits, suffix] = m;
        const fa = rawPrefix.startsWith('FA');
        if (rawPrefix.endsWith('-') && !fa) continue;
        const prefix = fa ? 'F/A' : rawPrefix;
        const n = Number(digits);
        if (!AIRCRAFT[prefix]?.includes(n) || digits.startsWith('0')) continue;
        if (!fa && rawPrefix === prefix && whole.includes('-')) continue;
        const end = m.index + whole.length;
        if (inAddress(text, m.index, end)) continue;
        // One letter and one digit (B2, C5, U2, T6): only before an aircraft word.
        if (prefix.length === 1 && n < 10) {
          const next = /^[ \u00a0]+([A-Za-z]+)/.exec(text.slice(end, end + 20))?.[1];
          if (next === undefined || !AIRCRAFT_CONTEXT.has(next)) continue;
        }
        const fixed = `${prefix}-${digits}${suffix}`;
        ctx.report({
          start: m.index,
          end,
          message: `Write the aircraft designator with a hyphen: "${fixed}".`,
          fix: { title: `Replace with "${fixed}"`, edits: [{ start: m.index, end, newText: fixed }] },
        });
      }
    }
  },
};
