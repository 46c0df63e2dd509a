/** Formal titles written with capitals where AP wants them lowercase; shared by the `title/…` rules. */
import { ReleaseDocument } from '../document/model';
import { perDocument } from '../engine/cache';
import { GENERIC_UNITS, TITLES, TitleEntry } from '../data/titles';

export interface TitleMatch {
  start: number;
  end: number;
  written: string;
  /** The lowercase form, `acting` included. */
  lower: string;
  entry: TitleEntry;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BY_CAP = new Map(TITLES.map((e) => [e.cap, e]));
// Longest first, so `Secretary of the Army` wins over `Secretary`.
const ALTERNATION = [...TITLES].sort((a, b) => b.cap.length - a.cap.length).map((e) => escape(e.cap)).join('|');
/** Group 1: what comes before (`the `, `as `, `Carter, `); group 2: `Acting `; group 3: the title. */
const TITLE_RE = new RegExp(`(\\b(?:[Tt]he|[Aa]s) |[A-Z][a-z]+, (?:the )?)(Acting )?(${ALTERNATION})\\b`, 'g');

/** `of Nevada`, `of the Virgin Islands`: the place an `ofPlace` title serves. */
const OF_PLACE = /^ of ((?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3})/u;
/**
 * A unit commander after `the` or `as`: a numbered unit (`the 4th Fighter Wing Commander`,
 * `the Carrier Air Wing 9 Commander`; group 1) or a generic one (`the Wing Commander`; group 2).
 */
const UNIT_COMMANDER = new RegExp(
  `\\b(?:[Tt]he|[Aa]s) (?:(\\d+(?:st|nd|rd|th|d) (?:[A-Z][A-Za-z-]* ){1,4}|(?:[A-Z][A-Za-z-]* ){1,4}\\d+ )|((?:${GENERIC_UNITS.join('|')}) ))(Commander|Commanding Officer|Commanding General|Command Chief)\\b`,
  'g',
);

/**
 * Titles capitalized after a name or standing alone: `the Secretary of Defense said`,
 * `Carter, the Defense Secretary,`, `his fourth as Secretary of Defense`. A title followed by a
 * capitalized word is before a name (`Defense Secretary Ash Carter`) or part of a proper name
 * (`the Secretary of Defense Employer Support Freedom Award`) and is left alone.
 */
export function capitalizedTitles(doc: ReleaseDocument): TitleMatch[] {
  return perDocument(doc, 'titles', () => readTitles(doc));
}

function readTitles(doc: ReleaseDocument): TitleMatch[] {
  const out: TitleMatch[] = [];
  const text = doc.text;
  for (const b of doc.bodyBlocks) {
    if (b.allCaps) continue;
    const slice = text.slice(0, b.end);
    TITLE_RE.lastIndex = b.start;
    let m: RegExpExecArray | null;
    while ((m = TITLE_RE.exec(slice)) !== null) {
      const lead = m[1];
      const entry = BY_CAP.get(m[3]);
      if (!entry) continue;
      const start = m.index + lead.length;
      const end = m.index + m[0].length;
      if (entry.single && !/(?:^|\s)[Tt]he $/.test(lead)) continue;
      // `Office of the Secretary of Defense`, `Assistant to the Secretary ...`: names of offices and positions.
      if (/^[Tt]he $/.test(lead) && /\b(?:of|to|for)\s+$/.test(text.slice(Math.max(b.start, m.index - 5), m.index))) continue;
      let stop = end;
      let place = '';
      if (entry.ofPlace) {
        const of = OF_PLACE.exec(text.slice(end, Math.min(b.end, end + 60)));
        if (of) {
          stop = end + of[0].length;
          place = ` of ${of[1]}`;
        }
      }
      const after = text.slice(stop, stop + 40);
      if (/^(?:['’]s)?\s[A-Z]/.test(after) || /^[-–]/.test(after) || /^\s+(?:for|of|and|to)\s+[A-Z]/.test(after)) continue;
      const lower = (m[2] ? 'acting ' : '') + entry.lower + place;
      out.push({ start, end: stop, written: text.slice(start, stop), lower, entry });
    }
    // Title-case subheads (`Meet the Wing Commander`) and captions without a sentence end are left alone.
    if (!/[.!?]["”’)]?\s*$/.test(text.slice(b.start, b.end))) continue;
    UNIT_COMMANDER.lastIndex = b.start;
    while ((m = UNIT_COMMANDER.exec(slice)) !== null) {
      const end = m.index + m[0].length;
      const start = end - (m[1] ?? m[2]).length - m[3].length;
      const after = text.slice(end, end + 40);
      // Before a name (`the 4th Fighter Wing Commander Col. Ann Lee`) or part of a longer name: left alone.
      if (/^(?:['’]s)?\s[A-Z\d]/.test(after) || /^[-–]/.test(after) || /^\s+(?:for|of|and|to)\s+[A-Z]/.test(after)) continue;
      const written = text.slice(start, end);
      const lower = m[1] !== undefined ? `${m[1]}${m[3].toLowerCase()}` : written.toLowerCase();
      out.push({ start, end, written, lower, entry: { cap: written, lower } });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
