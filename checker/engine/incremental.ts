/**
 * Checking again after an edit without reading the whole draft again. Each rule declares its
 * `scope` (types.ts). Rules that read one paragraph at a time run only on the paragraphs the edit changed; their findings
 * elsewhere are kept, shifted past the edit. Rules that need the whole draft (first references,
 * acronym definitions, consistency, structure) run on the whole edited document. The result is
 * the same, finding for finding, as a full check: the property tests compare the two after random
 * edit sequences, and anything this module cannot prove unchanged (options, headline, dateline,
 * release date, directives) is checked in full.
 */
import { ReleaseDocument, Block, Quote } from '../document/model';
import { RULES } from '../rules';
import { runRules, sortFindings } from './run';
import { datesIn, releaseNumberYear } from '../analysis/date';
import { shiftFix } from '../lex/text';
import { Finding, ResolvedOptions, TextEdit } from '../types';
import { detach } from './memory';
import { handOn, settle } from './cache';

/** Rules re-run only on the changed paragraphs (their `scope` is `paragraph`, and they read no earlier date's year). */
export const LOCAL_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.scope === 'paragraph' && !r.yearFromEarlierDate).map((r) => r.id));

/**
 * Paragraph rules that may read an earlier date's year: local when the release has its own date, or
 * when the edited paragraphs hold no full date (month, day and year) before or after the edit,
 * since such an edit changes no date's year.
 */
export const LOCAL_WHEN_DATED: ReadonlySet<string> = new Set(RULES.filter((r) => r.scope === 'paragraph' && r.yearFromEarlierDate).map((r) => r.id));

/** Rules that also read the body paragraphs just before and after: re-run on the changed paragraphs and one either side. */
export const NEIGHBOUR_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.scope === 'neighbours').map((r) => r.id));

/** Characters either side of an edit whose paragraphs are read again (rules peek a little past a match). */
const MARGIN = 40;

function hasFullDate(doc: ReleaseDocument): boolean {
  return datesIn(doc).some((d) => d.year !== undefined && d.day !== undefined);
}

/** A checked document: what the next incremental check starts from. */
export interface CheckState {
  readonly doc: ReleaseDocument;
  readonly options: ResolvedOptions;
  /** Sorted, as `checkDocument` returns them. */
  readonly findings: Finding[];
  /** Whether a rule failed (threw) in this check: the next one is then a full check. */
  readonly failed: boolean;
}

export function fullState(doc: ReleaseDocument, options: ResolvedOptions): CheckState {
  const failures: string[] = [];
  const findings = sortFindings(runRules(doc, options, RULES, failures));
  settle(doc);
  return { doc, options, findings, failed: failures.length > 0 };
}

/** The state after replacing [start, end) of the previous text with `newText`. */
export function checkEdit(prev: CheckState, edit: TextEdit, options: ResolvedOptions = prev.options): CheckState {
  return recheck(prev, prev.doc.edited(edit.start, edit.end, edit.newText), options, edit);
}

/**
 * The state for `doc`, a later version of `prev.doc`. `edit` is the changed span if known; else it
 * is found by comparing the two texts from both ends.
 */
