/**
 * Security and control markings, shared by the `marking/…` rules: a public release carries none
 * (STYLE.md section 6). Markings are written in capitals; the lowercase word (`the secret to
 * success`) and mixed-case names (`Secret Service`, `Victoria's Secret`) are prose.
 */

/**
 * A portion marking at the start of a line: `(U)`, `(C)`, `(S)`, `(TS)`, `(CUI)`, `(FOUO)` and the
 * forms with caveats (`(U//FOUO)`, `(S//NF)`, `(S//REL TO USA, FVEY)`). Group 1 is the level.
 */
export const PORTION = /^([ \t]*)\((U|C|S|TS|CUI|FOUO)(?:\/\/[A-Z][A-Z0-9 ,/-]{0,40})?\)(?=[ \t]|$)/gm;

/** Where each line-start portion marking lies in `s`: [start, end) pairs relative to `s`. */
export function portionSpans(s: string): Array<{ start: number; end: number; level: string; bare: boolean }> {
  const out: Array<{ start: number; end: number; level: string; bare: boolean }> = [];
  PORTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PORTION.exec(s)) !== null) {
    const start = m.index + m[1].length;
    const end = m.index + m[0].length;
    out.push({ start, end, level: m[2], bare: end - start === m[2].length + 2 });
  }
  return out;
}

/** A classification banner line: the whole line is a level with optional caveats (`UNCLASSIFIED//FOUO`, `SECRET//NOFORN`, `CUI`). */
export const BANNER = /^[ \t]*((?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|CUI)(?:[ \t]*\/\/[ \t]*[A-Z][A-Z0-9 ,/-]{0,60})?)[ \t]*$/gm;
