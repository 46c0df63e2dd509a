/**
 * Ships named in the copy (STYLE.md section 5, ships): `USS Harry S. Truman (CVN 75)`,
 * `USNS Comfort (T-AH 20)`, `USCGC Stone (WMSL 758)`. Shared by the `ship/…` rules, the outline
 * and the style report.
 */
import { Block, ReleaseDocument } from '../document/model';
import { ParagraphReading, perDocument, perParagraph } from '../engine/cache';
import { HULL_SYMBOLS } from '../data/acronyms';

/** One mention of a ship with its prefix, offsets relative to its paragraph while read, then absolute. */
export interface ShipMention {
  /** `USS`, `USNS` or `USCGC`. */
  prefix: string;
  /** From the prefix to the end of the hull number's parenthesis, if any. */
  start: number;
  end: number;
  /** The name (`Harry S. Truman`), without prefix, hull number or possessive. */
  nameStart: number;
  nameEnd: number;
  name: string;
  /** `(CVN 75)` with its parentheses, when it follows the name. */
  hull?: { start: number; end: number; text: string };
}

/** A ship and where the copy first and later names it with its prefix. */
export interface Ship {
  /** The name as first written (`Harry S. Truman`). */
  name: string;
  /** The name read case-insensitively: `USS KEARSARGE` and `USS Kearsarge` are one ship. */
  key: string;
  mentions: ShipMention[];
}

/** Capitalized words that end a ship's name: what follows it (`USS Truman Sailors`, `… Carrier Strike Group`). */
const NOT_NAME = new Set([
  'Sailor', 'Sailors', 'Marine', 'Marines', 'Soldier', 'Soldiers', 'Airman', 'Airmen', 'Guardian', 'Guardians', 'Coast', 'Carrier', 'Strike', 'Group',
  'Amphibious', 'Ready', 'Expeditionary', 'Task', 'Force', 'Public', 'Affairs', 'Memorial', 'Museum', 'Commanding', 'Officer', 'Command', 'Master',
  'Chief', 'Petty', 'Capt', 'Cmdr', 'Lt', 'Adm', 'Seaman', 'Ensign', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Aug', 'Sept',
  'Oct', 'Nov', 'Dec', 'The', 'A', 'An', 'In', 'At', 'On', 'During', 'After', 'Before', 'While', 'When', 'I', 'We', 'He', 'She', 'They', 'It', 'This',
  'Wardroom', 'Crew', 'Ship', 'Battle', 'Navy', 'Army', 'Air', 'Space', 'Operation', 'Exercise', 'At-Sea',
]);

