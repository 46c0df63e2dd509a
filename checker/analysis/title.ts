/** Formal titles written with capitals where AP wants them lowercase; shared by the `title/…` rules. */
import { ReleaseDocument } from '../document/model';
import { perDocument } from '../engine/cache';
import { TITLES, TitleEntry } from '../data/titles';

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
const TITLE_RE = new RegExp(`(\\b(?:[Tt]he|as) |[A-Z][a-z]+, (?:the )?)(Acting )?(${ALTERNATION})\\b`, 'g');

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
      const after = text.slice(end, end + 40);
      if (/^(?:['’]s)?\s[A-Z]/.test(after) || /^[-–]/.test(after) || /^\s+(?:for|of|and|to)\s+[A-Z]/.test(after)) continue;
      const lower = (m[2] ? 'acting ' : '') + entry.lower;
      out.push({ start, end, written: text.slice(start, end), lower, entry });
    }
  }
  return out;
}
