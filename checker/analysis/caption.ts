/**
 * Photo captions (cutlines) and their credit lines, as DoD imagery practice writes them:
 *
 *   U.S. Army Soldiers assigned to 2nd Battalion, 319th Airborne Field Artillery Regiment, fire an
 *   M777 howitzer at Fort Bragg, N.C., Aug. 11, 2020. (U.S. Army photo by Spc. Jane Doe)
 *   200811-A-AB123-1001
 *
 * A paragraph reads as a caption when it carries a credit line in parentheses (`(U.S. Navy photo by
 * …)`, `(Photo by …)`, `(DoD photo by …)`, `(U.S. Air Force photo illustration by …)`, `(Courtesy
 * photo)`), opens with a label (`Caption:`, `Cutline:`, `PHOTO CAPTION:`), holds a VIRIN, or has a
 * paragraph right after it that is only a credit line or a VIRIN (such a paragraph belongs to the
 * caption before it). Captions stay body paragraphs: the body rules read them as before; the
 * `caption/…` rules read what this module finds in them. A paragraph's own parts are a paragraph
 * reading (engine cache); which paragraphs group into a caption is read once per document.
 */
import { Block, ReleaseDocument } from '../document/model';
import { ParagraphReading, perDocument, perParagraph } from '../engine/cache';
import { DateMention, scanDates } from './date';

/** Where a span sits, relative to its paragraph's start (paragraph readings) or absolute (captions). */
export interface Span {
  start: number;
  end: number;
}

export interface CreditLine extends Span {
  /** The words before `photo` (`U.S. Army`, `USMC`, `DoD`, `Courtesy`), if any. */
  agency?: Span & { text: string };
  /** `photo`, `Photo`, `photo illustration`, `video`, `graphic` as written. */
  medium: Span & { text: string };
  /** The photographer's name and rank after `by` (or `/`), if given. */
  by?: Span;
  /** `/Released` inside the parenthesis. */
  released: boolean;
}

export interface Virin extends Span {
  text: string;
  /** The date part read as a date (YYMMDD), when it is one. */
  date?: { year: number; month: number; day: number };
  /** What is wrong with its form, in words, if anything. */
  problem?: string;
}

/** What one paragraph shows of a caption, relative to the paragraph's start. */
export interface CaptionParts {
  /** `Caption:` and the space after it. */
  label?: Span;
  /** The caption's prose: after the label, before the credit line (or the VIRIN line). */
  prose: Span;
  /** The first sentence of the prose. */
  first: Span;
  /** The credit line (the last one, when a paragraph has two). */
  credit?: CreditLine;
  /** Caption prose that follows the credit line: the credit is not last. */
  afterCredit?: Span;
  /** `(Released)`. */
  released?: Span;
  virins: Virin[];
  /** The paragraph is only a credit line, `(Released)` and VIRINs: it belongs to the caption before it. */
  trailer: boolean;
  /** The paragraph reads as a caption on its own (a credit line, a label or a VIRIN in it). */
  caption: boolean;
  /** Dates in the prose (scanDates, relative). */
  dates: DateMention[];
}

const LABEL = /^(?:Caption|CAPTION|Cutline|CUTLINE|Photo [Cc]aption|PHOTO CAPTION|Photo [Cc]utline|PHOTO CUTLINE)[ \t]*:[ \t]*/;
/** A parenthesis on one line, short: a credit line or a `(Released)` or a disclosure. */
const PAREN = /\(([^()\r\n]{1,160})\)/g;
const MEDIUM = /\b(photo illustration|Photo Illustration|PHOTO ILLUSTRATION|photo|Photo|PHOTO|video|Video|VIDEO|graphic|Graphic|illustration|Illustration)\b/;
/** The words a credit opens with before the medium: a service, DoD, an agency, `Courtesy`. At most six words, each capitalized. */
const AGENCY = /^(?:(?:U\.S\.|US|[A-Z][A-Za-z.'’&-]*)(?: (?:of (?:the )?)?(?:U\.S\.|[A-Z][A-Za-z.'’&-]*)){0,5})$/;
/** A VIRIN-shaped token: six figures, a letter, an identifier, a sequence (`200811-A-AB123-1001`, a country code after it for foreign photographers). */
const VIRIN_SHAPE = /(?<![\w-])(\d{5,8})-([A-Za-z])-([A-Za-z0-9]{2,8})-(\d{2,6})(?:-([A-Za-z]{2}))?(?![\w-])/g;
const VIRIN_LINE = /^(?:VIRIN[ \t]*:?[ \t]*)?\d{5,8}-[A-Za-z]-[A-Za-z0-9]{2,8}-\d{2,6}(?:-[A-Za-z]{2})?$/;

