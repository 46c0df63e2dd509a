/**
 * User-supplied regular expressions (`"pattern"` substitutions), matched in time linear in the
 * text whatever the pattern: RE2 syntax parsed here, compiled to a Thompson NFA and run as a Pike
 * VM (every thread advances one character at a time, so nothing backtracks), with RE2's find
 * semantics: leftmost-first, alternatives and repetitions preferred as Perl would. JavaScript's
 * own RegExp is never run on a user pattern (it tests single code points against \p classes,
 * which cannot backtrack). RE2 syntax: no lookaround and no backreferences.
 */

/** Longest pattern accepted, and largest compiled program: a typo, not a style rule, goes past these. */
const MAX_PATTERN_LENGTH = 1000;
const MAX_PROGRAM_SIZE = 20_000;
const MAX_REPEAT = 1000;

export type CompiledPattern = { ok: true; re: Pattern } | { ok: false; error: string };

const cache = new Map<string, CompiledPattern>();

export function compilePattern(source: string): CompiledPattern {
  const hit = cache.get(source);
  if (hit) return hit;
  let result: CompiledPattern;
  if (source.length === 0) result = { ok: false, error: 'is empty' };
  else if (source.length > MAX_PATTERN_LENGTH) result = { ok: false, error: `is longer than ${MAX_PATTERN_LENGTH} characters` };
  else {
    try {
      result = { ok: true, re: Pattern.compile(source) };
    } catch (err) {
      if (!(err instanceof PatternError)) throw err;
      result = { ok: false, error: err.tooBig ? 'is too complex (repeat counts multiply)' : `is not a valid regular expression: ${err.message}` };
    }
  }
  if (cache.size > 500) cache.clear();
  cache.set(source, result);
  return result;
}

/** Non-empty matches of a compiled pattern in text, as UTF-16 offsets, in order. */
export function* patternMatches(re: Pattern, text: string): Generator<{ start: number; end: number }> {
  for (const m of re.findAll(text)) if (m.end > m.start) yield m;
}

/** A pattern that does not compile: RE2's message (`missing closing ): \`(a\``), or a program too big. */
export class PatternError extends Error {
  constructor(
    message: string,
    readonly tooBig = false,
  ) {
    super(message);
  }
}

// ---- Syntax tree -------------------------------------------------------------------------------

/** A set of code points. */
type CharSet = (c: number) => boolean;
/** Empty-width assertions: ^ and $ without and with (?m), \\b and \\B. */
const Assert = { BeginText: 0, EndText: 1, BeginLine: 2, EndLine: 3, WordBoundary: 4, NoWordBoundary: 5 } as const;
type Assert = (typeof Assert)[keyof typeof Assert];
type Node =
  | { k: 'char'; set: CharSet }
  | { k: 'empty' }
  | { k: 'assert'; a: Assert }
  | { k: 'cat' | 'alt'; subs: Node[] }
  /** max -1: no limit; brace: written as {n,m} (the nesting limit counts only these). */
  | { k: 'rep'; sub: Node; min: number; max: number; greedy: boolean; brace: boolean };

const FOLD = 1;
const MULTILINE = 2;
const DOT_NL = 4;
const UNGREEDY = 8;

// ---- Case folding (RE2's simple case folding orbits) -------------------------------------------

/** Simple case foldings that lowercasing does not give (CaseFolding.txt's C and S lines). */
const EXTRA_FOLDS: Record<number, number> = {
  0xb5: 0x3bc, 0x17f: 0x73, 0x345: 0x3b9, 0x3c2: 0x3c3, 0x3d0: 0x3b2, 0x3d1: 0x3b8, 0x3d5: 0x3c6, 0x3d6: 0x3c0, 0x3f0: 0x3ba, 0x3f1: 0x3c1, 0x3f5: 0x3b5,
  0x1c80: 0x432, 0x1c81: 0x434, 0x1c82: 0x43e, 0x1c83: 0x441, 0x1c84: 0x442, 0x1c85: 0x442, 0x1c86: 0x44a, 0x1c87: 0x463, 0x1c88: 0xa64b,
  0x1e9b: 0x1e61, 0x1fbe: 0x3b9, 0x1fd3: 0x390, 0x1fe3: 0x3b0, 0xfb05: 0xfb06,
};

