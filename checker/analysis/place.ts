/** Shared parsing for the `place/…` rules: the dateline's city and state, and prose blocks. */
import { Block, ReleaseDocument } from '../document/model';
import { StateInfo, stateOf, STANDALONE_BY_UPPER } from '../data/states';
import { MONTH_FORMS } from '../data/months';

export interface DatelinePlace {
  city: string;
  cityStart: number;
  cityEnd: number;
  /** The state as written, with its offsets; absent for `WASHINGTON —`. */
  stateText?: string;
  stateStart: number;
  stateEnd: number;
  state?: StateInfo;
}

/** The parsed dateline place, or undefined when the release has no dateline. */
export function datelinePlace(doc: ReleaseDocument): DatelinePlace | undefined {
  const d = doc.dateline;
  if (!d) return undefined;
  // `NMCP, Portsmouth, VA`: the state is the last part, the rest the place.
  const comma = d.place.lastIndexOf(',');
  if (comma < 0) return { city: d.place, cityStart: d.start, cityEnd: d.start + d.place.length, stateStart: -1, stateEnd: -1 };
  const rest = d.place.slice(comma + 1);
  const lead = rest.length - rest.trimStart().length;
  const stateText = rest.trim();
  const stateStart = d.start + comma + 1 + lead;
  return {
    city: d.place.slice(0, comma),
    cityStart: d.start,
    cityEnd: d.start + comma,
    stateText,
    stateStart,
    stateEnd: stateStart + stateText.length,
    state: stateOf(stateText),
  };
}

/** Whether the dateline city stands alone (AP list) and the state written is that city's own state. */
export function isStandaloneWithState(p: DatelinePlace): boolean {
  const entry = STANDALONE_BY_UPPER.get(p.city.toUpperCase());
  return entry !== undefined && p.state !== undefined && p.state.postal === entry.postal;
}


/** Body paragraphs as prose ranges, the dateline cut off the first one. */
export function bodyProse(doc: ReleaseDocument): Array<{ start: number; end: number }> {
  const cut = doc.dateline?.end ?? looseDatelineEnd(doc);
  return doc.bodyBlocks
    .filter((b: Block) => !b.allCaps)
    .map((b) => ({ start: b.start <= cut && cut <= b.end ? cut : b.start, end: b.end }))
    .filter((r) => r.end > r.start);
}

/** Words that, right before a capitalized place, show it is a place (`from Fort Bragg, NC`). */
const PLACE_PREPOSITIONS = /(?:^|[^A-Za-z])(?:in|at|from|near|to|outside|of|into|toward|towards|around|across|based|through|leaving|visited|visiting|returned to|arrived in)\s+$/;
const PLACE_WORDS = /\b(?:Fort|Camp|Joint Base|Naval|Air Force Base|Air Base|Air Station|Marine Corps|Base|Station|Barracks|Arsenal|Depot|Airfield|Field|Shipyard|Yard|Garrison)\b/;
/** A run of up to four capitalized words ending right before `end` (`Fort Bragg`, `Joint Base Lewis-McChord`). */
const CAPITALIZED_RUN = /(?:[A-Z][A-Za-z.'’-]*\s){0,3}[A-Z][A-Za-z.'’-]*$/;
const SENTENCE_PREPOSITION = /^(?:In|At|From|Near|To|Outside|Inside|Across|Around|Through)\s/;

/**
 * The capitalized place right before a comma at `commaAt`, and whether the words around it make
 * it certain it is a place (a preposition before it, a base word in it, or a ZIP code after).
 */
export function placeBefore(text: string, commaAt: number, lineStart: number, afterCode: number): { start: number; sure: boolean } | undefined {
  const before = text.slice(Math.max(lineStart, commaAt - 60), commaAt);
  const m = CAPITALIZED_RUN.exec(before);
  if (!m) return undefined;
  const start = commaAt - m[0].length;
  const run = m[0];
  const sure =
    PLACE_PREPOSITIONS.test(text.slice(Math.max(lineStart, start - 20), start)) ||
    SENTENCE_PREPOSITION.test(run) ||
    PLACE_WORDS.test(run) ||
    /^ \d{5}(?:-\d{4})?\b/.test(text.slice(afterCode, afterCode + 12));
  return { start, sure };
}

/**
 * A dateline written in title case (`Norfolk, Va. —`, the wire form `Washington, March 3, 2011 —`),
 * which the document model does not take for one.
 */
export const TITLE_CASE_DATELINE = new RegExp(
  `^([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})(?:, ([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?))?(?:,? (?:${MONTH_FORMS}) \\d{1,2}, \\d{4})?(?:\\s*\\([^)\\n]{0,60}\\))?\\s*(?:—|–|--)\\s`,
);

/** A capitalized dateline that ends in a colon instead of a dash: `NORFOLK, Va.: The ship`. Group 3 the colon. */
export const NO_DASH_DATELINE = /^([A-Z][A-Z.'’ -]*[A-Z.])(?:, ([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?))?(\s*[:;])\s+(?=[A-Z"“])/;

/** Where a title-case dateline ends in the first body paragraph, or -1: its state is place/dateline-form's business. */
export function looseDatelineEnd(doc: ReleaseDocument): number {
  const first = doc.firstBody;
  if (!first || doc.dateline) return -1;
  const line = doc.text.slice(first.start, first.end);
  const m = TITLE_CASE_DATELINE.exec(line) ?? NO_DASH_DATELINE.exec(line);
  return m ? first.start + m[0].length : -1;
}