export function recheck(prev: CheckState, doc: ReleaseDocument, options: ResolvedOptions, edit?: TextEdit): CheckState {
  // Paragraph readings are position-free (engine/cache.ts): any later version may reuse them.
  handOn(prev.doc, doc);
  if (options !== prev.options || doc.language !== prev.doc.language) return fullState(doc, options);
  const span = edit ?? changedSpan(prev.doc.original, doc.original);
  const s = span.start;
  const e = span.end;
  const delta = span.newText.length - (e - s);
  const old = prev.doc;
  const moved = (a: number): number => (a >= e ? a + delta : a);
  const sameSpan = (x: { start: number; end: number } | undefined, y: { start: number; end: number } | undefined): boolean =>
    x === y || (x !== undefined && y !== undefined && (x.end < s || x.start > e) && moved(x.start) === y.start && moved(x.end) === y.end);
  if (
    !sameSpan(old.headline, doc.headline) ||
    !sameSpan(old.dateline, doc.dateline) ||
    old.dateline?.place !== doc.dateline?.place ||
    JSON.stringify(old.releaseDate) !== JSON.stringify(doc.releaseDate) ||
    // The release number gives the year of every date without one (NR-301-23: 2023), anywhere in the draft.
    releaseNumberYear(old)?.year !== releaseNumberYear(doc)?.year ||
    old.disabled.length > 0 ||
    doc.disabled.length > 0 ||
    prev.failed
  ) {
    return fullState(doc, options);
  }
  const range = dirtyBlocks(old.blocks, doc.blocks, old.quotes, doc.quotes, s - MARGIN, e + MARGIN, delta);
  // The first body paragraph is where a title-case dateline is cut off (place rules): it must be the
  // same paragraph in both versions, or one that is checked again anyway.
  const firstIn = (d: ReleaseDocument): boolean => {
    const i = d.firstBody ? d.blocks.indexOf(d.firstBody) : -1;
    return i >= range.from && i < d.blocks.length - range.tail;
  };
  if (!sameSpan(old.firstBody, doc.firstBody) && !(firstIn(old) && firstIn(doc))) return fullState(doc, options);
  const window = doc.window(range.from, doc.blocks.length - range.tail);
  const datesLocal = doc.releaseDate !== undefined || (!hasFullDate(window) && !hasFullDate(old.window(range.from, old.blocks.length - range.tail)));
  const isLocal = (id: string): boolean => LOCAL_RULES.has(id) || (datesLocal && LOCAL_WHEN_DATED.has(id));
  const wide = widen(doc.blocks, range);
  const groups = [
    { rules: RULES.filter((r) => isLocal(r.id)), range },
    { rules: RULES.filter((r) => NEIGHBOUR_RULES.has(r.id)), range: wide },
  ];
  const group = (id: string): number => (isLocal(id) ? 0 : NEIGHBOUR_RULES.has(id) ? 1 : -1);
  const global = RULES.filter((r) => group(r.id) < 0);
  const failures: string[] = [];
  const fresh = groups.flatMap((g, i) => runRules(i === 0 ? window : doc.window(g.range.from, doc.blocks.length - g.range.tail), options, g.rules, failures));
  if (failures.length > 0) return fullState(doc, options);
  const bounds = groups.map((g) => ({
    keepUntil: g.range.from > 0 ? old.blocks[g.range.from - 1].end : -1,
    resumeAt: g.range.tail > 0 ? old.blocks[old.blocks.length - g.range.tail].start : Infinity,
  }));
  const kept: Finding[] = [];
  for (const f of prev.findings) {
    const g = group(f.rule);
    if (g < 0) continue;
    if (f.start <= bounds[g].keepUntil) kept.push(keepable(f));
    else if (f.start >= bounds[g].resumeAt) kept.push(delta === 0 ? keepable(f) : shifted(keepable(f), delta));
  }
  const findings = sortFindings(kept.concat(fresh, runRules(doc, options, global, failures)));
  // Every analysis has taken what it reuses: the previous version's readings can go.
  settle(doc);
  return { doc, options, findings, failed: failures.length > 0 };
}

/** The range widened by one body paragraph on each side (its neighbours' findings read it). */
function widen(blocks: Block[], range: { from: number; tail: number }): { from: number; tail: number } {
  let from = range.from;
  for (let i = range.from - 1; i >= 0; i--) {
    if (blocks[i].kind === 'body') {
      from = i;
      break;
    }
  }
  let tail = range.tail;
  for (let i = blocks.length - range.tail; i < blocks.length; i++) {
    if (blocks[i].kind === 'body') {
      tail = blocks.length - 1 - i;
      break;
    }
  }
  return { from, tail };
}

