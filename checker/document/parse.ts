/**
 * Reading a whole draft: its lines split into blocks and classified (furniture, headline, body,
 * end mark), its quotations, its line table, dateline and release date. `patch.ts` reads again
 * only the part an edit changed, with the same functions.
 */
import { maskMarkdown } from './markdown';
import { LanguageKind, ParagraphRole, StyledParagraph } from '../types';
import { parseDirectives, DisabledRanges } from './directives';
import { alternation, MONTH_AP_STEMS, MONTH_BY_NAME, MONTH_FORMS, MONTH_NAMES } from '../data/months';
import { stateOf } from '../data/states';
import { isOpeningMark, Quote, QuoteReader } from '../lex/quotes';
import type { Block, BlockKind, Dateline, SimpleDate } from './model';
import { isByline, isStoryDateLine, isUnitLine, readStoryDate } from './furniture';
import { CREDIT_LINE } from '../lex/text';

/**
 * Release furniture, each line standing alone. The embargo time may have a line of its own under
 * HOLD FOR RELEASE: `until 10 a.m. EDT, Tuesday, June 10, 2025`, a clock time and ending in a year.
 * The release date has a label of its own in many offices' releases (`Release Date: Sept. 11, 2025`).
 */
const FURNITURE =
  /^(?:FOR IMMEDIATE RELEASE|HOLD FOR RELEASE|(?:until|Until|UNTIL) (?:\d{1,2}(?::\d{2})? ?(?:a\.m\.|p\.m\.|[AaPp]\.?[Mm]\.?)|noon|midnight)[^.!?\n]*\b\d{4}\s*$|EMBARGOED|NEWS RELEASE|PRESS RELEASE|MEDIA ADVISORY|Release (?:No|Number|[Dd]ate)\b|RELEASE (?:NO|NUMBER|DATE)\b|(?:Date|DATE):\s|No\. \d|Contacts?:|CONTACTS?:|Media [Cc]ontacts?|Phone:|Email:|E-mail:|Tel:|Published\b|(?:Navy|Army|Air Force|Marine Corps|Coast Guard|Space Force|National Guard|DoD|DOD|Defense) News(?: Service)?\s*$|[•*·-]\s|An official website|Here's how you know|A \.mil website|A lock \(|Official websites use)/;
const ENDMARK = /^\s*(?:#{3}|-\s?30\s?-)\s*$/;
const CONTACT_LINE = /(?:\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63})/;
/**
 * `NORFOLK, Va. —`, `NORFOLK, Va. (April 1, 2017) —`, the wire-service form with the date after
 * a comma, `WASHINGTON, March 3, 2011 —`, a place inside a place (`NMCP, Portsmouth, VA —`, read
 * by findDateline only when the last part is a state) and a ship at sea written in mixed case
 * (`USS Kearsarge, At Sea —`, the Navy's own form). A country's name may have lowercase words
 * inside it (`CAMP HUMPHREYS, Republic of Korea —`, `Bosnia and Herzegovina`). Group 1 is the place.
 */
const DATELINE = new RegExp(
  `^((?:[A-Z][A-Z.'’ -]*[A-Z.]|(?:USS|USNS|USCGC) [A-Z][A-Za-z.'’ -]{0,40}?(?=, (?:[Aa]t|AT) (?:[Ss]ea|SEA)))(?:,(?: [A-Z][A-Za-z.]*| (?:of|the|and)(?= (?:the )?[A-Z]))+){0,2})(?:,? (?:${MONTH_FORMS}) \\d{1,2}, \\d{4})?(?:\\s*\\([^)\\n]{0,60}\\))?(?:\\s*(?:—|–|--)|\\s+-|-(?=\\s))\\s*`,
);
/** A full date in AP form or spelled out (`July 11, 2016`, `Sept. 3, 2016`, `September 3, 2016`). */
const FULL_DATE = new RegExp(`\\b(${MONTH_FORMS}) (\\d{1,2}), (\\d{4})\\b`);
/** A story date line standing alone before the body (`July 11, 2016`, `Monday, July 11, 2016`). */
const DATE_LINE = new RegExp(`^(?:[A-Z][a-z]+\\.? )?(?:${alternation([...MONTH_AP_STEMS, ...MONTH_NAMES.filter((n) => !MONTH_AP_STEMS.some((a) => n.startsWith(a)))])})[a-z.]* \\d{1,2}, \\d{4}$`);

/** What a document is read into (see `ReleaseDocument` for each part). */
export interface DocumentParts {
  text: string;
  lineStarts: number[];
  blocks: Block[];
  quotes: Quote[];
  /** Where directives turn rules off; none if absent. */
  disabled?: DisabledRanges;
  /** The paragraph styles of a document from a word processor (styles.ts); none for a plain draft. */
  styles?: readonly StyledParagraph[];
}

/**
 * The whole draft read: directives and (for Markdown) non-prose parts blanked, then blocks and
 * quotations. `styles`: a word processor's paragraph styles (a `.docx`'s Title, Caption), spans of `original`.
 */
export function parseDocument(original: string, language: LanguageKind, styles: readonly StyledParagraph[] = []): DocumentParts {
  const directives = parseDirectives(original);
  let text = language === 'markdown' ? maskMarkdown(original) : original;
  text = blankRanges(text, directives.lines);
  const blocks = readBlocks(text, styles);
  return { text, lineStarts: computeLineStarts(original), blocks, quotes: findQuotes(text, blocks), disabled: directives.disabled, ...(styles.length > 0 ? { styles } : {}) };
}

/** Every block of `text`, split and classified. */
export function readBlocks(text: string, styles: readonly StyledParagraph[] = []): Block[] {
  return classifyBlocks(text, splitBlocks(text).flatMap((b) => splitRun(text, b)), { seenBody: false, seenHeadline: false, afterByline: false }, styles);
}

/** The item of `items` (in order, not overlapping) that holds `offset`, found by binary search. */
export function findContaining<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = items[mid];
    if (offset < it.start) hi = mid - 1;
    else if (offset >= it.end) lo = mid + 1;
    else return it;
  }
  return undefined;
}

