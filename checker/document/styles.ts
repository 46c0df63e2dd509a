/**
 * Paragraph styles from a word processor (a `.docx`'s `Title`, `Heading 1`, `Caption`), which tell
 * the release reading what a paragraph is where its text alone cannot: a headline that ends with a
 * period, a caption with no credit line yet. They are spans of the draft's text; an edit moves
 * them as a word processor would move its paragraphs' styles (typing inside a paragraph keeps its
 * style, a paragraph deleted whole loses it). Pure: the CLI, the server and the tests share it.
 */
import type { ParagraphRole, StyledParagraph, TextEdit } from '../types';

const ROLES: ReadonlySet<string> = new Set<ParagraphRole>(['headline', 'caption']);

/**
 * The styles that make sense for a text of `length` characters: known roles, inside the text, in
 * order and not overlapping (a span that overlaps the one before is dropped). Anything read from
 * outside (a client's answer) goes through this first.
 */
export function normalizeStyles(styles: readonly unknown[], length: number): StyledParagraph[] {
  const ok: StyledParagraph[] = [];
  for (const s of styles) {
    if (typeof s !== 'object' || s === null) continue;
    const { start, end, role } = s as Record<string, unknown>;
    if (typeof role !== 'string' || !ROLES.has(role) || !Number.isInteger(start) || !Number.isInteger(end)) continue;
    const a = start as number;
    const b = end as number;
    if (a < 0 || b < a || b > length) continue;
    ok.push({ start: a, end: b, role: role as ParagraphRole });
  }
  ok.sort((x, y) => x.start - y.start || x.end - y.end);
  const out: StyledParagraph[] = [];
  for (const s of ok) if (out.length === 0 || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

/**
 * The styles after replacing [start, end) with `inserted` characters. A paragraph an edit begins
 * in (or at either end of) keeps its start: it grows or shrinks with an edit inside it, and ends
 * with the new text when the edit runs on past its end. A paragraph an edit reaches into from
 * before starts after the new text (the paragraph it merged into keeps its own style); one the
 * edit covers along with text before it is gone. The reading after a save (the document's own
 * styles, read again) is what counts in the end; this keeps the draft read alike while typing.
 */
export function shiftStyles(styles: readonly StyledParagraph[], start: number, end: number, inserted: number): StyledParagraph[] {
  if (styles.length === 0) return [];
  const delta = inserted - (end - start);
  const after = start + inserted;
  const out: StyledParagraph[] = [];
  for (const s of styles) {
    let a: number;
    let b: number;
    if (s.end < start) {
      a = s.start;
      b = s.end;
    } else if (s.start > end) {
      a = s.start + delta;
      b = s.end + delta;
    } else if (s.start <= start) {
      // The edit begins in the paragraph (or at its end): it keeps its start.
      a = s.start;
      b = s.end >= end ? s.end + delta : after;
    } else if (s.end <= end) {
      // Covered by an edit that begins before it: the paragraph is gone.
      continue;
    } else {
      // The edit reaches into the paragraph from before it: what is left of it starts after the new text.
      a = after;
      b = s.end + delta;
    }
    if (b < a) continue;
    const prev = out[out.length - 1];
    if (prev && a < prev.end) continue;
    out.push({ start: a, end: b, role: s.role });
  }
  return out;
}

/** The styles after several edits at once (not overlapping, in any order), as `applyFixes` applies them. */
export function shiftStylesThrough(styles: readonly StyledParagraph[], edits: readonly TextEdit[]): StyledParagraph[] {
  let out = [...styles];
  // From the last edit back, so that each edit's offsets still name the text it was made on.
  for (const e of [...edits].sort((x, y) => y.start - x.start || y.end - x.end)) out = shiftStyles(out, e.start, e.end, e.newText.length);
  return out;
}