/** The smallest single replacement that turns `before` into `after`. */
export function changedSpan(before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  // Whole chunks first (string comparison is native), then character by character.
  const CHUNK = 512;
  let p = 0;
  while (p + CHUNK <= max && before.slice(p, p + CHUNK) === after.slice(p, p + CHUNK)) p += CHUNK;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  const room = max - p;
  let q = 0;
  while (q + CHUNK <= room && before.slice(before.length - q - CHUNK, before.length - q) === after.slice(after.length - q - CHUNK, after.length - q)) q += CHUNK;
  while (q < room && before.charCodeAt(before.length - 1 - q) === after.charCodeAt(after.length - 1 - q)) q++;
  return { start: p, end: before.length - q, newText: after.slice(p, after.length - q) };
}

function sameBlock(a: Block, b: Block, delta: number): boolean {
  return a.start + delta === b.start && a.end + delta === b.end && a.kind === b.kind && a.allCaps === b.allCaps;
}

function sameQuote(a: Quote, b: Quote, delta: number): boolean {
  return a.start + delta === b.start && a.end + delta === b.end && a.closed === b.closed && a.orphan === b.orphan;
}

/**
 * The blocks to check again: all but the leading `from` and trailing `tail` blocks, which are the
 * same (shifted) in both versions, lie wholly before or after the edit, and carry the same
 * quotations.
 */
function dirtyBlocks(oldB: Block[], newB: Block[], oldQ: Quote[], newQ: Quote[], s: number, e: number, delta: number): { from: number; tail: number } {
  let from = 0;
  while (from < oldB.length && from < newB.length && oldB[from].end < s && sameBlock(oldB[from], newB[from], 0)) from++;
  let tail = 0;
  while (
    tail < oldB.length - from &&
    tail < newB.length - from &&
    oldB[oldB.length - 1 - tail].start > e &&
    sameBlock(oldB[oldB.length - 1 - tail], newB[newB.length - 1 - tail], delta)
  ) {
    tail++;
  }
  // Quotations that differ between the versions make the blocks they touch dirty too.
  let qf = 0;
  while (qf < oldQ.length && qf < newQ.length && oldQ[qf].end < s && sameQuote(oldQ[qf], newQ[qf], 0)) qf++;
  let qt = 0;
  while (qt < oldQ.length - qf && qt < newQ.length - qf && oldQ[oldQ.length - 1 - qt].start > e && sameQuote(oldQ[oldQ.length - 1 - qt], newQ[newQ.length - 1 - qt], delta)) qt++;
  const changed = [...oldQ.slice(qf, oldQ.length - qt).map((q) => ({ start: q.start + (q.start >= e ? delta : 0), end: q.end + (q.end >= e ? delta : 0) })), ...newQ.slice(qf, newQ.length - qt)];
  for (const q of changed) {
    while (from > 0 && newB[from - 1].end >= q.start) from--;
    while (tail > 0 && newB[newB.length - tail].start <= q.end) tail--;
  }
  return { from, tail };
}

/** Findings already detached from the text of the version that made them (see memory.ts). */
const detached = new WeakSet<Finding>();

/** A finding that may be handed on to later versions: its strings hold no version's whole text. */
function keepable(f: Finding): Finding {
  if (detached.has(f)) return f;
  const out = detach(f);
  detached.add(out);
  return out;
}

/** A detached finding moved by `delta`: its strings are the same detached ones, so it needs no copying again. */
function shifted(f: Finding, delta: number): Finding {
  const out = shiftFinding(f, delta);
  detached.add(out);
  return out;
}

function shiftFinding(f: Finding, delta: number): Finding {
  const out: Finding = { ...f, start: f.start + delta, end: f.end + delta };
  if (f.fix) out.fix = shiftFix(f.fix, delta);
  if (f.suggestions) out.suggestions = f.suggestions.map((x) => shiftFix(x, delta));
  return out;
}
