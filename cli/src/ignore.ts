/**
 * `.gitignore` semantics (also for `.copydeskignore`), by the `ignore` package (the one ESLint and
 * Prettier use): each file's patterns are relative to its own folder, later patterns win, `!`
 * re-includes, a trailing `/` matches folders only, a pattern with a `/` before its end is anchored
 * to the file's folder. Across files, as in git, a deeper file's matching pattern wins.
 */
import type { Ignore } from 'ignore';
import type IgnoreFactory from 'ignore';

/** Loaded with the first pattern file, so a check of named files alone does not load it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ignore = (options: IgnoreFactory.Options): Ignore => (require('ignore') as typeof IgnoreFactory)(options);

export interface IgnoreRule {
  /** Folder the pattern file lives in, absolute, '/'-separated, no trailing slash. */
  base: string;
  patterns: Ignore;
}

export function parseIgnoreFile(text: string, base: string): IgnoreRule[] {
  // Case-sensitive, as git is by default on Linux (`ignore` folds case unless told not to).
  return [{ base, patterns: ignore({ ignorecase: false }).add(text) }];
}

/**
 * Whether `abs` ('/'-separated) is ignored by the pattern files in effect, outermost first: the last
 * file with a pattern that matches (or re-includes) it decides.
 */
export function isIgnored(rules: readonly IgnoreRule[], abs: string, isDir: boolean): boolean {
  let ignored = false;
  for (const r of rules) {
    if (!abs.startsWith(`${r.base}/`)) continue;
    const rel = abs.slice(r.base.length + 1);
    const t = r.patterns.test(isDir ? `${rel}/` : rel);
    if (t.ignored) ignored = true;
    else if (t.unignored) ignored = false;
  }
  return ignored;
}
