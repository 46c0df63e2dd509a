/**
 * `--fix-dry-run`'s unified diff, computed by the `diff` package (jsdiff) and printed as GNU
 * `diff -u` prints it. Lines end at LF only, as in `diff`, `patch` and git: a CRLF line carries its
 * CR as its last character, and a lone CR is part of the line it sits in (a file whose lines all
 * end in a lone CR is one line, with `\ No newline at end of file`).
 */
import type * as Diff from 'diff';

/** Loaded on the first diff: only `--fix-dry-run` prints one, and jsdiff costs every other run to load. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsdiff = (): typeof Diff => require('diff') as typeof Diff;

function range(start: number, count: number): string {
  // GNU diff: an empty range names the line before it; a one-line range omits its count.
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}

/** Unified diff with `context` lines around each change; empty when the texts are equal. */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, context = 3): string {
  if (oldText === newText) return '';
  const { FILE_HEADERS_ONLY, formatPatch, structuredPatch } = jsdiff();
  const patch = structuredPatch(oldName, newName, oldText, newText, undefined, undefined, { context });
  // The `---`/`+++` lines, with a name that needs it C-quoted as git and diffutils quote it.
  const out = [formatPatch({ ...patch, hunks: [] }, FILE_HEADERS_ONLY)];
  for (const h of patch.hunks) out.push(`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@\n`, ...h.lines.map((l) => `${l}\n`));
  return out.join('');
}
