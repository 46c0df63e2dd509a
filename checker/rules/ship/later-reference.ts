import { Rule } from '../../types';
import { sentenceStart } from '../../lex/text';
import { analyzeShips, shortShipName } from '../../analysis/ship';

/**
 * The Navy's closing boilerplate names the ship as its news page does: `For more news from USS
 * Dewey, visit …`, `For more information about USS Ford, go to …`.
 */
const BOILERPLATE = /^(?:For more (?:news|information|stories|photos)\b|To learn more about\b)[^\n]*\b(?:visit|go to|follow|see|www\.|https?:)/i;

export const rule: Rule = {
  id: 'ship/later-reference',
  family: 'ship',
  description: 'A later reference that repeats the ship\'s prefix (USS Harry S. Truman … USS Truman) instead of Truman or the ship.',
  defaultSeverity: 'hint',
  scope: 'document',
  why: 'Navy style gives prefix, name and hull number once, on first reference; after that the copy says Truman or the ship. A photo caption, and the closing line that points to the ship\'s news page (For more news from USS Dewey, visit ...), name the ship again by design and are not checked.',
  right: 'USS Harry S. Truman (CVN 75) departed Norfolk. Truman returns in May.',
  wrong: 'USS Harry S. Truman (CVN 75) departed Norfolk. USS Harry S. Truman (CVN 75) returns in May.',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    for (const ship of analyzeShips(doc)) {
      const first = ship.mentions[0];
      const line = doc.positionAt(first.start).line + 1;
      for (const m of ship.mentions.slice(1)) {
        const block = doc.blockAt(m.start);
        if (block && BOILERPLATE.test(text.slice(block.start, block.end))) continue;
        const atStart = block !== undefined && sentenceStart(text, m.start, block.start) === m.start;
        const short = shortShipName(ship.name);
        const theShip = atStart ? 'The ship' : 'the ship';
        ctx.report({
          start: m.start,
          end: m.end,
          message: `${m.prefix} ${ship.name} was introduced on line ${line}: later, write "${short}" or "the ship".`,
          suggestions: [
            { title: `Replace with "${short}"`, edits: [{ start: m.start, end: m.end, newText: short }] },
            { title: `Replace with "${theShip}"`, edits: [{ start: m.start, end: m.end, newText: theShip }] },
          ],
        });
      }
    }
  },
};