/** The role of the paragraph that starts at `offset`: the styled paragraph holding it, or an empty one just there. */
function roleAt(styles: readonly StyledParagraph[], offset: number): ParagraphRole | undefined {
  return (findContaining(styles, offset) ?? styles.find((s) => s.start === offset && s.end === offset))?.role;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

function blankRanges(text: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const [s, e] of ranges) {
    out += text.slice(pos, s) + text.slice(s, e).replace(/[^\r\n]/g, ' ');
    pos = e;
  }
  return out + text.slice(pos);
}

/** Maximal runs of non-blank lines; offsets exclude the final line break. */
export function splitBlocks(text: string): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  const line = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let start = -1;
  let end = 0;
  let m: RegExpExecArray | null;
  while ((m = line.exec(text)) !== null) {
    const content = m[0].replace(/[\r\n]+$/, '');
    if (content.trim() === '') {
      if (start >= 0) blocks.push({ start, end });
      start = -1;
    } else {
      if (start < 0) start = m.index + (content.length - content.trimStart().length);
      end = m.index + content.trimEnd().length;
    }
    if (m[0].length === 0 || line.lastIndex >= text.length) break;
  }
  if (start >= 0) blocks.push({ start, end });
  return blocks;
}

/**
 * Copy pasted from web pages often has no blank line between paragraphs, or between the
 * byline and the lead. Inside a run of lines, a furniture or end-mark line stands alone. When
 * most lines of the run end a sentence, each line is a paragraph; hard-wrapped text breaks lines
 * mid-sentence and stays one paragraph. No line length is involved, so a fix that lengthens a
 * line never changes how the draft is read.
 */
