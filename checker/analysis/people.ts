import { ReleaseDocument } from '../document/model';
import { rankMentions } from './rank';

/** A person on first reference: `Army Lt. Gen. Sean MacFarland`, `Secretary of Defense Ash Carter`. */
export interface Person {
  start: number;
  end: number;
  last: string;
  /** The whole first reference as written. */
  reference: string;
}

/**
 * Civilian titles before a full name. People with a military rank are not read here: they come
 * from the rank mentions the `rank/…` rules read, so the outline, completions and the style report
 * list exactly the officers and enlisted members the rules reason about, in every rank form.
 */
const CIVILIAN = new RegExp(
  "\\b(?:(?:Deputy |Under |Assistant )?Secretary(?: of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)?|President|Vice President|Prime Minister|Minister|Ambassador|Sen\\.|Rep\\.|Gov\\.|Mr\\.|Ms\\.|Mrs\\.|Dr\\.)" +
    " ((?:[A-Z][a-z]+|[A-Z]\\.)(?: [A-Z]\\.)*) ((?:al-|van |de )?[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*)\\b",
  'g',
);

/** People the draft introduces with a rank or a title and a full name, first reference only, in order. */
export function introducedPeople(doc: ReleaseDocument): Person[] {
  const found: Person[] = [];
  for (const m of rankMentions(doc)) {
    if (m.tokens.length < 2 || m.inCaption || m.inByline) continue;
    const start = m.service ? Math.min(m.service.start, m.start) : m.start;
    found.push({ start, end: m.last.end, last: m.last.text, reference: doc.text.slice(start, m.last.end).replace(/\s+/g, ' ') });
  }
  for (const b of doc.blocks) {
    if (b.kind !== 'body' && b.kind !== 'headline') continue;
    const text = doc.blockText(b);
    for (const m of text.matchAll(CIVILIAN)) {
      const start = b.start + (m.index ?? 0);
      found.push({ start, end: start + m[0].length, last: m[2], reference: m[0] });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  return found.filter((p) => !seen.has(p.last) && seen.add(p.last) !== undefined);
}