/** One code point of each case folding orbit stands for all of it: k, K and U+212A KELVIN SIGN all give k. */
function foldKey(c: number): number {
  const extra = EXTRA_FOLDS[c];
  if (extra !== undefined) return extra;
  if (c < 0x41 || (c >= 0xd800 && c <= 0xdfff)) return c;
  if (c < 0x80) return c <= 0x5a ? c + 32 : c;
  const lower = String.fromCodePoint(c).toLowerCase();
  const l = lower.codePointAt(0)!;
  return lower.length === (l > 0xffff ? 2 : 1) ? l : c;
}

let orbits: Map<number, number[]> | undefined;
/** The other code points of c's orbit (made once, from every code point that has a case). */
function othersOf(c: number): number[] {
  if (!orbits) {
    orbits = new Map();
    for (let x = 0x41; x < 0x20000; x++) {
      const k = foldKey(x);
      if (k === x) continue;
      let orbit = orbits.get(k);
      if (!orbit) orbits.set(k, (orbit = [k]));
      orbit.push(x);
    }
  }
  return (orbits.get(foldKey(c)) ?? []).filter((x) => x !== c);
}

/** A set made case-insensitive: a code point is in it when any code point of its orbit is. */
function folded(set: CharSet): CharSet {
  return (c) => set(c) || othersOf(c).some(set);
}

// ---- Character classes -------------------------------------------------------------------------

const range = (lo: number, hi: number): CharSet => (c) => c >= lo && c <= hi;
const ranges = (...r: number[]): CharSet => (c) => {
  for (let i = 0; i < r.length; i += 2) if (c >= r[i] && c <= r[i + 1]) return true;
  return false;
};
const not = (set: CharSet): CharSet => (c) => !set(c);
const any: CharSet = () => true;
const isWordUnit = (u: number): boolean => (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) || u === 0x5f;

const PERL: Record<string, CharSet> = { d: range(0x30, 0x39), s: ranges(9, 10, 12, 13, 32, 32), w: isWordUnit };
const POSIX: Record<string, CharSet> = {
  alnum: ranges(0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a),
  alpha: ranges(0x41, 0x5a, 0x61, 0x7a),
  ascii: range(0, 0x7f),
  blank: ranges(9, 9, 32, 32),
  cntrl: ranges(0, 0x1f, 0x7f, 0x7f),
  digit: range(0x30, 0x39),
  graph: range(0x21, 0x7e),
  lower: range(0x61, 0x7a),
  print: range(0x20, 0x7e),
  punct: ranges(0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e),
  space: ranges(9, 13, 32, 32),
  upper: range(0x41, 0x5a),
  word: isWordUnit,
  xdigit: ranges(0x30, 0x39, 0x41, 0x46, 0x61, 0x66),
};

/**
 * A Unicode class by RE2's name: Any, a general category (L, Lu, ...) or a script (Greek, Latin,
 * ...), tested one code point at a time with JavaScript's own tables (a one-character RegExp).
 */
function unicodeClass(name: string): CharSet | undefined {
  if (name === 'Any') return any;
  if (!/^[A-Za-z_]+$/.test(name)) return undefined;
  // RE2's C (other) is the assigned controls, formats, private use and surrogates (not Cn, unassigned).
  const property = name === 'C' ? '[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]' : /^[A-Z][a-z]?$|^LC$/.test(name) ? `\\p{gc=${name}}` : `\\p{sc=${name}}`;
  let re: RegExp;
  try {
    re = new RegExp(`^${property}$`, 'u');
  } catch {
    return undefined;
  }
  return (c) => re.test(String.fromCodePoint(c));
}

/** A set that remembers its answers: ASCII in a table, the rest as asked. */
function cached(set: CharSet): CharSet {
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = set(c) ? 1 : 0;
  const seen = new Map<number, boolean>();
  return (c) => {
    if (c < 128) return ascii[c] === 1;
    let hit = seen.get(c);
    if (hit === undefined) {
      hit = set(c);
      if (seen.size > 4096) seen.clear();
      seen.set(c, hit);
    }
    return hit;
  };
}

// ---- Parser (Go's regexp/syntax, Perl flags: RE2's own syntax and messages) ---------------------

class Parser {
  #pos = 0;
  #flags = 0;
  readonly #names = new Set<string>();
  readonly #src: string;

  constructor(src: string) {
    this.#src = src;
  }

