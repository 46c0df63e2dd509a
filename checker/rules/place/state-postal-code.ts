import { Rule } from '../../types';
import { STATE_BY_POSTAL } from '../../data/states';
import { bodyProse, datelinePlace, isStandaloneWithState, placeBefore } from '../../analysis/place';

/** `, NC` followed by the end of the phrase: punctuation, a dash, a ZIP code or the end of the line. */
const POSTAL_AFTER_COMMA = /, ([A-Z]{2})(?=[,.;:)\]—–]|\s+(?:—|–|--|-|\d{5})|\s*$|\s+[a-z])/gm;

/**
 * Codes that are also words, credentials or military abbreviations (`OR`, `IN`, `ME`, `HI`, `OK`,
 * `MD`, `PA`, `MA`, `VA` for Veterans Affairs, `CO` for commanding officer, `DC`, `PR`): after a
 * comma they need a place that is surely a place. The other codes only need a place name before them.
 */
const WORDLIKE = new Set('AL AR AS CO CT DC DE GA HI ID IN LA MA MD ME MO MP MS MT NE OH OK OR PA PR SC VA VI IA'.split(' '));

/** A postal code before a Guard unit: `the NV Army National Guard`, `TX ANG`. */
const POSTAL_BEFORE_GUARD = /(?<![\w.’'-])([A-Z]{2}) (?=(?:Army |Air )?National Guard\b|(?:ANG|ARNG)\b)/g;

export const rule: Rule = {
  id: 'place/state-postal-code',
  family: 'place',
  description: 'A two-letter postal code for a state after a city (Fort Bragg, NC).',
  defaultSeverity: 'error',
  scope: 'document',
  yieldsTo: ['place/standalone-city'],
  why: 'AP never uses postal codes in text: spell the state out in body text and use the AP abbreviation in a dateline.',
  right: 'Soldiers from Fort Bragg, North Carolina, deployed. / FORT BRAGG, N.C. —',
  wrong: 'Soldiers from Fort Bragg, NC, deployed. / FORT BRAGG, NC —',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    const place = datelinePlace(doc);
    if (place?.state && place.stateText === place.state.postal && !(isStandaloneWithState(place) && ctx.isEnabled('place/standalone-city'))) {
      const s = place.state;
      const to = s.ap ?? s.name;
      ctx.report({
        start: place.stateStart,
        end: place.stateEnd,
        message: `Use the AP abbreviation "${to}" in a dateline, not the postal code "${s.postal}".`,
        fix: { title: `Replace "${s.postal}" with "${to}"`, edits: [{ start: place.stateStart, end: place.stateEnd, newText: to }] },
      });
    }
    for (const range of bodyProse(doc)) {
      POSTAL_AFTER_COMMA.lastIndex = 0;
      const slice = text.slice(range.start, range.end);
      let m: RegExpExecArray | null;
      while ((m = POSTAL_AFTER_COMMA.exec(slice)) !== null) {
        const s = STATE_BY_POSTAL.get(m[1]);
        if (!s) continue;
        const comma = range.start + m.index;
        const codeStart = comma + 2;
        const codeEnd = codeStart + 2;
        const lineStart = Math.max(range.start, text.lastIndexOf('\n', comma) + 1);
        // Codes that are also words or credentials (OR, IN, ME, MD, PA) need a place that is surely a place.
        const p = placeBefore(text, comma, lineStart, codeEnd);
        if (!p) continue;
        if (!p.sure) {
          // `an El Paso, TX, native`, `Tulsa, OK.`: a place name in mixed case (not an acronym list) before a code that is no word.
          const last = /[A-Za-z.'’-]*$/.exec(text.slice(p.start, comma))?.[0] ?? '';
          if (WORDLIKE.has(s.postal) || !/^[A-Z][a-z]/.test(last)) continue;
        }
        const to = s.postal === 'DC' ? 'D.C.' : s.name;
        ctx.report({
          start: codeStart,
          end: codeEnd,
          message: `Spell out the state in body text: "${to}", not the postal code "${s.postal}".`,
          fix: { title: `Replace "${s.postal}" with "${to}"`, edits: [{ start: codeStart, end: codeEnd, newText: to }] },
        });
      }
      POSTAL_BEFORE_GUARD.lastIndex = 0;
      while ((m = POSTAL_BEFORE_GUARD.exec(slice)) !== null) {
        const s = STATE_BY_POSTAL.get(m[1]);
        if (!s) continue;
        const codeStart = range.start + m.index;
        const codeEnd = codeStart + 2;
        const to = s.postal === 'DC' ? 'D.C.' : s.name;
        ctx.report({
          start: codeStart,
          end: codeEnd,
          message: `Spell out the state in a unit's name: "${to}", not the postal code "${s.postal}".`,
          fix: { title: `Replace "${s.postal}" with "${to}"`, edits: [{ start: codeStart, end: codeEnd, newText: to }] },
        });
      }
    }
  },
};