const PREFIX = /\b(USS|USNS|USCGC)[ \u00a0]+(?=[A-Z]|1st |2nd )/g;
/** One word of a name: an initial before another word (`S.`), or a capitalized word (`O'Kane`, `Winston`, `KEARSARGE`). */
const NAME_WORD = /[A-Z]\.(?= [A-Z])|[A-Z][A-Za-z'’-]*/y;
/** A rank that opens the name of a ship named for a service member (`USNS Sgt. Matej Kocak`, `USNS 1st Lt. Baldomero Lopez`). */
const RANK_OPENING = /(?:1st |2nd |Gunnery |Staff |Master |Lance )?(?:Sgt|Lt|Pfc|Cpl|Pvt|Spc|Capt|Maj|Col|Gen|Adm|Cmdr)\.(?= [A-Z])/y;
const HULL = /[ \u00a0]\(((?:T-)?[A-Z]{1,5})[ -](\d{1,4}[A-Z]?)\)/y;
const MAX_WORDS = 6;

/** Ship mentions in a paragraph's text, offsets relative to it. */
export function readShips(t: string): ShipMention[] {
  const out: ShipMention[] = [];
  PREFIX.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PREFIX.exec(t)) !== null) {
    const nameStart = m.index + m[0].length;
    let at = nameStart;
    let nameEnd = nameStart;
    RANK_OPENING.lastIndex = at;
    const rank = RANK_OPENING.exec(t);
    if (rank) at += rank[0].length + 1;
    for (let n = rank ? 1 : 0; n < MAX_WORDS; n++) {
      NAME_WORD.lastIndex = at;
      const w = NAME_WORD.exec(t);
      if (!w) break;
      let word = w[0];
      const bare = word.replace(/['’]s$/i, '');
      if (n > 0 && NOT_NAME.has(bare[0] + bare.slice(1).toLowerCase())) break;
      if (/-class$/i.test(word)) break;
      // A possessive ends the name (`USS Truman's crew`).
      const possessive = /['’][sS]$/.test(word);
      if (possessive) word = word.slice(0, -2);
      nameEnd = w.index + word.length;
      if (possessive) break;
      const next = w.index + w[0].length;
      if (t[next] !== ' ' || !/[A-Z]/.test(t[next + 1] ?? '')) break;
      at = next + 1;
    }
    if (nameEnd === nameStart) continue;
    const mention: ShipMention = { prefix: m[1], start: m.index, end: nameEnd, nameStart, nameEnd, name: t.slice(nameStart, nameEnd) };
    HULL.lastIndex = nameEnd;
    const h = HULL.exec(t);
    if (h && HULL_SYMBOLS.has(h[1].replace(/^T-/, ''))) {
      mention.hull = { start: h.index + 1, end: h.index + h[0].length, text: t.slice(h.index + 1, h.index + h[0].length) };
      mention.end = mention.hull.end;
    }
    out.push(mention);
    PREFIX.lastIndex = Math.max(PREFIX.lastIndex, nameEnd);
  }
  return out;
}

const PARAGRAPH_SHIPS: ParagraphReading<ShipMention[]> = {
  name: 'ship-mentions',
  ownStrings: true,
  context: () => '',
  read: (doc, b) => readShips(doc.blockText(b)),
};

/** The ship mentions of one paragraph, absolute offsets. */
export function shipMentionsIn(doc: ReleaseDocument, block: Block): ShipMention[] {
  const base = block.start;
  return perParagraph(doc, PARAGRAPH_SHIPS, block).map((s) => ({
    ...s,
    start: s.start + base,
    end: s.end + base,
    nameStart: s.nameStart + base,
    nameEnd: s.nameEnd + base,
    ...(s.hull ? { hull: { start: s.hull.start + base, end: s.hull.end + base, text: s.hull.text } } : {}),
  }));
}

/** A paragraph that reads as a photo caption: it names the ship again by design. */
export function captionLike(doc: ReleaseDocument, block: Block): boolean {
  return /\b(?:photo|photos|video|illustration|graphic)\s+by\b|\(Released\)/i.test(doc.blockText(block));
}

/**
 * Whether the mention opens a dateline, read or not by the document parser (`USS Kearsarge, At
 * Sea —`, `ABOARD USS KEARSARGE, Mediterranean Sea –`): there the name may be set in capitals and
 * is not the story's first reference.
 */
export function opensDateline(t: string, s: { start: number; end: number }): boolean {
  return /^(?:ABOARD[ \u00a0]+|Aboard[ \u00a0]+)?$/.test(t.slice(0, s.start)) && /^,[^.\n]{0,60}?[ \u00a0](?:[-–—]|--)[ \u00a0]/.test(t.slice(s.end, s.end + 70));
}

/** The name a ship's key is read from: case and spacing aside. */
export function shipKey(name: string): string {
  return name.toLowerCase().replace(/[\s\u00a0]+/g, ' ');
}

/**
 * The ships named with a prefix in the body text, in order of first mention, each with its
 * mentions outside quotations, captions and the dateline.
 */
export function analyzeShips(doc: ReleaseDocument): Ship[] {
  return perDocument(doc, 'ships', () => {
    const byKey = new Map<string, Ship>();
    // `USS Truman` after `USS Harry S. Truman` is the same ship.
    const byShort = new Map<string, Ship>();
    const ships: Ship[] = [];
    for (const b of doc.bodyBlocks) {
      if (b.allCaps || captionLike(doc, b)) continue;
      for (const s of shipMentionsIn(doc, b)) {
        if (doc.dateline && s.start < doc.dateline.end && s.end > doc.dateline.start) continue;
        if (s.start - b.start < 12 && opensDateline(doc.blockText(b), { start: s.start - b.start, end: s.end - b.start })) continue;
        if (doc.inQuote(s.start, s.end)) continue;
        // A unit line under a byline (`USS Gerald R. Ford (CVN 78) Public Affairs`) names the writer's office.
        if (/^[ \u00a0]+Public[ \u00a0]+Affairs\b/.test(doc.text.slice(s.end, s.end + 20))) continue;
        const key = shipKey(s.name);
        const ship = byKey.get(key) ?? byShort.get(key);
        if (ship) {
          ship.mentions.push(s);
          // The name as the copy should write it: the first one not in capitals.
          if (ship.name === ship.name.toUpperCase() && s.name !== s.name.toUpperCase()) ship.name = s.name;
          continue;
        }
        const added: Ship = { name: s.name, key, mentions: [s] };
        byKey.set(key, added);
        const short = shipKey(shortShipName(s.name));
        if (!byShort.has(short)) byShort.set(short, added);
        ships.push(added);
      }
    }
    return ships;
  });
}

/** The short name for later references: the surname after an initial (`Harry S. Truman` → `Truman`), else the name. */
export function shortShipName(name: string): string {
  // Named for a service member: the surname (`Sgt. Matej Kocak` → `Kocak`).
  RANK_OPENING.lastIndex = 0;
  const rank = RANK_OPENING.exec(name);
  if (rank) return name.slice(rank[0].length).trim().split(' ').pop() ?? name;
  const initial = /^.*\b[A-Z]\. (.+)$/.exec(name);
  return initial ? initial[1] : name;
}
