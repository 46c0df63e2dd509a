/** Zero-based line and UTF-16 character positions in a text, for reports built from plain data. */
import { Position } from '../checkFile';

/** Positions counted from line starts (ascending offsets, the first 0): the line holding an offset, by binary search. */
export function positionsFrom(starts: readonly number[]): (offset: number) => Position {
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  };
}

export function positionsIn(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return positionsFrom(starts);
}