  #fail(code: string, expr?: string): never {
    throw new PatternError(expr === undefined ? code : `${code}: \`${expr}\``);
  }

  parse(): Node {
    const node = this.#alternation(0);
    if (this.#pos < this.#src.length) this.#fail('unexpected )', this.#src);
    return node;
  }

  #alternation(depth: number): Node {
    const alts: Node[] = [];
    let seq: Node[] = [];
    const s = this.#src;
    for (;;) {
      if (this.#pos >= s.length || s[this.#pos] === ')') break;
      if (s[this.#pos] === '|') {
        alts.push(cat(seq));
        seq = [];
        this.#pos++;
        continue;
      }
      this.#piece(seq, depth);
    }
    alts.push(cat(seq));
    return alts.length === 1 ? alts[0] : { k: 'alt', subs: alts };
  }

  /** One atom, or a repetition operator applied to the last atom of seq. */
  #piece(seq: Node[], depth: number): void {
    const s = this.#src;
    const c = s[this.#pos];
    if (c === '*' || c === '+' || c === '?' || c === '{') {
      const start = this.#pos;
      let min: number, max: number;
      if (c === '{') {
        const r = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.#pos));
        // A brace that is not a repeat count ({, {x}, {,3}, {01}) is a literal.
        if (!r || (r[1].length > 1 && r[1][0] === '0') || (r[3] && r[3].length > 1 && r[3][0] === '0')) {
          this.#pos++;
          seq.push(literal(0x7b, this.#flags));
          return;
        }
        this.#pos += r[0].length;
        min = r[1].length > 8 ? -1 : Number(r[1]);
        max = r[2] === undefined ? min : r[3] === '' ? -1 : r[3].length > 8 ? MAX_REPEAT + 1 : Number(r[3]);
      } else {
        this.#pos++;
        [min, max] = c === '*' ? [0, -1] : c === '+' ? [1, -1] : [0, 1];
      }
      let greedy = (this.#flags & UNGREEDY) === 0;
      if (s[this.#pos] === '?') {
        this.#pos++;
        greedy = !greedy;
      }
      const op = s.slice(start, this.#pos);
      const last = seq[seq.length - 1] as Node | undefined;
      if (this.#lastRepeat !== undefined && this.#lastRepeatEnd === start) this.#fail('invalid nested repetition operator', s.slice(this.#lastRepeat, this.#pos));
      if (!last) this.#fail('missing argument to repetition operator', op);
      if (c === '{' && (min < 0 || min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && min > max))) this.#fail('invalid repeat count', op);
      const node: Node = { k: 'rep', sub: last, min, max, greedy, brace: c === '{' };
      if (c === '{' && (min >= 2 || max >= 2) && !repeatIsValid(node, MAX_REPEAT)) this.#fail('invalid repeat count', op);
      seq[seq.length - 1] = node;
      this.#lastRepeat = start;
      this.#lastRepeatEnd = this.#pos;
      return;
    }
    const fl = this.#flags;
    switch (c) {
      case '(':
        return this.#group(seq, depth);
      case '[':
        seq.push(this.#charClass());
        return;
      case '.':
        this.#pos++;
        seq.push({ k: 'char', set: fl & DOT_NL ? any : (x) => x !== 10 });
        return;
      case '^':
        this.#pos++;
        seq.push({ k: 'assert', a: fl & MULTILINE ? Assert.BeginLine : Assert.BeginText });
        return;
      case '$':
        this.#pos++;
        seq.push({ k: 'assert', a: fl & MULTILINE ? Assert.EndLine : Assert.EndText });
        return;
      case '\\':
        return this.#escapeAtom(seq);
      default: {
        const cp = s.codePointAt(this.#pos)!;
        this.#pos += cp > 0xffff ? 2 : 1;
        seq.push(literal(cp, fl));
      }
    }
  }

  #lastRepeat: number | undefined;
  #lastRepeatEnd = -1;

  #group(seq: Node[], depth: number): void {
    const s = this.#src;
    const open = this.#pos;
    const saved = this.#flags;
    if (s[open + 1] === '?') {
      const t = s.slice(open);
      if (t.startsWith('(?P<') || t.startsWith('(?<')) {
        const begin = t[2] === 'P' ? 4 : 3;
        const end = t.indexOf('>');
        if (end < 0) this.#fail('invalid named capture', t);
        const name = t.slice(begin, end);
        if (!/^\w+$/.test(name)) this.#fail('invalid named capture', t.slice(0, end + 1));
        if (this.#names.has(name)) this.#fail('duplicate capture group name', name);
        this.#names.add(name);
        this.#pos = open + end + 1;
      } else {
        let flags = this.#flags;
        let negated = false;
        let sawFlag = false;
        let i = open + 2;
        for (;;) {
          const c = s[i++];
          const bit = c === 'i' ? FOLD : c === 'm' ? MULTILINE : c === 's' ? DOT_NL : c === 'U' ? UNGREEDY : 0;
          if (bit) {
            flags = negated ? flags & ~bit : flags | bit;
            sawFlag = true;
          } else if (c === '-' && !negated) {
            negated = true;
            sawFlag = false;
          } else if ((c === ':' || c === ')') && (!negated || sawFlag)) {
            this.#pos = i;
            if (c === ')') {
              // (?i) alone: the flags hold to the end of the enclosing group.
              this.#flags = flags;
              return;
            }
            this.#flags = flags;
            break;
          } else {
            this.#fail('invalid or unsupported Perl syntax', s.slice(open, c === undefined ? i - 1 : i));
          }
        }
      }
    } else this.#pos++;
    const body = this.#alternation(depth + 1);
    if (s[this.#pos] !== ')') this.#fail('missing closing )', s);
    this.#pos++;
    this.#flags = saved;
    // A group is an atom of its own, so that `(?:)*` has an argument.
    seq.push(body.k === 'empty' ? { k: 'cat', subs: [] } : body);
  }

  #escapeAtom(seq: Node[]): void {
    const s = this.#src;
    const next = s[this.#pos + 1];
    const assert = next === 'A' ? Assert.BeginText : next === 'z' ? Assert.EndText : next === 'b' ? Assert.WordBoundary : next === 'B' ? Assert.NoWordBoundary : undefined;
    if (assert !== undefined) {
      this.#pos += 2;
      seq.push({ k: 'assert', a: assert });
      return;
    }
    if (next === 'C') this.#fail('invalid escape sequence', '\\C');
    if (next === 'Q') {
      const end = s.indexOf('\\E', this.#pos + 2);
      const lit = s.slice(this.#pos + 2, end < 0 ? s.length : end);
      this.#pos = end < 0 ? s.length : end + 2;
      for (const ch of lit) seq.push(literal(ch.codePointAt(0)!, this.#flags));
      return;
    }
    const set = this.#classEscape();
    if (set) {
      seq.push({ k: 'char', set: cached(set) });
      return;
    }
    seq.push(literal(this.#escape(), this.#flags));
  }

  /** \d \s \w \D \S \W \pL \p{Greek} \P{..} \p{^..} at pos, folded under (?i), or undefined. */
  #classEscape(): CharSet | undefined {
    const s = this.#src;
    if (s[this.#pos] !== '\\') return undefined;
    const c = s[this.#pos + 1];
    const fold = (set: CharSet): CharSet => (this.#flags & FOLD ? folded(set) : set);
    if (c !== undefined && 'dswDSW'.includes(c)) {
      this.#pos += 2;
      const perl = PERL[c.toLowerCase()];
      return c === c.toUpperCase() ? not(fold(perl)) : fold(perl);
    }
    if (c !== 'p' && c !== 'P') return undefined;
    let negated = c === 'P';
    const start = this.#pos;
    let name: string;
    if (s[this.#pos + 2] === '{') {
      const end = s.indexOf('}', this.#pos + 3);
      if (end < 0) this.#fail('invalid character class range', s.slice(start));
      name = s.slice(this.#pos + 3, end);
      this.#pos = end + 1;
      if (name.startsWith('^')) {
        negated = !negated;
        name = name.slice(1);
      }
    } else {
      const cp = s.codePointAt(this.#pos + 2);
      if (cp === undefined) this.#fail('invalid character class range', s.slice(start));
      name = String.fromCodePoint(cp);
      this.#pos += 2 + name.length;
    }
    const set = unicodeClass(name);
    if (!set) this.#fail('invalid character class range', s.slice(start, this.#pos));
    return negated ? not(fold(set)) : fold(set);
  }

  /** A single-character escape at pos (\n, \x41, \x{1F600}, \101, \.): its code point. */
  #escape(): number {
    const s = this.#src;
    const start = this.#pos;
    if (this.#pos + 1 >= s.length) this.#fail('trailing backslash at end of expression');
    const c = s.codePointAt(this.#pos + 1)!;
    this.#pos += c > 0xffff ? 3 : 2;
    const bad = (): never => this.#fail('invalid escape sequence', s.slice(start, this.#pos));
    const isOctal = (i: number): boolean => s[i] >= '0' && s[i] <= '7';
    if (c < 0x80 && !/[0-9A-Za-z]/.test(String.fromCharCode(c))) return c;
    if (c >= 0x31 && c <= 0x37 && !isOctal(this.#pos)) return bad(); // \1: a backreference
    if (c >= 0x30 && c <= 0x37) {
      let r = c - 0x30;
      for (let i = 1; i < 3 && isOctal(this.#pos); i++) r = r * 8 + s.charCodeAt(this.#pos++) - 0x30;
      return r;
    }
    const hex = (ch: string | undefined): number => (ch !== undefined && /^[0-9A-Fa-f]$/.test(ch) ? parseInt(ch, 16) : -1);
    if (c === 0x78) {
      if (s[this.#pos] === '{') {
        this.#pos++;
        let r = 0;
        let digits = 0;
        for (;;) {
          if (this.#pos >= s.length) return bad();
          const ch = s[this.#pos++];
          if (ch === '}') break;
          const v = hex(ch);
          if (v < 0) return bad();
          r = r * 16 + v;
          if (r > 0x10ffff) return bad();
          digits++;
        }
        return digits === 0 ? bad() : r;
      }
      const x = hex(s[this.#pos]);
      const y = hex(s[this.#pos + 1]);
      this.#pos += Math.min(2, s.length - this.#pos);
      return x < 0 || y < 0 ? bad() : x * 16 + y;
    }
    const simple: Record<number, number> = { 0x61: 7, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11 };
    return simple[c] ?? bad();
  }

  /** [...] at pos. */
  #charClass(): Node {
    const s = this.#src;
    const whole = s.slice(this.#pos);
    this.#pos++;
    let negated = false;
    if (s[this.#pos] === '^') {
      negated = true;
      this.#pos++;
    }
    const fold = (this.#flags & FOLD) !== 0;
    const items: CharSet[] = [];
    const spans: number[] = [];
    let first = true;
    while (this.#pos >= s.length || s[this.#pos] !== ']' || first) {
      first = false;
      if (s.startsWith('[:', this.#pos)) {
        const end = s.indexOf(':]', this.#pos + 2);
        if (end >= 0) {
          const name = s.slice(this.#pos, end + 2);
          const inner = name.slice(2, -2);
          const key = inner.replace(/^\^/, '');
          if (!Object.prototype.hasOwnProperty.call(POSIX, key)) this.#fail('invalid character class range', name);
          const posix = POSIX[key];
          const set = fold ? folded(posix) : posix;
          items.push(inner.startsWith('^') ? not(set) : set);
          this.#pos = end + 2;
          continue;
        }
      }
      const group = this.#classEscape();
      if (group) {
        items.push(group);
        continue;
      }
      const rangeStart = this.#pos;
      const lo = this.#classChar(whole);
      let hi = lo;
      if (s[this.#pos] === '-' && this.#pos + 1 < s.length && s[this.#pos + 1] !== ']') {
        this.#pos++;
        hi = this.#classChar(whole);
        if (hi < lo) this.#fail('invalid character class range', s.slice(rangeStart, this.#pos));
      }
      spans.push(lo, hi);
    }
    this.#pos++;
    if (spans.length) items.push(fold ? folded(ranges(...spans)) : ranges(...spans));
    const union: CharSet = items.length === 1 ? items[0] : (c) => items.some((set) => set(c));
    return { k: 'char', set: cached(negated ? not(union) : union) };
  }

  #classChar(whole: string): number {
    const s = this.#src;
    if (this.#pos >= s.length) this.#fail('missing closing ]', whole);
    if (s[this.#pos] === '\\') return this.#escape();
    const cp = s.codePointAt(this.#pos)!;
    this.#pos += cp > 0xffff ? 2 : 1;
    return cp;
  }
}

function cat(seq: Node[]): Node {
  return seq.length === 1 ? seq[0] : seq.length === 0 ? { k: 'empty' } : { k: 'cat', subs: seq };
}

function literal(c: number, flags: number): Node {
  if (flags & FOLD && othersOf(c).length) {
    const key = foldKey(c);
    return { k: 'char', set: cached((x) => x === c || foldKey(x) === key) };
  }
  return { k: 'char', set: (x) => x === c };
}

/** RE2's limit on nested counted repetitions: (a{100}){100} is refused, their product over 1000. */
function repeatIsValid(node: Node, n: number): boolean {
  if (node.k === 'rep' && node.brace) {
    let m = node.max;
    if (m === 0) return true;
    if (m < 0) m = node.min;
    if (m > n) return false;
    if (m > 0) n = Math.floor(n / m);
  }
  const subs = node.k === 'rep' ? [node.sub] : node.k === 'cat' || node.k === 'alt' ? node.subs : [];
  return subs.every((sub) => repeatIsValid(sub, n));
}

function nullable(node: Node): boolean {
  switch (node.k) {
    case 'char':
      return false;
    case 'cat':
      return node.subs.every(nullable);
    case 'alt':
      return node.subs.some(nullable);
    case 'rep':
      return node.min === 0 || nullable(node.sub);
    default:
      return true;
  }
}

// ---- Compiler: Thompson NFA ----------------------------------------------------------------------

const CHAR = 0;
const SPLIT = 1; // to x first, then y
const JMP = 2;
const ASSERT = 3;
const MATCH = 4;

class Compiler {
  readonly op: number[] = [];
  readonly x: number[] = [];
  readonly y: number[] = [];
  readonly sets: (CharSet | undefined)[] = [];

  emit(op: number, x = 0, y = 0, set?: CharSet): number {
    if (this.op.length >= MAX_PROGRAM_SIZE) throw new PatternError('program too big', true);
    this.op.push(op);
    this.x.push(x);
    this.y.push(y);
    this.sets.push(set);
    return this.op.length - 1;
  }

  get pc(): number {
    return this.op.length;
  }

  /** A split to the next instruction and to a later one, in the order greed prefers; returns its index. */
  #split(greedy: boolean): number {
    return this.emit(SPLIT, greedy ? this.pc + 1 : -1, greedy ? -1 : this.pc + 1);
  }

  #patch(split: number, to: number): void {
    if (this.x[split] === -1) this.x[split] = to;
    else this.y[split] = to;
  }

  node(n: Node): void {
    switch (n.k) {
      case 'char':
        this.emit(CHAR, 0, 0, n.set);
        return;
      case 'empty':
        return;
      case 'assert':
        this.emit(ASSERT, n.a);
        return;
      case 'cat':
        for (const sub of n.subs) this.node(sub);
        return;
      case 'alt': {
        const jumps: number[] = [];
        n.subs.forEach((sub, i) => {
          if (i === n.subs.length - 1) return this.node(sub);
          const split = this.#split(true);
          this.node(sub);
          jumps.push(this.emit(JMP));
          this.#patch(split, this.pc);
        });
        for (const j of jumps) this.x[j] = this.pc;
        return;
      }
      case 'rep':
        return this.#repeat(n.sub, n.min, n.max, n.greedy);
    }
  }

  // As RE2 simplifies counted repetitions: x{2,5} is xx(x(x(x)?)?)?, x{3,} is xxx+.
  #repeat(sub: Node, min: number, max: number, greedy: boolean): void {
    if (max === -1) {
      if (min === 0) return nullable(sub) ? this.#quest(() => this.#plus(sub, greedy), greedy) : this.#star(sub, greedy);
      for (let i = 0; i < min - 1; i++) this.node(sub);
      return this.#plus(sub, greedy);
    }
    for (let i = 0; i < min; i++) this.node(sub);
    const optional = (left: number): void => {
      if (left === 0) return;
      this.#quest(() => {
        this.node(sub);
        optional(left - 1);
      }, greedy);
    };
    optional(max - min);
  }

  #quest(body: () => void, greedy: boolean): void {
    const split = this.#split(greedy);
    body();
    this.#patch(split, this.pc);
  }

  #plus(sub: Node, greedy: boolean): void {
    const start = this.pc;
    this.node(sub);
    this.emit(SPLIT, greedy ? start : this.pc + 1, greedy ? this.pc + 1 : start);
  }

  #star(sub: Node, greedy: boolean): void {
    const split = this.#split(greedy);
    this.node(sub);
    this.emit(JMP, split);
    this.#patch(split, this.pc);
  }
}

// ---- Pike VM -------------------------------------------------------------------------------------

/** A compiled pattern: RE2's matches of it, found in one pass over the text each. */
export class Pattern {
  readonly #op: Uint8Array;
  readonly #x: Int32Array;
  readonly #y: Int32Array;
  readonly #sets: (CharSet | undefined)[];
  /** How many instructions the program has (RE2's program size, near enough). */
  readonly size: number;

  private constructor(c: Compiler) {
    this.#op = Uint8Array.from(c.op);
    this.#x = Int32Array.from(c.x);
    this.#y = Int32Array.from(c.y);
    this.#sets = c.sets;
    this.size = c.op.length;
  }

  static compile(source: string): Pattern {
    const tree = new Parser(source).parse();
    const c = new Compiler();
    c.node(tree);
    c.emit(MATCH);
    return new Pattern(c);
  }

  /** Every match, as RE2's find does them one after another: after an empty match, the next search starts a character later. */
  *findAll(text: string): Generator<{ start: number; end: number }> {
    let from = 0;
    while (from <= text.length) {
      const m = this.find(text, from);
      if (!m) return;
      yield m;
      if (m.end > m.start) from = m.end;
      else from = m.end + (m.end < text.length && (text.codePointAt(m.end) ?? 0) > 0xffff ? 2 : 1);
    }
  }

  /** The leftmost-first match starting at or after `from`. */
  find(text: string, from: number): { start: number; end: number } | undefined {
    const n = this.size;
    const op = this.#op;
    const x = this.#x;
    const y = this.#y;
    const sets = this.#sets;
    let cpc = new Int32Array(n);
    let cstart = new Int32Array(n);
    let npc = new Int32Array(n);
    let nstart = new Int32Array(n);
    let ccount = 0;
    let ncount = 0;
    const mark = new Int32Array(n);
    let gen = 1;
    const stack = new Int32Array(n + 1);
    const len = text.length;
    const holds = (a: Assert, pos: number): boolean => {
      switch (a) {
        case Assert.BeginText:
          return pos === 0;
        case Assert.EndText:
          return pos === len;
        case Assert.BeginLine:
          return pos === 0 || text.charCodeAt(pos - 1) === 10;
        case Assert.EndLine:
          return pos === len || text.charCodeAt(pos) === 10;
        default: {
          const boundary = (pos > 0 && isWordUnit(text.charCodeAt(pos - 1))) !== (pos < len && isWordUnit(text.charCodeAt(pos)));
          return a === Assert.WordBoundary ? boundary : !boundary;
        }
      }
    };
    // Adds the thread at pc and everything it reaches without reading a character, in priority order.
    const add = (toPc: Int32Array, toStart: Int32Array, count: number, pc0: number, start: number, pos: number): number => {
      let sp = 0;
      stack[sp++] = pc0;
      while (sp > 0) {
        const pc = stack[--sp];
        if (mark[pc] === gen) continue;
        mark[pc] = gen;
        switch (op[pc]) {
          case JMP:
            stack[sp++] = x[pc];
            break;
          case SPLIT:
            stack[sp++] = y[pc];
            stack[sp++] = x[pc];
            break;
          case ASSERT:
            if (holds(x[pc] as Assert, pos)) stack[sp++] = pc + 1;
            break;
          default:
            toPc[count] = pc;
            toStart[count++] = start;
        }
      }
      return count;
    };
    let match: { start: number; end: number } | undefined;
    for (let pos = from; ; ) {
      if (!match) ccount = add(cpc, cstart, ccount, 0, pos, pos);
      if (ccount === 0 && (match || pos >= len)) break;
      const c = pos < len ? text.codePointAt(pos)! : -1;
      const w = c > 0xffff ? 2 : 1;
      gen++;
      ncount = 0;
      for (let i = 0; i < ccount; i++) {
        const pc = cpc[i];
        if (op[pc] === MATCH) {
          match = { start: cstart[i], end: pos };
          break; // the threads after this one have lower priority
        }
        if (c >= 0 && sets[pc]!(c)) ncount = add(npc, nstart, ncount, pc + 1, cstart[i], pos + w);
      }
      [cpc, npc] = [npc, cpc];
      [cstart, nstart] = [nstart, cstart];
      ccount = ncount;
      if (pos >= len) break;
      pos += w;
    }
    return match;
  }
}