export function splitRun(text: string, run: { start: number; end: number }): Array<{ start: number; end: number }> {
  const body = text.slice(run.start, run.end);
  if (!/[\r\n]/.test(body)) return [run];
  const lines: Array<{ start: number; end: number; content: string }> = [];
  const lineRe = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(body)) !== null) {
    const content = m[0].trim();
    if (!content) continue;
    const start = run.start + m.index + (m[0].length - m[0].trimStart().length);
    lines.push({ start, end: run.start + m.index + m[0].trimEnd().length, content });
  }
  const endsSentence = (s: string): boolean => /[.!?]["”’)]?$/.test(s);
  // A byline, and the unit and date lines right under it (`By SSG Jane Doe` / `1st Armored
  // Division Public Affairs` / `12 Mar 2015` typed without blank lines), each stand alone.
  let bylineChain = false;
  const standaloneLines = lines.map((l) => {
    const c = l.content;
    const byline = isByline(c);
    const alone = ENDMARK.test(c) || FURNITURE.test(c) || byline || (bylineChain && (isStoryDateLine(c) || isUnitLine(c, true, false)));
    bylineChain = byline || (bylineChain && alone);
    return alone;
  });
  const prose = lines.filter((_, k) => !standaloneLines[k]).slice(0, -1);
  const linePerParagraph = prose.length > 0 && prose.filter((l) => endsSentence(l.content)).length * 2 > prose.length;
  const out: Array<{ start: number; end: number }> = [];
  let cur: { start: number; end: number } | undefined;
  let prevBreaks = false;
  // A quotation still open at the end of a line runs on into the next line, unless that line reopens
  // it with a mark (the convention for a quote continued in a new paragraph): `"We went to the
  // base.` / `We thank …," Carter said.` is one paragraph, however many of its lines end a sentence.
  const marks = new QuoteReader();
  lines.forEach((l, k) => {
    const standalone = standaloneLines[k];
    // A line that opens with a dateline starts the story (`CNO visits carrier` / `NORFOLK, Va. – …`).
    const starts = !cur || standalone || prevBreaks || opensWithDateline(l.content);
    if (starts) {
      if (cur) out.push(cur);
      cur = { start: l.start, end: l.end };
    } else if (cur) cur.end = l.end;
    if (standalone) marks.reset(l.end);
    else marks.read(text, l.start, l.end, starts && marks.open && isOpeningMark(text[l.start]) ? l.start + 1 : l.start);
    const next = lines[k + 1];
    const runsOn = marks.open && !(next && isOpeningMark(text[next.start]));
    prevBreaks = standalone || (linePerParagraph && endsSentence(l.content) && !runsOn);
  });
  if (cur) out.push(cur);
  return out;
}

function isAllCaps(s: string): boolean {
  return /[A-Z]/.test(s) && !/[a-z]/.test(s);
}

export interface ClassifyState {
  seenBody: boolean;
  seenHeadline: boolean;
  /** The block before is a byline, or furniture that followed one (a unit line, a date line). */
  afterByline: boolean;
}

/** The state after the blocks [0, to) of `blocks`, as classifyBlocks leaves it. */
export function stateAfter(blocks: readonly Block[], to: number): ClassifyState {
  const state: ClassifyState = { seenBody: false, seenHeadline: false, afterByline: false };
  for (let i = 0; i < to; i++) advance(state, blocks[i].kind);
  return state;
}

function advance(state: ClassifyState, kind: BlockKind): void {
  if (kind === 'body') state.seenBody = true;
  else if (kind === 'headline') state.seenHeadline = true;
  state.afterByline = kind === 'byline' || (state.afterByline && kind === 'furniture');
}

