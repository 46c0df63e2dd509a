/**
 * Rank mentions shared by the `rank/…` rules and the rank hover: a rank token (service form,
 * AP form or spelled out) directly followed by a personal name.
 */
import { detachString } from '../engine/memory';
import { Block, ReleaseDocument } from '../document/model';
import { ParagraphReading, perDocument, perParagraph } from '../engine/cache';
import { CREDIT_LINE, NOT_NAMES } from '../lex/text';
import {
  classifyRankForm, RankEntry, RankFormKind, RANK_AP_FORMS, RANK_SERVICE_FORMS, RANK_SPELLED_FORMS, RANK_VARIANT_FORMS,
  Service, SERVICES, SERVICE_SUFFIXES, servicesOfForm, NOT_PERSON, NAME_ABBREVIATIONS, RANK_PREV_OK,
} from '../data/ranks';

export interface NameToken {
  text: string;
  start: number;
  end: number;
}

export interface RankMention {
  /** The rank token as written. */
  start: number;
  end: number;
  written: string;
  kind: RankFormKind;
  entries: readonly RankEntry[];
  /** The AP form, when every reading of the token agrees on it. */
  ap: string | undefined;
  tokens: NameToken[];
  /** The first name (or initial) when the name has more than one part. */
  first: string | undefined;
  last: NameToken;
  /** A `(Ret.)` between the rank and the name. */
  retiredParen?: { start: number; end: number };
  /** A service named just before the rank (`Army`, `Marine Corps`, `Army National Guard`). */
  service?: { start: number; end: number; service: Service | undefined };
  block: Block;
  inHeadline: boolean;
  inCaption: boolean;
  /** In the byline (`By Staff Sgt. Jane Doe`): the writer, not a person the story introduces. */
  inByline: boolean;
  inQuote: boolean;
  /**
   * A one-word spelled-out rank before a last name alone (`General Smith`, `Admiral Whitman`):
   * an ordinary word as often as a rank, so only a later reference to a person already named
   * (rank/repeated) reads it; rankMentions() leaves it out.
   */
  weak?: boolean;
}

/** Service forms that are more often something else before a name (`SA` = special agent, `AB` = initials). */
const NOT_RANKS = new Set(['SA', 'AB']);
const SUFFIXES = new Set(['Jr', 'Sr']);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

const ALL_FORMS = [...new Set([...RANK_SERVICE_FORMS, ...RANK_AP_FORMS, ...RANK_SPELLED_FORMS, ...RANK_VARIANT_FORMS])].sort((a, b) => b.length - a.length);
const RANK_RE_SOURCE = `(?<![\\p{L}\\p{N}_.'’])(?:${ALL_FORMS.map(escapeRe).join('|')})(?![\\p{L}\\p{N}_])`;

/** A fresh global regex over every rank form, longest first. */
export function rankRegex(): RegExp {
  return new RegExp(RANK_RE_SOURCE, 'gu');
}

const SERVICE_BEFORE =
  /(?:^|[^\p{L}])(Army National Guard|Air National Guard|National Guard|Army Reserve|Navy Reserve|Air Force Reserve|Marine Corps Reserve|Coast Guard Reserve|Air Force|Marine Corps|Space Force|Coast Guard|Army|Navy|Marine)\s+$/u;
const SERVICE_OF: ReadonlyArray<readonly [RegExp, Service]> = [
  [/^Army/, 'Army'], [/^Air/, 'Air Force'], [/^Navy/, 'Navy'], [/^Marine/, 'Marine Corps'], [/^Space/, 'Space Force'], [/^Coast/, 'Coast Guard'],
];