/** The credit line in a parenthesis's inner text, or undefined. `at` is the parenthesis's start. */
function readCredit(inner: string, at: number): CreditLine | undefined {
  let body = inner;
  let released = false;
  const rel = /[ \t]*\/[ \t]*(?:Released|RELEASED|released)[ \t]*$/.exec(body);
  if (rel) {
    released = true;
    body = body.slice(0, rel.index);
  }
  const m = MEDIUM.exec(body);
  if (!m) return undefined;
  const before = body.slice(0, m.index).trimEnd();
  const after = body.slice(m.index + m[0].length);
  // `Photo by …`, `U.S. Army photo by …`, `Courtesy photo`, `Photo courtesy of …`, `U.S. Air Force photo/Staff Sgt. …`, `DoD photo`.
  if (before !== '' && !AGENCY.test(before)) return undefined;
  const tail = /^(?:[ \t]+(?:by|By|BY|courtesy of|Courtesy of|courtesy|Courtesy)[ \t]+(\S.*)|[ \t]*\/[ \t]*(\S.*)|[ \t]*)$/.exec(after);
  if (!tail) return undefined;
  // `(Photo)` alone, or `(photo)` in prose, is no credit; a medium without agency needs `by` or `courtesy`.
  if (before === '' && tail[1] === undefined && tail[2] === undefined) return undefined;
  if (before === '' && !/^[A-Z]/.test(m[0])) return undefined;
  const open = at + 1;
  const name = tail[1] ?? tail[2];
  const nameAt = name !== undefined ? open + m.index + m[0].length + after.indexOf(name) : -1;
  return {
    start: at,
    end: at + inner.length + 2,
    ...(before !== '' ? { agency: { start: open, end: open + before.length, text: before } } : {}),
    medium: { start: open + m.index, end: open + m.index + m[0].length, text: m[0] },
    ...(name !== undefined ? { by: { start: nameAt, end: nameAt + name.trimEnd().length } } : {}),
    released,
  };
}

/** Reads the form of a VIRIN-shaped token. */
function readVirin(m: RegExpExecArray, at: number): Virin {
  const [text, date, letter, id, seq] = m;
  const v: Virin = { start: at, end: at + text.length, text };
  if (date.length === 6) {
    const year = 2000 + Number(date.slice(0, 2));
    const month = Number(date.slice(2, 4));
    const day = Number(date.slice(4, 6));
    const valid = month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (valid) v.date = { year: year > 2069 ? year - 100 : year, month, day };
    else v.problem = `its date "${date}" is not a date (YYMMDD)`;
  } else v.problem = `its date has ${date.length} figures, not six (YYMMDD)`;
  if (v.problem === undefined) {
    if (!/^[A-Z]$/.test(letter)) v.problem = `its service letter "${letter}" is not a capital`;
    else if (!/^[A-Z0-9]{5}$/.test(id)) v.problem = `its photographer's ID "${id}" is not five capitals or figures`;
    else if (!/^[1-9]\d{3}$/.test(seq) || seq.endsWith('000')) v.problem = `its sequence number "${seq}" is not four figures from 1001 to 9999`;
  }
  return v;
}

/** Abbreviations a period follows inside a sentence: ranks, months, states, initials (`U.S.`, `N.C.`). */
const ABBREVIATION_BEFORE =
  /(?:^|[^\p{L}])(?:\p{Lu}|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Pfc|Spc|Brig|Cpt|Mr|Mrs|Ms|Dr|St|Mt|Ft|No|Co|Inc|Jr|Sr|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|Sen|Rep|Gov|Ret|Vol|vs|etc)\.$/u;
