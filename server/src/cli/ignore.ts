/**
 * `.gitignore` pattern semantics (also used for `.copydeskignore`): each file's patterns are
 * relative to its own folder, later patterns win, `!` re-includes, a trailing `/` matches folders
 * only, and a pattern with a `/` before its end is anchored to the file's folder.
 */
import { globToRegExpSource } from './glob';

export interface IgnoreRule {
  /** Folder the pattern file lives in, absolute, '/'-separated, no trailing slash. */
  base: string;
  negate: boolean;
  dirOnly: boolean;
  re: RegExp;
}

export function parseIgnoreFile(text: string, base: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (let line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith('#')) continue;
    // Trailing spaces are dropped unless escaped with a backslash.
    line = line.replace(/(?<!\\)\s+$/, '').replace(/\\(\s)$/, '$1');
    if (line === '') continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
    let dirOnly = false;
    if (line.endsWith('/') && !line.endsWith('\\/')) {
      dirOnly = true;
      line = line.replace(/\/+$/, '');
    }
    if (line === '') continue;
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    const body = globToRegExpSource(line);
    // Unanchored patterns match a name at any depth; `**` handling comes from the glob translation.
    const source = anchored ? `^${body}$` : `^(?:.*/)?${body}$`;
    rules.push({ base, negate, dirOnly, re: new RegExp(source) });
  }
  return rules;
}

/**
 * Whether `abs` ('/'-separated) is ignored by the rules in effect, outermost pattern file first.
 * Parent folders are not consulted here: the walker never descends into an ignored folder, as git.
 */
export function isIgnored(rules: readonly IgnoreRule[], abs: string, isDir: boolean): boolean {
  let ignored = false;
  for (const r of rules) {
    if (r.dirOnly && !isDir) continue;
    if (!abs.startsWith(`${r.base}/`)) continue;
    const rel = abs.slice(r.base.length + 1);
    if (r.re.test(rel)) ignored = !r.negate;
  }
  return ignored;
}
