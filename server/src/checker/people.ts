import { ReleaseDocument } from './document';

/** A person on first reference: `Army Lt. Gen. Sean MacFarland`, `Secretary of Defense Ash Carter`. */
export interface Person {
  start: number;
  end: number;
  last: string;
  /** The whole first reference as written. */
  reference: string;
}

const TITLE_WORDS =
  '(?:Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Pfc|Spc|Ensign|Airman|Seaman|Officer|Class|Secretary(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?|President|Minister|Mr|Ms|Mrs|Dr)';
const PERSON = new RegExp(`\\b(?:(?:Lt|Maj|Brig|Vice|Rear|Staff|Master|Command|Chief|Senior|Tech|Lance|Gunnery)\\.? )*${TITLE_WORDS}\\.? ((?:[A-Z][a-z]+|[A-Z]\\.)(?: [A-Z]\\.)*) ((?:al-|van |de )?[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*)\\b`, 'g');

/** People the draft introduces with a title or rank and a full name, first reference only. */
export function introducedPeople(doc: ReleaseDocument): Person[] {
  const people: Person[] = [];
  const seen = new Set<string>();
  for (const b of doc.blocks) {
    if (b.kind !== 'body' && b.kind !== 'headline') continue;
    const text = doc.text.slice(b.start, b.end);
    for (const m of text.matchAll(PERSON)) {
      const last = m[2];
      if (seen.has(last)) continue;
      seen.add(last);
      const start = b.start + (m.index ?? 0);
      people.push({ start, end: start + m[0].length, last, reference: m[0] });
    }
  }
  return people;
}
