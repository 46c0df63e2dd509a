import { maskMarkdown } from './markdown';
import { LanguageKind } from '../types';
import { parseDirectives, DisabledRanges } from './directives';
import { alternation, MONTH_AP_STEMS, MONTH_BY_NAME, MONTH_NAMES, MONTHS } from '../data/months';
import { detachString } from '../engine/memory';
import { isOpeningMark, Quote, QuoteReader } from '../lex/quotes';

export type BlockKind = 'furniture' | 'headline' | 'body' | 'endmark';

/** A run of non-blank lines. */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** Every letter is uppercase (caps headlines, datelines, furniture). */
  allCaps: boolean;
}

export type { Quote } from '../lex/quotes';

export interface Dateline {
  start: number;
  /** Offset just after the dash that ends the dateline. */
  end: number;
  place: string;
}

export interface SimpleDate {
  year: number;
  month: number;
  day: number;
}

const FURNITURE =
  /^(?:FOR IMMEDIATE RELEASE|HOLD FOR RELEASE|EMBARGOED|NEWS RELEASE|PRESS RELEASE|MEDIA ADVISORY|Release (?:No|Number)\b|RELEASE (?:NO|NUMBER)\b|No\. \d|Contacts?:|CONTACTS?:|Media [Cc]ontacts?|Phone:|Email:|E-mail:|Tel:|Published\b|By\b|[•*·-]\s|An official website|Here's how you know|A \.mil website|A lock \(|Official websites use)/;
const ENDMARK = /^\s*(?:#{3}|-\s?30\s?-)\s*$/;
const CONTACT_LINE = /(?:\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63})/;
const DATELINE =
  /^([A-Z][A-Z.'’ -]*[A-Z.](?:,(?: [A-Z][A-Za-z.]*)+)?)(?:\s*\([^)\n]{0,60}\))?\s*(?:—|–|--|-)\s*/;
/** A full date in AP form or spelled out (`July 11, 2016`, `Sept. 3, 2016`, `September 3, 2016`). */
const FULL_DATE = new RegExp(`\\b(${alternation([...MONTH_NAMES, ...MONTHS.map((m) => m.ap), ...MONTH_AP_STEMS])}) (\\d{1,2}), (\\d{4})\\b`);
/** A story date line standing alone before the body (`July 11, 2016`, `Monday, July 11, 2016`). */
const DATE_LINE = new RegExp(`^(?:[A-Z][a-z]+\\.? )?(?:${alternation([...MONTH_AP_STEMS, ...MONTH_NAMES.filter((n) => !MONTH_AP_STEMS.some((a) => n.startsWith(a)))])})[a-z.]* \\d{1,2}, \\d{4}$`);

/**
 * Each block's text, sliced once and handed on with the block to later versions of the document.
 * It is kept on the block itself, as a property that is not enumerable (so a block still equals a
 * freshly read one), rather than in a WeakMap: a long editing session makes a new block object for
 * every block after each edit, and a WeakMap's table grows with them and never shrinks.
 */
function cachedText(block: Block): string | undefined {
  return (block as { text?: string }).text;
}

function cacheText(block: Block, text: string): void {
  Object.defineProperty(block, 'text', { value: text, enumerable: false });
}

interface DocumentParts {
  text: string;
  lineStarts: number[];
  blocks: Block[];
  quotes: Quote[];
}

export class ReleaseDocument {
  /** The text rules read: the original with non-prose parts (Markdown code, comments, directives) blanked. */
  readonly text: string;
  readonly blocks: Block[];
  readonly quotes: Quote[];
  readonly headline: Block | undefined;
  /** The first paragraph of the body (where the dateline is), also in a window that does not show it. */
  readonly firstBody: Block | undefined;
  readonly dateline: Dateline | undefined;
  /** The release's own date, from the dateline or the lines above the body. */
  readonly releaseDate: SimpleDate | undefined;
  readonly disabled: DisabledRanges;
  private readonly lineStarts: number[];
  /** The whole document: itself, or for a `window` the document it shows part of. */
  readonly root: ReleaseDocument = this;

  constructor(readonly original: string, readonly language: LanguageKind, parts?: DocumentParts) {
    if (parts) {
      this.text = parts.text;
      this.disabled = [];
      this.lineStarts = parts.lineStarts;
      this.blocks = parts.blocks;
      this.quotes = parts.quotes;
    } else {
      const directives = parseDirectives(original);
      let text = language === 'markdown' ? maskMarkdown(original) : original;
      text = blankRanges(text, directives.lines);
      this.text = text;
      this.disabled = directives.disabled;
      this.lineStarts = computeLineStarts(original);
      this.blocks = classifyBlocks(text, splitBlocks(text).flatMap((b) => splitRun(text, b)), { seenBody: false, seenHeadline: false });
      this.quotes = findQuotes(text, this.blocks);
    }
    this.headline = this.blocks.find((b) => b.kind === 'headline');
    this.firstBody = this.blocks.find((b) => b.kind === 'body');
    this.dateline = findDateline(this.text, this.firstBody);
    this.releaseDate = findReleaseDate(this.text, this.blocks, this.dateline);
  }

  /**
   * The document after replacing original[start, end) with `newText`. Plain drafts without
   * directives are patched: only the paragraphs around the edit are read again, and the rest keep
   * their blocks, quotations and line table (shifted). Anything else is read whole. Either way the
   * result equals `new ReleaseDocument(edited text)`; the property tests hold it to that. `whole`,
   * if given, is that edited text.
   */
  edited(start: number, end: number, newText: string, whole?: string): ReleaseDocument {
    // The caller may already hold the edited text (the server does): one string, not two copies.
    const original = whole ?? this.original.slice(0, start) + newText + this.original.slice(end);
    if (this.language === 'markdown' || this.disabled.length > 0 || original.includes('copydesk-')) {
      return new ReleaseDocument(original, this.language);
    }
    const delta = newText.length - (end - start);
    const lineStarts = spliceLineStarts(this.lineStarts, original, start, end, newText.length);
    const { blocks, from, to, oldTo, reread } = spliceBlocks(this.blocks, original, start, end, delta);
    const quotes = reread ? findQuotes(original, blocks) : spliceQuotes(this.quotes, this.blocks, blocks, original, from, to, oldTo, delta);
    return new ReleaseDocument(original, this.language, { text: original, lineStarts, blocks, quotes });
  }

  /**
   * A view of this document that shows rules only the blocks [from, to): rules that read one
   * paragraph at a time find, in the view, exactly what they find in those paragraphs of the whole.
   * Everything else (text, quotations, dateline, release date, headline) is the whole document's.
   */
  window(from: number, to: number): ReleaseDocument {
    return Object.create(this, {
      blocks: { value: this.blocks.slice(from, to) },
      body: { value: undefined, writable: true },
    }) as ReleaseDocument;
  }

  positionAt(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.lineStarts[lo] };
  }

  offsetAt(line: number, character: number): number {
    if (line >= this.lineStarts.length) return this.original.length;
    return Math.min(this.original.length, this.lineStarts[Math.max(0, line)] + character);
  }

  blockAt(offset: number): Block | undefined {
    return findContaining(this.blocks, offset);
  }

  /** The direct quotation whose marks enclose the range, if any. */
  quoteAt(start: number, end = start): Quote | undefined {
    const q = findContaining(this.quotes, start);
    return q && end <= q.end ? q : undefined;
  }

  inQuote(start: number, end = start): boolean {
    return this.quoteAt(start, end) !== undefined;
  }

  /**
   * The (masked) text of a block: one string object per block, kept across versions (and the key of
   * every per-paragraph cache), so it is a copy that does not keep this version's whole text alive.
   */
  blockText(block: Block): string {
    let t = cachedText(block);
    if (t === undefined) {
      t = detachString(this.text.slice(block.start, block.end));
      cacheText(block, t);
    }
    return t;
  }

  /** The body paragraphs just before and after `block` in the whole document (also when read through a window). */
  bodyNeighbours(block: Block): { prev: Block | undefined; next: Block | undefined } {
    const body = this.root.bodyBlocks;
    let lo = 0;
    let hi = body.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (body[mid].start < block.start) lo = mid + 1;
      else if (body[mid].start > block.start) hi = mid - 1;
      else return { prev: body[mid - 1], next: body[mid + 1] };
    }
    return { prev: body[lo - 1], next: body[lo] };
  }

  /** Each block's quote signature, read once per document (windows share their document's). */
  private readonly signatures = new Map<Block, string>();

  /** The quotations a block holds or is part of, relative to its start: part of a per-paragraph cache key. */
  quoteSignature(block: Block): string {
    const known = this.signatures.get(block);
    if (known !== undefined) return known;
    const parts: string[] = [];
    const running = this.quoteAt(block.start);
    const around = running && running.start < block.start ? [running] : [];
    for (const q of [...around, ...this.quotesStartingIn(block.start, block.end)]) {
      parts.push(`${Math.max(-1, q.start - block.start)}:${Math.min(block.end - block.start + 1, q.end - block.start)}:${q.closed ? 1 : 0}${q.orphan ? 'o' : ''}`);
    }
    const signature = parts.join(',');
    this.signatures.set(block, signature);
    return signature;
  }

  /** Quotations that open within [start, end), in order (binary search: rules call this per paragraph). */
  quotesStartingIn(start: number, end: number): Quote[] {
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Quote[] = [];
    for (let i = lo; i < this.quotes.length && this.quotes[i].start < end; i++) out.push(this.quotes[i]);
    return out;
  }

  private body: Block[] | undefined;

  /** Body blocks: the paragraphs of the release proper (not furniture, headline or end mark). */
  get bodyBlocks(): Block[] {
    this.body ??= this.blocks.filter((b) => b.kind === 'body');
    return this.body;
  }
}

function findContaining<T extends { start: number; end: number }>(items: T[], offset: number): T | undefined {
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

function computeLineStarts(text: string): number[] {
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
function splitBlocks(text: string): Array<{ start: number; end: number }> {
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
function splitRun(text: string, run: { start: number; end: number }): Array<{ start: number; end: number }> {
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
  const prose = lines.filter((l) => !ENDMARK.test(l.content) && !FURNITURE.test(l.content)).slice(0, -1);
  const linePerParagraph = prose.length > 0 && prose.filter((l) => endsSentence(l.content)).length * 2 > prose.length;
  const out: Array<{ start: number; end: number }> = [];
  let cur: { start: number; end: number } | undefined;
  let prevBreaks = false;
  // A quotation still open at the end of a line runs on into the next line, unless that line reopens
  // it with a mark (the convention for a quote continued in a new paragraph): `"We went to the
  // base.` / `We thank …," Carter said.` is one paragraph, however many of its lines end a sentence.
  const marks = new QuoteReader();
  lines.forEach((l, k) => {
    const standalone = ENDMARK.test(l.content) || FURNITURE.test(l.content);
    const starts = !cur || standalone || prevBreaks;
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

interface ClassifyState {
  seenBody: boolean;
  seenHeadline: boolean;
}

/** Kinds depend on what came before (one headline, before the body): `state` carries that between calls. */
function classifyBlocks(text: string, raw: Array<{ start: number; end: number }>, state: ClassifyState): Block[] {
  let { seenBody, seenHeadline } = state;
  const out = raw.map(({ start, end }): Block => {
    const s = text.slice(start, end);
    const allCaps = isAllCaps(s);
    let kind: BlockKind;
    if (ENDMARK.test(s)) kind = 'endmark';
    else if (FURNITURE.test(s) || (s.length < 200 && CONTACT_LINE.test(s) && !/[.!?]["”]?$/.test(s))) kind = 'furniture';
    else if (!seenBody && !seenHeadline && looksLikeHeadline(s)) {
      kind = 'headline';
      seenHeadline = true;
    } else if (!seenBody && DATE_LINE.test(s)) kind = 'furniture';
    else {
      kind = 'body';
      seenBody = true;
    }
    return { start, end, kind, allCaps };
  });
  state.seenBody = seenBody;
  state.seenHeadline = seenHeadline;
  return out;
}

function looksLikeHeadline(s: string): boolean {
  const lines = s.split(/\r\n|\r|\n/);
  if (lines.length > 3) return false;
  // No length limit: a fix that lengthens a line must not turn a headline into body text. Prose
  // with several sentences is not a headline, however it ends (abbreviations like `Gen.` are capitalized;
  // a time or figure ending a sentence counts, so `1400 hours.` and its fix `2 p.m.` read alike).
  const sentenceBreaks = (s.match(/(?:\b[a-z]{2,}|\d(?:st|nd|rd|th)?|\b[apAP]\.[mM])[.!?]["”’]?\s+["“]?[A-Z]/g) ?? []).length;
  return sentenceBreaks < 2 && !/[.!?:]["”’]?$/.test(s.trimEnd()) && !DATELINE.test(s);
}

/** The dateline that opens the first body paragraph, if any. */
function findDateline(text: string, first: Block | undefined): Dateline | undefined {
  if (!first) return undefined;
  const m = DATELINE.exec(text.slice(first.start, first.end));
  if (!m || m[1].replace(/[^A-Z]/g, '').length < 3) return undefined;
  return { start: first.start, end: first.start + m[0].length, place: m[1] };
}

function findReleaseDate(text: string, blocks: Block[], dateline: Dateline | undefined): SimpleDate | undefined {
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
    if (b.kind === 'body') break;
    const d = fromMatch(FULL_DATE.exec(text.slice(b.start, b.end)));
    if (d) return d;
  }
  return undefined;
}

/**
 * Direct quotations (see quotes.ts for how marks are read). A quotation left open at the end of a
 * paragraph continues when the next paragraph opens with a quotation mark (the AP convention for
 * quotes that run over several paragraphs); otherwise it ends with its paragraph.
 */
function findQuotes(text: string, blocks: Block[]): Quote[] {
  return scanQuotes(text, blocks, 0, -1).quotes;
}

/**
 * Scans blocks from index `from`, entered with a quotation open since `openAt` (or -1). `stop(bi)`
 * is asked at each later block boundary where no quotation runs on; true ends the scan there.
 */
function scanQuotes(text: string, blocks: Block[], from: number, openAt: number, stop?: (bi: number) => boolean): { quotes: Quote[]; stoppedAt: number } {
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

/** The quotation that runs on into the block starting at `at` from an earlier paragraph, if any. */
function runningInto(quotes: Quote[], at: number): Quote | undefined {
  const q = findContaining(quotes, at);
  return q && q.start < at ? q : undefined;
}

/** Line starts after replacing [start, end) with `inserted` characters; `text` is the new text. */
function spliceLineStarts(old: number[], text: string, start: number, end: number, inserted: number): number[] {
  const delta = inserted - (end - start);
  // A line start p depends on the characters at p - 1 and p (a CR followed by LF starts no line).
  const out: number[] = [0];
  let i = 1;
  for (; i < old.length && old[i] < start; i++) out.push(old[i]);
  const from = Math.max(0, start - 1);
  const to = Math.min(text.length, start + inserted + 1);
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(p + 1) !== 10) out.push(p + 1);
    } else if (c === 10) out.push(p + 1);
  }
  const last = out[out.length - 1];
  for (; i < old.length; i++) {
    if (old[i] <= end) continue;
    const p = old[i] + delta;
    if (p > last) out.push(p);
  }
  return out;
}

/** Whether blocks i and i + 1 come from one run of lines (one line break between them, no blank line). */
function sameRun(text: string, a: Block, bStart: number, aEnd = a.end): boolean {
  let breaks = 0;
  for (let p = aEnd; p < bStart; p++) {
    const c = text.charCodeAt(p);
    if (c === 13 && text.charCodeAt(p + 1) === 10) continue;
    if (c === 10 || c === 13) breaks++;
  }
  return breaks <= 1;
}

/**
 * Blocks after an edit: the runs of lines around the edit (with one untouched run on each side)
 * are split and classified again; blocks before keep their objects, blocks after are shifted.
 * Returns the new list and the index range [from, to) of re-read blocks (oldTo in the old list).
 */
function spliceBlocks(old: Block[], text: string, start: number, end: number, delta: number): { blocks: Block[]; from: number; to: number; oldTo: number; reread: boolean } {
  if (old.length === 0) {
    const blocks = classifyBlocks(text, splitBlocks(text).flatMap((b) => splitRun(text, b)), { seenBody: false, seenHeadline: false });
    return { blocks, from: 0, to: blocks.length, oldTo: 0, reread: true };
  }
  // Old text before `start` is the new text; after `end` it is the new text shifted by delta.
  const gapSame = (i: number): boolean => sameRun(text, old[i], old[i + 1].start);
  const gapSameAfter = (i: number): boolean => sameRun(text, old[i], old[i + 1].start + delta, old[i].end + delta);
  let lo = 0;
  let hi = old.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (old[mid].start < start) lo = mid;
    else hi = mid - 1;
  }
  const iA = lo;
  lo = 0;
  hi = old.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (old[mid].end > end) hi = mid;
    else lo = mid + 1;
  }
  const iB = lo;
  let from = Math.min(iA, iB);
  for (let runs = 0; runs < 2 && from > 0; runs++) {
    if (runs === 1) from--;
    while (from > 0 && old[from - 1].end < start && gapSame(from - 1)) from--;
  }
  let last = Math.max(iA, iB);
  for (let runs = 0; runs < 2 && last < old.length - 1; runs++) {
    if (runs === 1) last++;
    while (last < old.length - 1 && old[last].end >= end && gapSameAfter(last)) last++;
  }
  // The runs must start and end outside the edit on both sides; otherwise read it all.
  if ((from > 0 && old[from].start >= start) || (last < old.length - 1 && old[last].end <= end)) {
    const blocks = classifyBlocks(text, splitBlocks(text).flatMap((b) => splitRun(text, b)), { seenBody: false, seenHeadline: false });
    return { blocks, from: 0, to: blocks.length, oldTo: old.length, reread: true };
  }
  const oldTo = last + 1;
  const L = from === 0 ? 0 : old[from].start;
  const R = oldTo === old.length ? text.length : old[last].end + delta;
  const state: ClassifyState = { seenBody: false, seenHeadline: false };
  for (let i = 0; i < from; i++) {
    if (old[i].kind === 'body') state.seenBody = true;
    else if (old[i].kind === 'headline') state.seenHeadline = true;
  }
  const runs = splitBlocks(text.slice(L, R)).map((r) => ({ start: r.start + L, end: r.end + L }));
  const mid = classifyBlocks(text, runs.flatMap((r) => splitRun(text, r)), state);
  const oldState: ClassifyState = { seenBody: false, seenHeadline: false };
  for (let i = 0; i < oldTo; i++) {
    if (old[i].kind === 'body') oldState.seenBody = true;
    else if (old[i].kind === 'headline') oldState.seenHeadline = true;
  }
  let rest: Block[] = old.slice(oldTo).map((b) => {
    const moved: Block = { start: b.start + delta, end: b.end + delta, kind: b.kind, allCaps: b.allCaps };
    const t = cachedText(b);
    if (t !== undefined) cacheText(moved, t);
    return moved;
  });
  // A headline or first paragraph gained or lost here changes how every later block reads.
  const reread = state.seenBody !== oldState.seenBody || state.seenHeadline !== oldState.seenHeadline;
  if (reread) rest = classifyBlocks(text, rest, state);
  const blocks = old.slice(0, from).concat(mid, rest);
  return { blocks, from, to: reread ? blocks.length : from + mid.length, oldTo: reread ? old.length : oldTo, reread };
}

/** Quotations after an edit: scanned again from the first re-read block until the old scan agrees. */
function spliceQuotes(old: Quote[], oldBlocks: Block[], blocks: Block[], text: string, from: number, to: number, oldTo: number, delta: number): Quote[] {
  if (from >= blocks.length) return findQuotes(text, blocks);
  const at = blocks[from].start;
  const entering = oldBlocks[from] && oldBlocks[from].start === at ? runningInto(old, at) : undefined;
  const shiftOld = oldTo - to;
  const { quotes, stoppedAt } = scanQuotes(text, blocks, from, entering ? entering.start : -1, (bi) => {
    if (bi < to) return false;
    const ob = oldBlocks[bi + shiftOld];
    return ob !== undefined && runningInto(old, ob.start) === undefined;
  });
  // From the first block on, everything was read again (the edit may have moved that block).
  const keepBefore = from === 0 ? -1 : at;
  const before: Quote[] = [];
  for (const q of old) {
    if (q.end <= keepBefore && q !== entering) before.push(q);
    else break;
  }
  if (stoppedAt >= blocks.length) return before.concat(quotes);
  const resumeAt = oldBlocks[stoppedAt + shiftOld].start;
  const after: Quote[] = [];
  for (const q of old) if (q.start >= resumeAt) after.push({ ...q, start: q.start + delta, end: q.end + delta });
  return before.concat(quotes, after);
}
