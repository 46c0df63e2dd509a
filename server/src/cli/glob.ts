/** Glob patterns (`*`, `?`, `[...]`, `**`, and `{a,b}` on the command line) as regular expressions on '/'-separated paths. */

const SPECIAL = /[\\^$.+()|{}[\]*?]/;

export function isGlob(p: string): boolean {
  return /[*?[{]/.test(p);
}

export function globToRegExpSource(pattern: string, braces = false): string {
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      out += escape(pattern[++i]);
    } else if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        let j = i + 2;
        while (pattern[j] === '*') j++;
        if (atStart && pattern[j] === '/') {
          out += '(?:.*/)?';
          i = j;
        } else if (atStart && j === pattern.length) {
          out += '.*';
          i = j - 1;
        } else {
          out += '[^/]*';
          i = j - 1;
        }
      } else out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      body = body.replace(/[\\\]^]/g, (m) => `\\${m}`);
      out += negated ? `(?!/)[^${body}]` : `[${body}]`;
      i = close;
    } else if (braces && c === '{') {
      braceDepth++;
      out += '(?:';
    } else if (braces && c === ',' && braceDepth > 0) {
      out += '|';
    } else if (braces && c === '}' && braceDepth > 0) {
      braceDepth--;
      out += ')';
    } else out += escape(c);
  }
  return out + ')'.repeat(braceDepth);
}

function escape(c: string): string {
  return SPECIAL.test(c) ? `\\${c}` : c;
}

/** The folder part of a glob before its first wildcard segment, and the rest. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split('/');
  const i = parts.findIndex((s) => isGlob(s));
  if (i < 0) return { base: pattern, rest: '' };
  const base = parts.slice(0, i).join('/');
  return { base: base === '' && pattern.startsWith('/') ? '/' : base || '.', rest: parts.slice(i).join('/') };
}
