import { Rule } from '../../types';
import { matchesIn } from '../../analysis/usage';

const DIGITS: Readonly<Record<string, number>> = { ZERO: 0, ONE: 1, TWO: 2, THREE: 3, FOUR: 4, FIVE: 5, SIX: 6, SEVEN: 7, EIGHT: 8, NINE: 9 };
const TEENS: Readonly<Record<string, number>> = { TEN: 10, ELEVEN: 11, TWELVE: 12, THIRTEEN: 13, FOURTEEN: 14, FIFTEEN: 15, SIXTEEN: 16, SEVENTEEN: 17, EIGHTEEN: 18, NINETEEN: 19 };
const TENS: Readonly<Record<string, number>> = { TWENTY: 20, THIRTY: 30, FORTY: 40, FIFTY: 50, SIXTY: 60, SEVENTY: 70, EIGHTY: 80, NINETY: 90 };
const WORD = 'ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN|FOURTEEN|FIFTEEN|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN|TWENTY|THIRTY|FORTY|FIFTY|SIXTY|SEVENTY|EIGHTY|NINETY';

/**
 * A unit's number spelled in capitals after its name (`NMCB FOUR`, `Naval Mobile Construction
 * Battalion ONE THREE THREE`, `Carrier Strike Group TWELVE`), as Navy message traffic writes it.
 */
const UNIT_NUMBER = new RegExp(
  `\\b(?:NMCB|ACB|UCT|CBMU|NCR|NCG|CSG|ESG|CVW|DESRON|PHIBRON|HSC|HSM|VFA|VAQ|VAW|Battalion|Squadron|Regiment|Group|Team|Wing|Unit)(?:[ \\u00a0]\\([A-Z]{2,8}\\))?[ \\u00a0]((?:${WORD})(?:[ -](?:${WORD})){0,3})\\b`,
  'g',
);

/** The number the words give, or undefined when they do not read as one. */
export function unitNumber(words: string[]): number | undefined {
  if (words.length === 1) return DIGITS[words[0]] ?? TEENS[words[0]] ?? TENS[words[0]];
  // `TWENTY ONE` (or `TWENTY-ONE`).
  if (words.length === 2 && TENS[words[0]] !== undefined && DIGITS[words[1]]) return TENS[words[0]] + DIGITS[words[1]];
  // Digit by digit (`ONE THREE THREE` → 133), as Navy units read out their numbers.
  if (words.every((w) => DIGITS[w] !== undefined) && DIGITS[words[0]] !== 0) return Number(words.map((w) => DIGITS[w]).join(''));
  return undefined;
}

export const rule: Rule = {
  id: 'unit/number-words',
  family: 'unit',
  description: 'A unit number spelled out in capitals (NMCB FOUR) instead of figures (NMCB 4).',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'Navy message traffic spells unit numbers in capitals (NMCB FOUR, Naval Mobile Construction Battalion ONE THREE THREE); news copy uses figures for unit numbers: NMCB 4, NMCB 133 (AP numerals; STYLE.md, units).',
  right: 'Seabees assigned to Naval Mobile Construction Battalion (NMCB) 4 built the pier.',
  wrong: 'Seabees assigned to Naval Mobile Construction Battalion (NMCB) FOUR built the pier.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const b of doc.blocks) {
      if ((b.kind !== 'body' && b.kind !== 'headline') || b.allCaps) continue;
      for (const m of matchesIn(text, b.start, b.end, UNIT_NUMBER)) {
        const start = m.index + m[0].length - m[1].length;
        const end = m.index + m[0].length;
        // In a line set in capitals (`NMCB FOUR PUBLIC AFFAIRS`) the capitals are the line's.
        if (/^[ \t]+[A-Z]{2,}\b/.test(text.slice(end, end + 20))) continue;
        const n = unitNumber(m[1].split(/[ -]/));
        if (n === undefined) continue;
        ctx.report({
          start,
          end,
          message: `Write the unit's number in figures: "${n}".`,
          fix: { title: `Replace with "${n}"`, edits: [{ start, end, newText: String(n) }] },
        });
      }
    }
  },
};
