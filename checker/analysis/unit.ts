/**
 * Military units named in the copy (STYLE.md section 5, units): `1st Infantry Division`,
 * `2nd Battalion, 8th Marines`, `Destroyer Squadron 23 (DESRON 23)`, `Joint Task Force-Bravo`.
 * For the outline and the style report: each unit with its first reference.
 */
import { Block, ReleaseDocument } from '../document/model';
import { ParagraphReading, perDocument, perParagraph } from '../engine/cache';

export interface UnitMention {
  /** The unit's name as written (`Destroyer Squadron 23`), with its short form if one follows in parentheses. */
  name: string;
  short?: string;
  start: number;
  end: number;
}

const KIND = 'Division|Brigade Combat Team|Brigade|Battalion|Regiment|Squadron|Air Wing|Wing|Group|Fleet|Company|Battery|Detachment|Task Force|Expeditionary Unit|Marines|Cavalry|Infantry|Command';
/**
 * An ordinal and up to four capitalized words ending in a kind of unit (`1st Infantry Division`,
 * `509th Bomb Wing`, `8th Marines`), or capitalized words, a kind and its number or name
 * (`Carrier Air Wing 9`, `Naval Mobile Construction Battalion 4`, `Joint Task Force-Bravo`).
 */
const UNIT = new RegExp(
  `\\b\\d{1,3}(?:st|nd|rd|th|d)[ \\u00a0](?:[A-Z][a-z]+[ \\u00a0]){0,4}(?:${KIND})\\b(?:,[ \\u00a0]\\d{1,3}(?:st|nd|rd|th|d)[ \\u00a0](?:[A-Z][a-z]+[ \\u00a0]){0,4}(?:${KIND})\\b)?|\\b(?:[A-Z][a-z]+[ \\u00a0]){1,4}(?:${KIND})(?:[ \\u00a0]\\d{1,4}\\b|-[A-Z][a-z]+\\b)`,
  'g',
);
const SHORT = /^[ \u00a0]\(([A-Z][A-Za-z]*[A-Z](?:[ -]?\d{1,4}|-[A-Z][a-z]+)?)\)/;

export function readUnits(t: string): UnitMention[] {
  const out: UnitMention[] = [];
  UNIT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = UNIT.exec(t)) !== null) {
    const start = m.index;
    let end = start + m[0].length;
    const name = m[0].replace(/[ \u00a0]+/g, ' ');
    const s = SHORT.exec(t.slice(end, end + 24));
    const mention: UnitMention = { name, start, end };
    if (s) {
      mention.short = s[1];
      end += s[0].length;
      mention.end = end;
    }
    out.push(mention);
  }
  return out;
}

const PARAGRAPH_UNITS: ParagraphReading<UnitMention[]> = {
  name: 'unit-mentions',
  context: () => '',
  read: (doc, b) => readUnits(doc.blockText(b)),
};

function unitsIn(doc: ReleaseDocument, b: Block): UnitMention[] {
  return perParagraph(doc, PARAGRAPH_UNITS, b).map((u) => ({ ...u, start: u.start + b.start, end: u.end + b.start }));
}

/** Each unit named in the body text, at its first reference, in document order. */
export function introducedUnits(doc: ReleaseDocument): UnitMention[] {
  return perDocument(doc, 'units', () => {
    const seen = new Set<string>();
    const out: UnitMention[] = [];
    for (const b of doc.bodyBlocks) {
      if (b.allCaps) continue;
      for (const u of unitsIn(doc, b)) {
        const key = u.name.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(u);
      }
    }
    return out;
  });
}