/** Words that open a new sentence even after an abbreviation (`… Fort Bragg, N.C. The exercise …`). */
const OPENS_SENTENCE = /^(?:The|A|An|This|These|That|Those|He|She|They|It|Its|Their|His|Her|We|Our|During|After|Before|In|On|At)\b/;

/** The end of the first sentence in text[from, to). */
export function firstSentenceEnd(t: string, from: number, to: number): number {
  const re = /[.!?]["”’]?(?=[ \t\r\n]+["“‘(]?[A-Z0-9])/g;
  re.lastIndex = from;
  const slice = t.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const space = m.index + m[0].length;
    if (m[0][0] !== '.' || !ABBREVIATION_BEFORE.test(slice.slice(Math.max(from, space - 8), space))) return space;
    if (OPENS_SENTENCE.test(slice.slice(space).trimStart())) return space;
  }
  return to;
}

/** `styled`: the paragraph's style says it is a caption (a `.docx`'s Caption paragraph): it is one whatever it holds. */
function readParts(t: string, styled = false): CaptionParts {
  const label = LABEL.exec(t);
  const from = label ? label[0].length : 0;
  const virins: Virin[] = [];
  if (/\d{5}-/.test(t)) {
    VIRIN_SHAPE.lastIndex = 0;
    let v: RegExpExecArray | null;
    while ((v = VIRIN_SHAPE.exec(t)) !== null) virins.push(readVirin(v, v.index));
  }
  let credit: CreditLine | undefined;
  let released: Span | undefined;
  PAREN.lastIndex = from;
  let p: RegExpExecArray | null;
  while ((p = PAREN.exec(t)) !== null) {
    if (/^(?:Released|RELEASED)$/.test(p[1].trim())) released ??= { start: p.index, end: p.index + p[0].length };
    else {
      const c = readCredit(p[1], p.index);
      // A credit in prose must end a sentence or stand before one: `… 2020. (U.S. Army photo by …)`.
      if (c && (c.agency !== undefined || /^Photo|^PHOTO|^Video/.test(c.medium.text))) credit = c;
    }
  }
  // The prose ends where the credit line (or the first VIRIN, or `(Released)`) starts.
  let proseEnd = t.length;
  if (credit) proseEnd = credit.start;
  else if (virins.length > 0) proseEnd = Math.min(proseEnd, virins[0].start);
  else if (released) proseEnd = released.start;
  proseEnd = Math.max(from, proseEnd);
  // A VIRIN line with its label (`VIRIN: 200811-…`) inside the prose ends it there.
  const virinLabel = /(?:^|[\r\n])[ \t]*VIRIN[ \t]*:?[ \t]*$/.exec(t.slice(from, proseEnd));
  if (virinLabel) proseEnd = from + virinLabel.index;
  while (proseEnd > from && /\s/.test(t[proseEnd - 1])) proseEnd--;
  let afterCredit: Span | undefined;
  if (credit) {
    // Prose after the credit line, other than `(Released)`, a VIRIN, a disclosure in parentheses or `/Released`.
    const rest = t.slice(credit.end);
    const stripped = rest.replace(/\([^()\r\n]{0,200}\)|VIRIN[ \t]*:?|\d{5,8}-[A-Za-z]-[A-Za-z0-9]{2,8}-\d{2,6}(?:-[A-Za-z]{2})?|[\s./-]+/g, '');
    if (/\p{L}{2}/u.test(stripped)) {
      const lead = rest.search(/\S/);
      afterCredit = { start: credit.end + lead, end: t.trimEnd().length };
    }
  }
  const proseText = t.slice(from, proseEnd);
  const trailer = proseText.replace(/[\s.]+/g, '') === '' && (credit !== undefined || virins.length > 0 || released !== undefined);
  const onlyVirin = VIRIN_LINE.test(t.trim());
  // A credit line in the middle of a paragraph of prose is a caption only when a sentence ends before it.
  // A credit inside a sentence (`the report (U.S. Army graphic).`) is no credit line either.
  const sentenceBefore = credit !== undefined && /[.!?]["”’]?\s*$/.test(t.slice(0, credit.start));
  const creditReads = credit !== undefined && (sentenceBefore || (afterCredit === undefined && !/^[ \t]*[.,;:]/.test(t.slice(credit.end))));
  const caption = styled || trailer || onlyVirin || label !== null || creditReads || virins.some((v) => v.problem === undefined);
  const prose = { start: from, end: proseEnd };
  const first = { start: from, end: Math.min(proseEnd, firstSentenceEnd(t, from, proseEnd)) };
  const dates = caption && !trailer ? scanDates(t, prose) : [];
  return {
    ...(label ? { label: { start: 0, end: label[0].length } } : {}),
    prose,
    first,
    ...(credit && creditReads ? { credit } : {}),
    ...(afterCredit && creditReads ? { afterCredit } : {}),
    ...(released ? { released } : {}),
    virins,
    trailer: trailer || onlyVirin,
    caption,
    dates,
  };
}

/** A paragraph's caption parts, read from its text alone. */
const PARAGRAPH_CAPTION: ParagraphReading<CaptionParts | undefined> = {
  name: 'caption-parts',
  ownStrings: true,
  context: (_doc, block) => (block.role === 'caption' ? 'styled' : ''),
  read(doc: ReleaseDocument, block: Block) {
    const t = doc.blockText(block);
    const styled = block.role === 'caption';
    // Cheap gates: a caption needs a parenthesis, a label or a VIRIN's figures (or a Caption style).
    if (!styled && !t.includes('(') && !/^(?:Caption|CAPTION|Cutline|CUTLINE|Photo|PHOTO)/.test(t) && !/\d{5}-/.test(t)) return undefined;
    const parts = readParts(t, styled);
    // Every string in the parts is a slice of the paragraph's own text.
    return parts.caption ? parts : undefined;
  },
};

/** A block the caption readings look at: prose in mixed case (body or headline). */
function captionBlock(b: Block): boolean {
  return (b.kind === 'body' || b.kind === 'headline') && !b.allCaps;
}

/** A paragraph's own caption parts (relative to its start), or undefined: only its own text counts. */
export function paragraphCaption(doc: ReleaseDocument, block: Block): CaptionParts | undefined {
  if (!captionBlock(block) && !(block.kind === 'body' && block.allCaps)) return undefined;
  return perParagraph(doc, PARAGRAPH_CAPTION, block);
}

/** A caption as the rules read it: absolute offsets; its trailer paragraphs (credit line, VIRIN) joined to it. */
export interface Caption extends Omit<CaptionParts, 'trailer' | 'caption'> {
  /** The paragraph of the caption's prose. */
  block: Block;
  /** The trailer paragraphs after it that belong to it. */
  trailers: Block[];
}

function shift<T extends Span>(s: T, by: number): T {
  return { ...s, start: s.start + by, end: s.end + by };
}

function placedCredit(c: CreditLine, by: number): CreditLine {
  return {
    ...shift(c, by),
    ...(c.agency ? { agency: shift(c.agency, by) } : {}),
    medium: shift(c.medium, by),
    ...(c.by ? { by: shift(c.by, by) } : {}),
  };
}

function placedDate(d: DateMention, by: number): DateMention {
  const out: DateMention = { ...d, start: d.start + by, end: d.end + by, monthStart: d.monthStart + by };
  if (d.dayStart !== undefined) out.dayStart = d.dayStart + by;
  if (d.dayEnd !== undefined) out.dayEnd = d.dayEnd + by;
  if (d.yearStart !== undefined) out.yearStart = d.yearStart + by;
  return out;
}

/** The caption whose prose is `block`, or undefined. */
function captionOf(doc: ReleaseDocument, block: Block, parts: CaptionParts | undefined, trailers: Block[]): Caption | undefined {
  const by = block.start;
  let p = parts;
  if (!p) {
    // A paragraph of prose with no caption part of its own, made a caption by the trailer after it.
    const t = doc.blockText(block);
    const end = t.trimEnd().length;
    p = { prose: { start: 0, end }, first: { start: 0, end: firstSentenceEnd(t, 0, end) }, virins: [], trailer: false, caption: true, dates: scanDates(t, { start: 0, end }) };
  }
  if (p.trailer) return undefined;
  const cap: Caption = {
    block,
    ...(p.label ? { label: shift(p.label, by) } : {}),
    prose: shift(p.prose, by),
    first: shift(p.first, by),
    ...(p.credit ? { credit: placedCredit(p.credit, by) } : {}),
    ...(p.afterCredit ? { afterCredit: shift(p.afterCredit, by) } : {}),
    ...(p.released ? { released: shift(p.released, by) } : {}),
    virins: p.virins.map((v) => shift(v, by)),
    dates: p.dates.map((d) => placedDate(d, by)),
    trailers,
  };
  for (const t of trailers) {
    const tp = perParagraph(doc, PARAGRAPH_CAPTION, t);
    if (!tp) continue;
    if (!cap.credit && tp.credit) cap.credit = placedCredit(tp.credit, t.start);
    if (!cap.released && tp.released) cap.released = shift(tp.released, t.start);
    for (const v of tp.virins) cap.virins.push(shift(v, t.start));
  }
  return cap;
}

/**
 * The caption that `block` is the prose of, or that `block` (a trailer: only a credit line or a
 * VIRIN) belongs to. Reads the block and the prose paragraphs just before and after it only (see
 * `bodyNeighbours`; the headline counts as the paragraph before the first body paragraph, for a
 * caption file whose first caption reads as a headline).
 */
export function captionAt(doc: ReleaseDocument, block: Block): Caption | undefined {
  if (!captionBlock(block) && !(block.kind === 'body' && block.allCaps)) return undefined;
  const own = paragraphCaption(doc, block);
  const { prev } = neighbours(doc, block);
  if (own?.trailer) {
    if (!prev || !captionBlock(prev)) return undefined;
    const prevOwn = paragraphCaption(doc, prev);
    if (prevOwn?.trailer) return undefined;
    return captionOf(doc, prev, prevOwn, trailersAfter(doc, prev));
  }
  if (!captionBlock(block)) return undefined;
  const trailers = trailersAfter(doc, block);
  if (!own && trailers.length === 0) return undefined;
  return captionOf(doc, block, own, trailers);
}

/** The prose paragraphs just before and after `block` (the headline counts before the first body paragraph). */
function neighbours(doc: ReleaseDocument, block: Block): { prev: Block | undefined; next: Block | undefined } {
  if (block.kind === 'headline') return { prev: undefined, next: doc.bodyNeighbours(block).next };
  const n = doc.bodyNeighbours(block);
  const h = doc.headline;
  const prev = n.prev ?? (h && h.end <= block.start ? h : undefined);
  return { prev, next: n.next };
}

/** The trailer paragraphs right after `block` (a credit line alone, then a VIRIN alone: at most two). */
function trailersAfter(doc: ReleaseDocument, block: Block): Block[] {
  const out: Block[] = [];
  let cur = block;
  for (let k = 0; k < 3; k++) {
    const next = neighbours(doc, cur).next;
    if (!next || !(next.kind === 'body')) break;
    const p = paragraphCaption(doc, next);
    if (!p?.trailer) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** Each block of the document (or window) with the caption it is part of. */
export function captionBlocks(doc: ReleaseDocument): Array<{ block: Block; caption: Caption }> {
  return perDocument(doc, 'caption-blocks', () => {
    const out: Array<{ block: Block; caption: Caption }> = [];
    for (const b of doc.blocks) {
      const caption = captionAt(doc, b);
      if (caption) out.push({ block: b, caption });
    }
    return out;
  });
}

/** Every caption in the document (or window), in order, each once. */
export function captionsIn(doc: ReleaseDocument): Caption[] {
  return perDocument(doc, 'captions', () => {
    const out: Caption[] = [];
    const seen = new Set<Block>();
    for (const { caption } of captionBlocks(doc)) {
      if (seen.has(caption.block)) continue;
      seen.add(caption.block);
      out.push(caption);
    }
    return out;
  });
}

/** Whether every prose paragraph of the draft is part of a caption (a caption file): it is not a release. */
export function captionOnly(doc: ReleaseDocument): boolean {
  return perDocument(doc.root, 'caption-only', () => {
    const root = doc.root;
    const prose = root.blocks.filter((b) => b.kind === 'body' || b.kind === 'headline');
    if (prose.length === 0) return false;
    const inCaption = new Set<Block>();
    for (const c of captionsIn(root)) {
      inCaption.add(c.block);
      for (const t of c.trailers) inCaption.add(t);
    }
    return prose.every((b) => inCaption.has(b));
  });
}

/** The caption whose credit line holds [start, end), if any (for rules that leave the credit line to `caption/credit-line`). */
export function creditLineAt(doc: ReleaseDocument, block: Block, start: number, end: number): CreditLine | undefined {
  const p = paragraphCaption(doc, block);
  if (!p?.credit) return undefined;
  const c = p.credit;
  return start >= block.start + c.start && end <= block.start + c.end ? placedCredit(c, block.start) : undefined;
}

/** Whether [start, end) lies in the first sentence of a paragraph that reads as a caption on its own. */
export function inCaptionFirstSentence(doc: ReleaseDocument, block: Block, start: number, end: number): boolean {
  const p = paragraphCaption(doc, block);
  if (!p || p.trailer) return false;
  return start >= block.start + p.first.start && end <= block.start + p.first.end;
}

/** Whether a date rule leaves the weekday at [start, end) to `caption/date-form` (it is on, and the span is in a caption's first sentence). */
export function yieldsToCaption(doc: ReleaseDocument, ctx: { isEnabled(id: string): boolean }, start: number, end: number): boolean {
  const block = doc.blockAt(start);
  return block !== undefined && inCaptionFirstSentence(doc, block, start, end) && ctx.isEnabled('caption/date-form');
}

/** Service abbreviations and bare service names before `photo`, and the credit's spelled-out form. */
export const CREDIT_AGENCY_FULL: Readonly<Record<string, string>> = {
  USA: 'U.S. Army', USN: 'U.S. Navy', USAF: 'U.S. Air Force', USMC: 'U.S. Marine Corps', USCG: 'U.S. Coast Guard', USSF: 'U.S. Space Force',
  ARNG: 'U.S. Army National Guard', ANG: 'U.S. Air National Guard',
  'US Army': 'U.S. Army', 'US Navy': 'U.S. Navy', 'US Air Force': 'U.S. Air Force', 'US Marine Corps': 'U.S. Marine Corps', 'US Coast Guard': 'U.S. Coast Guard', 'US Space Force': 'U.S. Space Force',
  'US Army National Guard': 'U.S. Army National Guard', 'US Air National Guard': 'U.S. Air National Guard',
  Army: 'U.S. Army', Navy: 'U.S. Navy', 'Air Force': 'U.S. Air Force', 'Marine Corps': 'U.S. Marine Corps', 'Coast Guard': 'U.S. Coast Guard', 'Space Force': 'U.S. Space Force',
  'Army National Guard': 'U.S. Army National Guard', 'Air National Guard': 'U.S. Air National Guard', 'Army Reserve': 'U.S. Army Reserve', 'Air Force Reserve': 'U.S. Air Force Reserve', 'Navy Reserve': 'U.S. Navy Reserve', 'Marine Corps Reserve': 'U.S. Marine Corps Reserve',
};

/** Whether a rule leaves the service abbreviation at [start, end) to `caption/credit-line` (it is the credit line's agency, which that rule spells out). */
export function creditAgencyAt(doc: ReleaseDocument, ctx: { isEnabled(id: string): boolean }, start: number, end: number): boolean {
  const block = doc.blockAt(start);
  const agency = block && creditLineAt(doc, block, start, end)?.agency;
  return agency !== undefined && agency.start === start && agency.end === end && CREDIT_AGENCY_FULL[agency.text] !== undefined && ctx.isEnabled('caption/credit-line');
}