const WORD = /\p{Lu}[\p{L}\p{M}'’-]*/uy;
const INITIAL = /\p{Lu}\.(?:\p{Lu}\.)*(?![\p{L}])/uy;
/** A nickname in quotation marks between first and last name: `Joseph "Joe" Dunford`. */
/** A nickname in quotes inside a name, one to four words: `James "Mad Dog" Mattis`, `John “Jack” Doe`. */
const NICKNAME = /["“‘']\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}["”’']/uy;
const PARTICLE = /(?:al|el|bin|ibn|de|del|della|der|den|di|da|du|dos|la|le|van|von|ter)(?:-\p{Lu}[\p{L}'’]*|(?= (?:[a-z]+ )?\p{Lu}))/uy;
const GAP = /[ \t]+|[ \t]*\r?\n[ \t]*/y;
const RETIRED_PAREN = /\((?:[Rr]et(?:\.|ired)?|RET\.?)\)/y;

function sticky(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

function isRankWord(word: string): boolean {
  return classifyRankForm(word) !== undefined || classifyRankForm(`${word}.`) !== undefined;
}

/** The personal name starting at `at` (up to the block end), or undefined. */
export function parseName(text: string, at: number, end: number): NameToken[] | undefined {
  const tokens: NameToken[] = [];
  let pos = at;
  while (pos < end && tokens.length < 6) {
    const initial = sticky(INITIAL, text, pos);
    if (initial) {
      tokens.push({ text: initial, start: pos, end: pos + initial.length });
      pos += initial.length;
    } else {
      const word = sticky(WORD, text, pos) ?? (tokens.length > 0 ? sticky(PARTICLE, text, pos) : undefined);
      if (word !== undefined && /^[a-z]/.test(word)) {
        // A particle inside a name: `Ann de la Cruz`, `Ali al-Hashimi`.
        if (word.includes('-')) tokens.push({ text: word, start: pos, end: pos + word.length });
        pos += word.length;
        const g = sticky(GAP, text, pos);
        if (!g || word.includes('-')) break;
        pos += g.length;
        continue;
      }
      if (word === undefined) {
        const nick = tokens.length > 0 ? sticky(NICKNAME, text, pos) : undefined;
        if (!nick) break;
        pos += nick.length;
        const g = sticky(GAP, text, pos);
        if (!g) break;
        pos += g.length;
        continue;
      }
      const bare = word.replace(/(?:['’]s|['’])$/, '');
      if (!/\p{Ll}/u.test(bare)) break;
      if (NOT_PERSON.has(bare)) return undefined;
      if (NOT_NAMES.has(bare) || isRankWord(bare) || (bare === word && text[pos + word.length] === '.' && NAME_ABBREVIATIONS.has(bare))) {
        if (tokens.length === 0) return undefined;
        break;
      }
      if (SUFFIXES.has(bare) && tokens.length > 0) break;
      tokens.push({ text: bare, start: pos, end: pos + bare.length });
      pos += word.length;
      if (bare !== word) break; // a possessive ends the name
    }
    const gap = sticky(GAP, text, pos);
    if (!gap || pos + gap.length >= end) break;
    pos += gap.length;
  }
  while (tokens.length > 0 && isInitials(tokens[tokens.length - 1].text)) tokens.pop();
  return tokens.length > 0 ? tokens : undefined;
}

export function isInitials(s: string): boolean {
  return /^(?:\p{Lu}\.)+$/u.test(s);
}

/**
 * Verbs a title-case headline puts after its subject (`SMA Visits Soldiers`, `CNO Tours Carrier`):
 * in a headline the name ends before them.
 */
const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  'Visits', 'Visit', 'Tours', 'Meets', 'Talks', 'Speaks', 'Says', 'Thanks', 'Honors', 'Hosts', 'Leads', 'Takes', 'Wins',
  'Earns', 'Receives', 'Joins', 'Returns', 'Retires', 'Assumes', 'Relinquishes', 'Addresses', 'Awards', 'Promotes',
  'Reenlists', 'Recognizes', 'Celebrates', 'Welcomes', 'Discusses', 'Highlights', 'Stresses', 'Urges', 'Calls',
  'Names', 'Named', 'Selected', 'Inspects', 'Observes', 'Attends', 'Delivers', 'Presents', 'Kicks', 'Makes', 'Gives',
  'Shares', 'Outlines', 'Testifies', 'Briefs', 'Engages', 'Reflects', 'Signs', 'Launches', 'Completes', 'Graduates',
  'Aboard', 'At', 'In', 'With', 'During', 'To', 'From', 'For',
]);

/** A ship named for a person: `USNS Sgt. Matej Kocak`. */
const SHIP_BEFORE = /\b(?:USS|USNS|USCGC|USAV|SS|MV|M\/V)\s+$/;

/**
 * A block's rank mentions relative to its start, without the block, the last name given by its
 * index in the tokens (a stored value is a copy: object identity inside it is not kept). They
 * depend on the block's text, kind and quotations.
 */
type StoredMention = Omit<RankMention, 'block' | 'last'> & { lastIndex: number };

const PARAGRAPH_MENTIONS: ParagraphReading<StoredMention[]> = {
  name: 'rank-mentions',
  // A constant string ('body') for a paragraph without quotations: most lookups hash no new string.
  context: (doc, block) => {
    const quotes = doc.quoteSignature(block);
    return quotes === '' ? block.kind : `${block.kind}|${quotes}`;
  },
  ownStrings: true,
  read: (doc, block) =>
    mentionsInBlock(doc, block).map((m) => {
      const by = -block.start;
      // mentionsInBlock detaches its strings already.
      return { ...fields(m, by), lastIndex: m.tokens.indexOf(m.last) };
    }),
};

/** Every rank mention in the headline, byline and body blocks that are not all caps, in order. */
export function rankMentions(doc: ReleaseDocument): RankMention[] {
  return perDocument(doc, 'rank-mentions-strong', () => allMentions(doc).filter((m) => !m.weak));
}

/** The mentions with the weak ones (`General Smith`) among them. */
function allMentions(doc: ReleaseDocument): RankMention[] {
  return perDocument(doc, 'rank-mentions', () => {
    const list: RankMention[] = [];
    for (const block of doc.blocks) {
      if ((block.kind !== 'body' && block.kind !== 'headline' && block.kind !== 'byline') || block.allCaps) continue;
      for (const m of perParagraph(doc, PARAGRAPH_MENTIONS, block)) list.push(placed(m, block));
    }
    return list;
  });
}

/** A stored mention where its block now stands. */
function placed(m: StoredMention, block: Block): RankMention {
  // Two properties added to one shape, not a spread copy: mentions are many.
  const at = fields(m, block.start) as RankMention;
  at.last = at.tokens[m.lastIndex];
  at.block = block;
  return at;
}

/** A mention's own fields with its offsets moved by `by`, as a new object of one shape (mentions are many: no spread of a rest). */
function fields(m: Omit<RankMention, 'block' | 'last'>, by: number): Omit<RankMention, 'block' | 'last'> {
  return {
    start: m.start + by,
    end: m.end + by,
    written: m.written,
    kind: m.kind,
    entries: m.entries,
    ap: m.ap,
    tokens: m.tokens.map((t) => ({ text: t.text, start: t.start + by, end: t.end + by })),
    first: m.first,
    retiredParen: m.retiredParen && { start: m.retiredParen.start + by, end: m.retiredParen.end + by },
    service: m.service && { start: m.service.start + by, end: m.service.end + by, service: m.service.service },
    inHeadline: m.inHeadline,
    inCaption: m.inCaption,
    inByline: m.inByline,
    inQuote: m.inQuote,
    ...(m.weak ? { weak: true } : {}),
  };
}

/** One compiled rank regex for every block (checks are synchronous, so its lastIndex is never shared). */
const RANK_RE = rankRegex();

export function mentionsInBlock(doc: ReleaseDocument, block: Block): RankMention[] {
  const text = doc.text;
  const out: RankMention[] = [];
  const re = RANK_RE;
  const inCaption = CREDIT_LINE.test(text.slice(block.start, block.end));
  const slice = text.slice(0, block.end);
  re.lastIndex = block.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const written = m[0].replace(/\s+/g, ' ');
    const form = classifyRankForm(written);
    if (!form || NOT_RANKS.has(written)) continue;
    let weak = false;
    const start = m.index;
    const end = start + m[0].length;
    let pos = end;
    const gap = sticky(GAP, slice, pos);
    if (!gap) continue;
    pos += gap.length;
    let retiredParen: RankMention['retiredParen'];
    const ret = sticky(RETIRED_PAREN, slice, pos);
    if (ret) {
      retiredParen = { start: pos, end: pos + ret.length };
      const g = sticky(GAP, slice, pos + ret.length);
      if (!g) continue;
      pos += ret.length + g.length;
    }
    let tokens = parseName(slice, pos, block.end);
    if (tokens && block.kind === 'headline') {
      const verb = tokens.findIndex((t) => HEADLINE_VERBS.has(t.text));
      if (verb >= 0) tokens = verb > 0 ? tokens.slice(0, verb) : undefined;
    }
    if (!tokens) continue;
    const before = text.slice(Math.max(block.start, start - 40), start);
    if (SHIP_BEFORE.test(before)) continue;
    if (/^\p{Lu}\p{Ll}+$/u.test(written)) {
      // One-word titles (`General`, `Major`, `Private`, `Airman`) are ordinary words too: demand a
      // full name and no capitalized word before them (`Attorney General Jane Doe`, `Surgeon General`).
      // Service forms such as `Gen` and `Capt` also read as words in title case (`Next Gen Squad Weapon`).
      if (form.kind !== 'service' && tokens.length > 3) continue;
      if (form.kind === 'service' && block.kind === 'headline') continue;
      const prev = /(\S+)\s+$/.exec(before);
      if (prev && /^\p{Lu}/u.test(prev[1]) && !/[.!?:;,"”]$/.test(prev[1]) && !RANK_PREV_OK.has(prev[1])) continue;
      if (form.kind !== 'service' && tokens.length < 2) {
        // `General Smith`: only a later reference can tell it is a rank (see RankMention.weak).
        if (block.kind !== 'body' || form.kind !== 'spelled') continue;
        weak = true;
      }
    }
    const aps = new Set(form.entries.map((e) => e.ap));
    const svc = SERVICE_BEFORE.exec(before);
    // Mentions are kept per paragraph across versions: their strings must not hold this version's text.
    for (const t of tokens) t.text = detachString(t.text);
    const last = tokens[tokens.length - 1];
    out.push({
      start,
      end,
      written: detachString(written),
      kind: form.kind,
      entries: form.entries,
      ap: aps.size === 1 ? [...aps][0] : undefined,
      tokens,
      first: tokens.length > 1 ? tokens[0].text : undefined,
      last,
      retiredParen,
      service: svc ? { start: start - svc[0].length + svc[0].indexOf(svc[1]), end: start - svc[0].length + svc[0].indexOf(svc[1]) + svc[1].length, service: serviceOf(svc[1]) } : undefined,
      block,
      inHeadline: block.kind === 'headline',
      inCaption,
      inByline: block.kind === 'byline',
      inQuote: doc.inQuote(start, last.end),
      ...(weak ? { weak: true } : {}),
    });
  }
  return out;
}

function serviceOf(name: string): Service | undefined {
  if (name === 'National Guard') return undefined;
  return SERVICE_OF.find(([re]) => re.test(name))?.[1];
}

/** Whether two references can be the same person: same last name, and first names that agree (or one missing). */
export function samePerson(a: RankMention, b: RankMention): boolean {
  if (a.last.text !== b.last.text) return false;
  if (!a.first || !b.first) return true;
  if (a.first === b.first) return true;
  const ia = isInitials(a.first);
  const ib = isInitials(b.first);
  return (ia || ib) && a.first[0] === b.first[0];
}

/** The services a mention's rank belongs to. */
export function mentionServices(m: RankMention): Service[] {
  const set = new Set<Service>(m.kind === 'service' ? servicesOfForm(m.written) : m.entries.flatMap((e) => e.services));
  return SERVICES.filter((s) => set.has(s));
}

/** Body mentions outside quotations, captions and the byline: the references the later-reference rules reason about. */
export function bodyMentions(doc: ReleaseDocument): RankMention[] {
  return rankMentions(doc).filter(isBody);
}

function isBody(m: RankMention): boolean {
  return !m.inHeadline && !m.inQuote && !m.inCaption && !m.inByline;
}

const RET = String.raw`(?:[Rr]et(?:\.|ired\b)?|RET\.?)`;
const AFTER_PAREN = new RegExp(String.raw`^[ \t]*\(${RET}\)`);
const AFTER_SERVICE = new RegExp(String.raw`^,?[ \t]*\(?(USA|USAF|USN|USMC|USSF|USCG|U\.S\. (?:Army|Navy|Air Force|Marine Corps|Space Force|Coast Guard))(?:,[ \t]*|[ \t]+)\(?${RET}\)?`);
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}.(])(\(${RET}\)|Ret\.|RET\.?)[ \t]+$`, 'u');
/** After a removed `, USA (Ret.)` a comma stays only before an appositive (`, the former commander,`). */
const APPOSITIVE = /^,\s*(?:the|a|an|who|whose|which|former|then|now|currently|now-retired)\b/;

export interface Retired {
  /** The span to report. */
  start: number;
  end: number;
  /** The span the fix removes (for forms after the rank). */
  removeStart: number;
  removeEnd: number;
  service?: Service;
  /** `Ret. Gen. Ann Lee`: the abbreviation before the rank becomes the word. */
  before?: boolean;
}

/** The `Ret.` form that goes with a mention, if any. */
export function findRetired(text: string, m: RankMention): Retired | undefined {
  if (m.retiredParen) {
    const { start, end } = m.retiredParen;
    return { start, end, removeStart: m.end, removeEnd: end };
  }
  const from = m.service?.start ?? m.start;
  const before = BEFORE.exec(text.slice(Math.max(m.block.start, from - 20), from));
  if (before) {
    const start = from - before[0].length + before[0].indexOf(before[1]);
    return { start, end: start + before[1].length, removeStart: start, removeEnd: from, before: true };
  }
  const after = text.slice(m.last.end, Math.min(m.block.end, m.last.end + 40));
  const paren = AFTER_PAREN.exec(after);
  if (paren) {
    const start = m.last.end + paren[0].indexOf('(');
    return { start, end: m.last.end + paren[0].length, removeStart: m.last.end, removeEnd: m.last.end + paren[0].length };
  }
  const svc = AFTER_SERVICE.exec(after);
  if (svc) {
    const open = svc[0].match(/\(/g)?.length ?? 0;
    const close = svc[0].match(/\)/g)?.length ?? 0;
    if (open !== close) return undefined;
    const start = m.last.end + svc[0].search(/[^,\s]/);
    let removeEnd = m.last.end + svc[0].length;
    const next = text.slice(removeEnd, Math.min(m.block.end, removeEnd + 30));
    // `Gen. Ann Lee, USA (Ret.), said` loses both commas; `…, USA (Ret.), the former commander,` keeps one.
    // Inside an appositive (`The speaker, Gen. Ann Lee, USA (Ret.), said`) the closing comma stays.
    const opened = /,\s*$/.test(text.slice(Math.max(m.block.start, from - 3), from));
    if (svc[0].startsWith(',') && next.startsWith(',') && !APPOSITIVE.test(next) && !opened) removeEnd += 1;
    const service = SERVICE_SUFFIXES[svc[1]] ?? (svc[1].replace('U.S. ', '') as Service);
    return { start, end: m.last.end + svc[0].length, removeStart: m.last.end, removeEnd, service };
  }
  return undefined;
}

/** A rank that changes or is recalled on purpose: `promoted to Brig. Gen. Doe`, `then-Col. Doe`. */
const RANK_CONTEXT = /(?:\bpromot\w*\s+(?:him\s+|her\s+)?to(?:\s+the\s+rank\s+of)?|\bthen-|\bformer|\bfrocked\s+to|\bpinned\s+on)\s*$/i;
/** The earlier mentions with one last name, counted by what samePerson compares. */
interface LastNameGroup {
  count: number;
  /** Mentions without a first name. */
  noFirst: number;
  byFirst: Map<string, number>;
  /** Mentions with a first name, by its first character. */
  byFirstChar: Map<string, number>;
  /** Mentions whose first name is initials, by its first character. */
  initialsByChar: Map<string, number>;
  /** The rank categories (officer, enlisted …) of every mention. */
  categories: Set<RankEntry['category']>;
  twoPeople: boolean;
}

function newGroup(): LastNameGroup {
  return { count: 0, noFirst: 0, byFirst: new Map(), byFirstChar: new Map(), initialsByChar: new Map(), categories: new Set(), twoPeople: false };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function addToGroup(group: LastNameGroup, m: RankMention): void {
  group.count++;
  for (const e of m.entries) group.categories.add(e.category);
  if (!m.first) {
    group.noFirst++;
    return;
  }
  bump(group.byFirst, m.first);
  bump(group.byFirstChar, m.first[0]);
  if (isInitials(m.first)) bump(group.initialsByChar, m.first[0]);
}

/** How many of the group's mentions samePerson pairs with a mention of this first name. */
function samePersonCount(group: LastNameGroup, first: string | undefined): number {
  if (!first) return group.count;
  // Initials match any first name that starts with their letter; a full first name matches itself
  // and initials that start with its letter.
  if (isInitials(first)) return group.noFirst + (group.byFirstChar.get(first[0]) ?? 0);
  return group.noFirst + (group.byFirst.get(first) ?? 0) + (group.initialsByChar.get(first[0]) ?? 0);
}

/**
 * For each mention, whether an earlier one in the list can be the same person (samePerson), in
 * time linear in the number of mentions.
 */
export function knownBefore(mentions: readonly RankMention[]): boolean[] {
  const byLast = new Map<string, LastNameGroup>();
  return mentions.map((m) => {
    let group = byLast.get(m.last.text);
    if (!group) {
      group = newGroup();
      byLast.set(m.last.text, group);
    }
    const known = samePersonCount(group, m.first) > 0;
    addToGroup(group, m);
    return known;
  });
}

/**
 * Later references that repeat the rank, each with the span that gives way to the last name
 * (from the service, `retired` or `Ret.` before the rank to a `(Ret.)` after the name).
 * Shared so the form rules leave their fix to this one.
 */
export function repeatedReferences(doc: ReleaseDocument): Map<RankMention, { start: number; end: number }> {
  return perDocument(doc, 'repeated-references', () => readRepeated(doc));
}

function readRepeated(doc: ReleaseDocument): Map<RankMention, { start: number; end: number }> {
  const out = new Map<RankMention, { start: number; end: number }>();
  // Earlier mentions by last name, counted so that those that can be the same person as the next
  // one (samePerson) are counted without going through them all again (one name repeated thousands
  // of times stays linear), and whether two of them are different people (that stays true).
  const byLast = new Map<string, LastNameGroup>();
  for (const m of allMentions(doc)) {
    if (!isBody(m)) continue;
    // `General Smith` counts only as a later reference to a Smith already named with a rank.
    if (m.weak && !byLast.has(m.last.text)) continue;
    let group = byLast.get(m.last.text);
    if (!group) {
      group = newGroup();
      byLast.set(m.last.text, group);
    }
    const twoPeopleBefore = group.twoPeople;
    const earlier = samePersonCount(group, m.first);
    if (!group.twoPeople && earlier < group.count) group.twoPeople = true;
    // `Gen. John Smith` … `Spc. Smith` is more likely another Smith than a slip: officer, warrant
    // and enlisted ranks do not mix unless the first name says it is the same person. (Without a
    // first name every earlier mention with the last name can be the same person.)
    const otherCategory = !m.first && !m.entries.some((e) => group.categories.has(e.category));
    addToGroup(group, m);
    if (earlier === 0 || otherCategory) continue;
    // Two people with one last name keep their first names to tell them apart.
    if (twoPeopleBefore) continue;
    let start = m.service?.start ?? m.start;
    const lead = /retired\s+$/.exec(doc.text.slice(Math.max(m.block.start, start - 12), start));
    if (lead) start -= lead[0].length;
    if (RANK_CONTEXT.test(doc.text.slice(Math.max(m.block.start, start - 40), start))) continue;
    const retired = findRetired(doc.text, m);
    out.set(m, {
      start: Math.min(start, retired?.before ? retired.start : start),
      end: Math.max(m.last.end, retired && !retired.before ? retired.removeEnd : m.last.end),
    });
  }
  return out;
}

/** Words that name a service or its members, ships and units, for the story's own service. */
const SERVICE_WORDS: ReadonlyArray<readonly [RegExp, Service]> = [
  [/\b(?:Army National Guard|Army Reserve|Army|Soldiers?)\b/g, 'Army'],
  [/\b(?:Navy|Sailors?|USS|USNS|Seabees?)\b/g, 'Navy'],
  [/\b(?:Air Force|Air National Guard|Airmen)\b/g, 'Air Force'],
  [/\b(?:Marine Corps|Marines?)\b/g, 'Marine Corps'],
  [/\b(?:Space Force|Guardians?)\b/g, 'Space Force'],
  [/\b(?:Coast Guard|USCGC|Coast Guardsmen)\b/g, 'Coast Guard'],
];

/**
 * The service whose unit copy this is: the one its text names most (the service, its members,
 * its ships), at least twice and more often than any other. Undefined for joint or DoD copy
 * where no service leads.
 */
export function storyService(doc: ReleaseDocument): Service | undefined {
  return perDocument(doc, 'story-service', () => {
    // A service named before a rank (`Army Gen. …`) is the writer naming each person's service,
    // not a sign that the story is one service's: those are not counted.
    const beforeRank = new Set<number>();
    for (const m of allMentions(doc)) if (m.service) beforeRank.add(m.service.start);
    // `Air National Guard` and `Army National Guard` are counted once, under their service.
    const text = doc.text.replace(/\b(Army|Air) National Guard\b/g, (m, s: string) => (s === 'Army' ? 'Army' : 'Air Force').padEnd(m.length, ' '));
    const counts = SERVICE_WORDS.map(([re, service]) => {
      let n = 0;
      // `Sgt. Maj. of the Army`, `Secretary of the Navy`: a title, not the story's service.
      for (const m of text.matchAll(re)) if (!beforeRank.has(m.index) && !/\bof the $/.test(text.slice(Math.max(0, m.index - 7), m.index))) n++;
      return { service, n };
    }).sort((a, b) => b.n - a.n);
    return counts[0].n >= 2 && counts[0].n > counts[1].n ? counts[0].service : undefined;
  });
}
