/**
 * Control characters in a file name (a newline, a tab, an escape that would recolour the terminal),
 * and the line and paragraph separators, shown as escapes (`\n`, `\r`, `\t`, `\xNN`, `\uNNNN`) so
 * that each finding and each message stays on one line and the terminal prints what is there.
 */
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeControl(s: string): string {
  return s.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => {
    const code = c.charCodeAt(0);
    return SHORT[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
