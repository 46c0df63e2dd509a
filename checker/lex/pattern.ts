/**
 * User-supplied regular expressions (`"pattern"` substitutions) compiled with RE2JS, a linear-time
 * engine: no pattern and no text can make matching backtrack. JavaScript's own RegExp is never
 * used on user patterns. RE2 syntax: no lookaround and no backreferences.
 */
import { RE2JS } from 're2js';

/** Longest pattern accepted, and largest compiled program: a typo, not a style rule, goes past these. */
const MAX_PATTERN_LENGTH = 1000;
const MAX_PROGRAM_SIZE = 20_000;

export type CompiledPattern = { ok: true; re: RE2JS } | { ok: false; error: string };

const cache = new Map<string, CompiledPattern>();

export function compilePattern(source: string): CompiledPattern {
  const hit = cache.get(source);
  if (hit) return hit;
  let result: CompiledPattern;
  if (source.length === 0) result = { ok: false, error: 'is empty' };
  else if (source.length > MAX_PATTERN_LENGTH) result = { ok: false, error: `is longer than ${MAX_PATTERN_LENGTH} characters` };
  else {
    try {
      const re = RE2JS.compile(source);
      result = re.programSize() > MAX_PROGRAM_SIZE ? { ok: false, error: 'is too complex (repeat counts multiply)' } : { ok: true, re };
    } catch (err) {
      result = { ok: false, error: `is not a valid regular expression: ${(err as Error).message.replace(/^error parsing regexp: /, '')}` };
    }
  }
  if (cache.size > 500) cache.clear();
  cache.set(source, result);
  return result;
}

/** Non-empty matches of a compiled pattern in text, as UTF-16 offsets, in order. */
export function* patternMatches(re: RE2JS, text: string): Generator<{ start: number; end: number }> {
  const m = re.matcher(text);
  while (m.find()) {
    const start = m.start();
    const end = m.end();
    if (end > start) yield { start, end };
  }
}
