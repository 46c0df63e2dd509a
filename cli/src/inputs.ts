/**
 * Turns the command line's paths, folders and globs into the list of drafts to check.
 * Folders and globs honour `.gitignore` and `.copydeskignore` (nested ones too, and those of
 * enclosing folders up to the repository root); files named explicitly are always checked.
 */
import * as fs from 'fs';
import * as path from 'path';
import type Picomatch from 'picomatch';
import { IgnoreRule, isIgnored, parseIgnoreFile } from './ignore';

export const IGNORE_FILES = ['.gitignore', '.copydeskignore'];
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

export interface Input {
  /** As shown in reports: the path as given, or the folder or glob base joined with the file's relative path. */
  display: string;
  /** Absolute path; '-' for standard input. */
  abs: string;
}

export interface Expanded {
  inputs: Input[];
  /** One line each: a named path that does not exist, or a folder that cannot be read. */
  errors: string[];
  /** Folders or globs that matched no draft. */
  empty: string[];
}

const posix = (p: string): string => p.split(path.sep).join('/');

/** A path that does not exist and has one of these is a glob: `*`, `?`, `[abc]`, `**`, `{a,b}`. */
function isGlob(p: string): boolean {
  return /[*?[{]/.test(p);
}

/** The folder part of a glob before its first wildcard segment (searched from there), and the rest. */
function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split('/');
  const i = parts.findIndex((s) => isGlob(s));
  const base = parts.slice(0, i).join('/');
  return { base: base === '' && pattern.startsWith('/') ? '/' : base || '.', rest: parts.slice(i).join('/') };
}

function readIgnoreRules(dir: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  const base = posix(dir).replace(/\/$/, '');
  for (const name of IGNORE_FILES) {
    try {
      rules.push(...parseIgnoreFile(fs.readFileSync(path.join(dir, name), 'utf8'), base));
    } catch {
      // No such file here.
    }
  }
  return rules;
}

/** Ignore rules from the folders above `dir`, outermost first, up to the enclosing git repository's root (or `dir` itself outside a repository). */
function inheritedRules(dir: string): IgnoreRule[] | 'ignored' {
  const chain: string[] = [];
  let root: string | undefined;
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    chain.unshift(d);
    if (fs.existsSync(path.join(d, '.git'))) {
      root = d;
      break;
    }
    if (path.dirname(d) === d) break;
  }
  const dirs = root ? chain : [path.resolve(dir)];
  // The folder itself is read by the walk; only its ancestors are inherited here. As in git, a
  // folder inside an ignored folder is ignored whatever its own patterns say.
  const rules: IgnoreRule[] = [];
  for (let i = 0; i < dirs.length - 1; i++) {
    rules.push(...readIgnoreRules(dirs[i]));
    if (isIgnored(rules, posix(dirs[i + 1]), true) || ALWAYS_SKIPPED.has(path.basename(dirs[i + 1]))) return 'ignored';
  }
  return rules;
}

function walk(dir: string, rules: IgnoreRule[] | 'ignored', visit: (abs: string) => void, errors: string[], shown: string): void {
  if (rules === 'ignored') return;
  const here = [...rules, ...readIgnoreRules(dir)];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    errors.push(`cannot read folder ${shown}: ${(err as Error).message}`);
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const abs = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(abs);
        // Linked folders are not followed (no cycles); linked files are checked.
        isFile = st.isFile();
        isDir = false;
      } catch {
        continue;
      }
    }
    if (isDir && ALWAYS_SKIPPED.has(e.name)) continue;
    if (isIgnored(here, posix(abs), isDir)) continue;
    if (isDir) walk(abs, here, visit, errors, path.join(shown, e.name));
    else if (isFile) visit(abs);
  }
}

export function expandInputs(paths: string[], extensions: string[], cwd = process.cwd()): Expanded {
  const out: Expanded = { inputs: [], errors: [], empty: [] };
  const seen = new Set<string>();
  const add = (display: string, abs: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.inputs.push({ display, abs });
  };
  const extRe = new RegExp(`\\.(?:${extensions.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`, 'i');
  for (const p of paths) {
    if (p === '-') {
      add('-', '-');
      continue;
    }
    const abs = path.resolve(cwd, p);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const before = out.inputs.length;
      walk(abs, inheritedRules(abs), (f) => extRe.test(f) && add(path.join(p, path.relative(abs, f)), f), out.errors, p);
      if (out.inputs.length === before) out.empty.push(p);
    } else if (stat) {
      add(p, abs);
    } else if (isGlob(p)) {
      const pattern = posix(p);
      const { base, rest } = splitGlob(pattern);
      const baseAbs = path.resolve(cwd, base);
      // Only the documented wildcards (no extglobs, no leading `!`); `*` matches a name starting with a dot too.
      // picomatch reads `[!a]` as the characters ! and a; the shell and git read it as "not a", like `[^a]`.
      // Loaded for the first glob only: a check of named files and folders does not load it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const picomatch = require('picomatch') as typeof Picomatch;
      const matches = picomatch(rest.replace(/(?<!\\)\[!/g, '[^'), { dot: true, windows: false, noextglob: true, nonegate: true });
      const before = out.inputs.length;
      if (fs.existsSync(baseAbs) && fs.statSync(baseAbs).isDirectory()) {
        walk(baseAbs, inheritedRules(baseAbs), (f) => {
          const rel = posix(path.relative(baseAbs, f));
          if (matches(rel)) add(base === '.' && !pattern.startsWith('./') ? rel : `${base.replace(/\/$/, '')}/${rel}`, f);
        }, out.errors, base);
      }
      if (out.inputs.length === before) out.empty.push(p);
    } else {
      out.errors.push(`cannot read ${p}: no such file`);
    }
  }
  return out;
}
