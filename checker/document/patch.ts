/**
 * The document after an edit, read again only around it: the blocks, quotations and line table
 * of the rest are kept (shifted). The property tests hold the result equal to a fresh parse.
 */
import { Quote } from '../lex/quotes';
import { LanguageKind } from '../types';
import { cachedText, cacheText, type Block } from './model';
import { ClassifyState, DocumentParts, classifyBlocks, findContaining, findQuotes, readBlocks, scanQuotes, splitBlocks, splitRun, stateAfter } from './parse';

/**
 * The parts of a plain draft after replacing [start, end) of the text `old` was read from with
 * `inserted` characters (`text` is the edited text, which rules read as it is), or undefined when
 * it must be read whole: Markdown, or a draft with directives.
 */
export function patch(language: LanguageKind, old: DocumentParts, text: string, start: number, end: number, inserted: number): { lineStarts: number[]; blocks: Block[]; quotes: Quote[] } | undefined {
  if (language === 'markdown' || (old.disabled?.length ?? 0) > 0 || text.includes('copydesk-')) return undefined;
  const delta = inserted - (end - start);
  const lineStarts = spliceLineStarts(old.lineStarts, text, start, end, inserted);
  const { blocks, from, to, oldTo, reread } = spliceBlocks(old.blocks, text, start, end, delta);
  const quotes = reread ? findQuotes(text, blocks) : spliceQuotes(old.quotes, old.blocks, blocks, text, from, to, oldTo, delta);
  return { lineStarts, blocks, quotes };
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
    const blocks = readBlocks(text);
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
    const blocks = readBlocks(text);
    return { blocks, from: 0, to: blocks.length, oldTo: old.length, reread: true };
  }
  const oldTo = last + 1;
  const L = from === 0 ? 0 : old[from].start;
  const R = oldTo === old.length ? text.length : old[last].end + delta;
  const state: ClassifyState = stateAfter(old, from);
  const runs = splitBlocks(text.slice(L, R)).map((r) => ({ start: r.start + L, end: r.end + L }));
  const mid = classifyBlocks(text, runs.flatMap((r) => splitRun(text, r)), state);
  const oldState: ClassifyState = stateAfter(old, oldTo);
  let rest: Block[] = old.slice(oldTo).map((b) => {
    const moved: Block = { start: b.start + delta, end: b.end + delta, kind: b.kind, allCaps: b.allCaps };
    const t = cachedText(b);
    if (t !== undefined) cacheText(moved, t);
    return moved;
  });
  // A headline or first paragraph gained or lost here changes how every later block reads.
  const reread = state.seenBody !== oldState.seenBody || state.seenHeadline !== oldState.seenHeadline || state.afterByline !== oldState.afterByline;
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
