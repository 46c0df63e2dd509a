import { Rule } from '../../types';
import { matchesIn } from '../../analysis/usage';
import { HULL_SYMBOLS } from '../../data/acronyms';

/**
 * Hull symbols that are never an aircraft, weapon or form with a hyphenated number: `AH-64`
 * (Apache), `CV-22` (Osprey), `AK-47`, `PC-12`, `DD-214` (discharge form) are not ships, so those
 * symbols count only after `T-` or in the parenthesis after a ship's name.
 */
const ALONE = new Set([
  'CVN', 'CGN', 'DDG', 'FFG', 'LCS', 'LHA', 'LHD', 'LPD', 'LSD', 'LCC', 'SSN', 'SSBN', 'SSGN', 'MCM', 'ESB', 'ESD', 'EPF',
  'WMSL', 'WMSM', 'WMEC', 'WHEC', 'WPC', 'WPB', 'WLB', 'WLM', 'WAGB', 'WTGB', 'AKE', 'AKR', 'AOE', 'AGOS',
]);

const HULL_HYPHEN = /(?<![A-Za-z0-9-])((?:T-)?)([A-Z]{2,5})-(\d{1,4})(?![\d-]|[A-Za-z]{2})/g;

export const rule: Rule = {
  id: 'ship/hull-hyphen',
  family: 'ship',
  description: 'A hull number written with a hyphen (CVN-75) instead of a space (CVN 75).',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'Navy style writes the hull classification symbol and number with a space and no hyphen: USS Harry S. Truman (CVN 75), USNS Comfort (T-AH 20). Aircraft and weapons keep their hyphens (AH-64, CV-22, AK-47).',
  right: 'USS Harry S. Truman (CVN 75)',
  wrong: 'USS Harry S. Truman (CVN-75)',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const b of doc.blocks) {
      if (b.kind !== 'body' && b.kind !== 'headline') continue;
      for (const m of matchesIn(text, b.start, b.end, HULL_HYPHEN)) {
        const [whole, t, symbol, number] = m;
        if (!HULL_SYMBOLS.has(symbol)) continue;
        // After a ship's name: `USS Yorktown (CV-10)`.
        const afterShip = text[m.index - 1] === '(' && text[m.index + whole.length] === ')' && /\b(?:USS|USNS|USCGC)[ \u00a0][^()\n]{1,60} $/.test(text.slice(Math.max(b.start, m.index - 70), m.index - 1));
        if (!t && !ALONE.has(symbol) && !afterShip) continue;
        const fixed = `${t}${symbol} ${number}`;
        ctx.report({
          start: m.index,
          end: m.index + whole.length,
          message: `Write the hull number with a space: "${fixed}".`,
          fix: { title: `Replace with "${fixed}"`, edits: [{ start: m.index, end: m.index + whole.length, newText: fixed }] },
        });
      }
    }
  },
};
