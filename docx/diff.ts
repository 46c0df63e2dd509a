/**
 * What changed between two texts, as the writer needs it: paragraphs matched first (a paragraph
 * the writer did not touch keeps all of its XML), then, inside a changed paragraph, word by word,
 * so that two fixes at either end of a paragraph stay two small edits and the formatting between
 * them is untouched.
 */

export interface Hunk {
  /** [aStart, aEnd) of the old sequence became [bStart, bEnd) of the new one. */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Past this many cells the middle is one hunk (an edit that rewrote everything needs no finer diff). */
const MAX_CELLS = 4_000_000;

/** The changed stretches between `a` and `b` (longest common subsequence, common ends trimmed first). */
export function diffSequences<T>(a: readonly T[], b: readonly T[]): Hunk[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let post = 0;
  while (post < a.length - pre && post < b.length - pre && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  const n = a.length - pre - post;
  const m = b.length - pre - post;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0 || n * m > MAX_CELLS) return [{ aStart: pre, aEnd: pre + n, bStart: pre, bEnd: pre + m }];
  // lengths[i][j]: the LCS of a[pre+i..] and b[pre+j..], in one flat array.
  const w = m + 1;
  const len = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * w + j] = a[pre + i] === b[pre + j] ? len[(i + 1) * w + j + 1] + 1 : Math.max(len[(i + 1) * w + j], len[i * w + j + 1]);
    }
  }
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | undefined;
  const close = (): void => {
    if (open) hunks.push(open);
    open = undefined;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[pre + i] === b[pre + j]) {
      close();
      i++;
      j++;
      continue;
    }
    open ??= { aStart: pre + i, aEnd: pre + i, bStart: pre + j, bEnd: pre + j };
    if (j < m && (i === n || len[i * w + j + 1] >= len[(i + 1) * w + j])) open.bEnd = pre + ++j;
    else open.aEnd = pre + ++i;
  }
  close();
  return hunks;
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

const TOKEN = /\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** The edits that turn `a` into `b`, word by word (offsets in `a`). */
export function diffWords(a: string, b: string): TextEdit[] {
  if (a === b) return [];
  const ta = a.match(TOKEN) ?? [];
  const tb = b.match(TOKEN) ?? [];
  const offsets = (tokens: string[]): number[] => {
    const out = [0];
    for (const t of tokens) out.push(out[out.length - 1] + t.length);
    return out;
  };
  const oa = offsets(ta);
  const ob = offsets(tb);
  // Changes with only spaces between them are one edit (a fix of `1400 hours` to `2 p.m.` is one
  // replacement, written in the first run's formatting), not one per word.
  const merged: Hunk[] = [];
  for (const h of diffSequences(ta, tb)) {
    const last = merged[merged.length - 1];
    const between = (t: string[], from: number, to: number): boolean => t.slice(from, to).every((x) => /^\s+$/.test(x));
    if (last && between(ta, last.aEnd, h.aStart) && between(tb, last.bEnd, h.bStart)) {
      last.aEnd = h.aEnd;
      last.bEnd = h.bEnd;
    } else merged.push({ ...h });
  }
  return merged.map((h) => ({ start: oa[h.aStart], end: oa[h.aEnd], newText: b.slice(ob[h.bStart], ob[h.bEnd]) }));
}