/**
 * Kinds depend on what came before (one headline, before the body; a unit line after a byline):
 * `state` carries that between calls. A word processor's paragraph styles (`styles`) say what the
 * text alone may not: a `Title` or `Heading` paragraph is a headline (the first one the headline,
 * later ones subheads), and once a document has one, no unstyled paragraph is read as a headline and
 * the unstyled ones above it are furniture (a letterhead, a unit line); a `Caption` paragraph is body text that reads as a caption (caption.ts), never a headline or furniture.
 * End marks, release furniture (`FOR IMMEDIATE RELEASE`) and bylines are read from their text whatever their style.
 */
export function classifyBlocks(text: string, raw: Array<{ start: number; end: number }>, state: ClassifyState, styles: readonly StyledParagraph[] = []): Block[] {
  const styledHeadline = styles.some((st) => st.role === 'headline');
  const out = raw.map(({ start, end }): Block => {
    const s = text.slice(start, end);
    const allCaps = isAllCaps(s);
    const role = styles.length > 0 ? roleAt(styles, start) : undefined;
    let kind: BlockKind;
    if (ENDMARK.test(s)) kind = 'endmark';
    else if (role === 'caption') kind = 'body';
    else if (FURNITURE.test(s) || (s.length < 200 && CONTACT_LINE.test(s) && !/[.!?]["”]?$/.test(s))) kind = 'furniture';
    // A byline in capitals (`BY SGT. JANE DOE`) only once a headline is known: `BY LAND AND SEA` heads a story.
    else if ((!allCaps || state.seenHeadline) && isByline(s)) kind = 'byline';
    else if (role === 'headline') kind = 'headline';
    // Before the body, or under a byline that follows a photo caption put above the story.
    else if ((!state.seenBody || state.afterByline) && (isStoryDateLine(s) || DATE_LINE.test(s) || isUnitLine(s, state.afterByline, state.seenHeadline))) kind = 'furniture';
    else if (!styledHeadline && !state.seenBody && !state.seenHeadline && looksLikeHeadline(s)) kind = 'headline';
    // Above a styled headline: the letterhead, the unit, the release number (the story starts below it).
    else if (styledHeadline && !state.seenHeadline && !state.seenBody) kind = 'furniture';
    else kind = 'body';
    advance(state, kind);
    return role ? { start, end, kind, allCaps, role } : { start, end, kind, allCaps };
  });
  return out;
}

function looksLikeHeadline(s: string): boolean {
  const lines = s.split(/\r\n|\r|\n/);
  if (lines.length > 3) return false;
  // No length limit: a fix that lengthens a line must not turn a headline into body text. Prose
  // with several sentences is not a headline, however it ends (abbreviations like `Gen.` are capitalized;
  // a time or figure ending a sentence counts, so `1400 hours.` and its fix `2 p.m.` read alike).
  const sentenceBreaks = (s.match(/(?:\b[a-z]{2,}|\d(?:st|nd|rd|th)?|\b[apAP]\.[mM])[.!?]["”’]?\s+["“]?[A-Z]/g) ?? []).length;
  // A sentence and a parenthesis closing its line (a photo caption's credit line) is not a headline either.
  return sentenceBreaks < 2 && !/[.!?:]["”’]?$/.test(s.trimEnd()) && !/[.!?]["”’]?[ \t]*\([^()\n]{3,160}\)[ \t]*(?:$|[\r\n])/.test(s) && !DATELINE.test(s);
}

/**
 * The dateline that opens the first body paragraph, or, when that paragraph is a photo caption put
 * above the story (it carries a credit line, or a Caption style), the first paragraph after the captions.
 */
export function findStoryDateline(text: string, blocks: readonly Block[]): Dateline | undefined {
  let captions = 0;
  for (const b of blocks) {
    if (b.kind !== 'body') continue;
    const found = findDateline(text, b);
    if (found || captions >= 3 || !(b.role === 'caption' || CREDIT_LINE.test(text.slice(b.start, b.end)))) return found;
    captions++;
  }
  return undefined;
}

/** Whether a line opens with a dateline (the city in capitals, at least three letters of it, and a dash). */
function opensWithDateline(line: string): boolean {
  const m = DATELINE.exec(line);
  return m !== null && m[1].replace(/[^A-Z]/g, '').length >= 3 && /\S/.test(line.slice(m[0].length));
}

/** The dateline that opens the paragraph `first`, if any. */
export function findDateline(text: string, first: Block | undefined): Dateline | undefined {
  if (!first) return undefined;
  const m = DATELINE.exec(text.slice(first.start, first.end));
  if (!m || m[1].replace(/[^A-Z]/g, '').length < 3) return undefined;
  // `NMCP, Portsmouth, VA —`: a place inside a place, only with a state (or `At Sea`) at the end.
  const parts = m[1].split(',');
  if (parts.length === 3 && !stateOf(parts[2]) && !/^\s*(?:[Aa]t [Ss]ea|AT SEA)$/.test(parts[2])) return undefined;
  return { start: first.start, end: first.start + m[0].length, place: m[1] };
}

export function findReleaseDate(text: string, blocks: Block[], dateline: Dateline | undefined): SimpleDate | undefined {
  const fromMatch = (m: RegExpExecArray | null): SimpleDate | undefined => {
    if (!m) return undefined;
    const month = MONTH_BY_NAME.get(m[1].replace('.', '').toLowerCase());
    return month ? { year: Number(m[3]), month, day: Number(m[2]) } : undefined;
  };
  if (dateline) {
    const d = fromMatch(FULL_DATE.exec(text.slice(dateline.start, dateline.end)));
    if (d) return d;
  }
  for (const b of blocks) {
    const s = text.slice(b.start, b.end);
    // The furniture above the body, and above the dateline when captions come first.
    if (b.kind === 'body' && (dateline ? b.start >= dateline.start : true)) break;
    if (b.kind === 'body') continue;
    // A story date line in any of its forms (`12.03.2026`, `12 Mar 2015`), else a full date in the furniture.
    const d = (b.kind === 'furniture' ? readStoryDate(s) : undefined) ?? fromMatch(FULL_DATE.exec(s));
    if (d) return d;
  }
  return undefined;
}

/**
 * Direct quotations (see quotes.ts for how marks are read). A quotation left open at the end of a
 * paragraph continues when the next paragraph opens with a quotation mark (the AP convention for
 * quotes that run over several paragraphs); otherwise it ends with its paragraph.
 */
export function findQuotes(text: string, blocks: Block[]): Quote[] {
  return scanQuotes(text, blocks, 0, -1).quotes;
}

/**
 * Scans blocks from index `from`, entered with a quotation open since `openAt` (or -1). `stop(bi)`
 * is asked at each later block boundary where no quotation runs on; true ends the scan there.
 */
export function scanQuotes(text: string, blocks: Block[], from: number, openAt: number, stop?: (bi: number) => boolean): { quotes: Quote[]; stoppedAt: number } {
  const marks = new QuoteReader();
  if (openAt >= 0) marks.enter(text, openAt);
  for (let bi = from; bi < blocks.length; bi++) {
    if (bi > from && !marks.open && stop?.(bi)) return { quotes: marks.quotes, stoppedAt: bi };
    const b = blocks[bi];
    if (b.kind !== 'body' && b.kind !== 'headline') {
      marks.stop(blocks[bi - 1]?.end ?? b.start);
      continue;
    }
    let i = b.start;
    if (marks.open) {
      // A continuing quotation reopens with a mark at the start of this paragraph.
      if (isOpeningMark(text[b.start])) i = b.start + 1;
      else marks.stop(blocks[bi - 1].end);
    }
    marks.read(text, b.start, b.end, i);
    const next = blocks[bi + 1];
    if (marks.open && !(next !== undefined && isOpeningMark(text[next.start]))) marks.stop(b.end);
  }
  return { quotes: marks.quotes, stoppedAt: blocks.length };
}
