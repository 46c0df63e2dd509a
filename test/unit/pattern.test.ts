/**
 * The user-pattern engine (checker/lex/pattern.ts) against RE2JS, a port of RE2 kept as a
 * devDependency for this test only: for hand-written and random patterns and texts, each
 * non-overlapping find (start and end, in UTF-16 offsets) and each refusal must be the same.
 * Then the messages of patterns that do not compile, and time bounds on hostile patterns.
 */
import * as assert from 'assert';
import { performance } from 'perf_hooks';
import { RE2JS } from 're2js';
import { compilePattern, Pattern, PatternError } from '../../checker/lex/pattern';

type Outcome = { matches: Array<[number, number]> } | { error: string };

function reference(pattern: string, text: string): Outcome {
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (err) {
    return { error: (err as Error).message.replace(/^error parsing regexp: /, '') };
  }
  const m = re.matcher(text);
  const matches: Array<[number, number]> = [];
  while (m.find()) matches.push([m.start(), m.end()]);
  return { matches };
}

function ours(pattern: string, text: string): Outcome {
  let re: Pattern;
  try {
    re = Pattern.compile(pattern);
  } catch (err) {
    if (!(err instanceof PatternError)) throw err;
    return { error: err.message };
  }
  return { matches: [...re.findAll(text)].map((m): [number, number] => [m.start, m.end]) };
}

const TEXTS = [
  '',
  'a',
  'aa',
  'abc',
  'aAbB kK\u212A \u017Fs',
  'The quick brown fox\njumps over\n\nthe lazy dog.',
  '😀a😀',
  'x1_y 2,3',
  'JIEDDO j-ieddo Jieddo',
  'σς Σ µΜμ',
  '\tfoo  bar\r\n',
  'aaaa!',
  'abab abba',
  'Sgt. 1st Class Jane Doe, 3rd Battalion — 75th Ranger Regiment\n',
];

const HAND_WRITTEN = [
  'a', '(a', 'a)', 'a**', 'a*+', '*a', 'a{2}{3}', '(?=x)', '(?<=a)b', '(?!x)', '\\8', '\\1', '[a', '[z-a]', 'a{1001}', '(a{100}){100}',
  '((a{10}){10}){11}', 'x{2,}', 'a{,3}', 'a{', 'a{01}', 'a{2,1}', '\\', '(?P<n>a)', '(?<n>a)', '(?P<x>a)(?P<x>b)', '(?P<>a)', '(?P<a',
  '(?', '(?i', '(?i-)', '(?x)a', '(?-i)a', '(?i)k', '\\pL', '\\p{Greek}', '\\p{Foo}', '\\p', '\\p{', '\\pN+', '\\PL+', '\\p{^L}', '\\P{^L}',
  '(?i)\\p{Lu}', '[[:alpha:]]', '[[:^alpha:]]+', '[[:foo:]]', '[[:a]', '\\Q.*\\E', '\\Qab', '\\E', '\\C', '\\Z', '\\cA', '\\e',
  '\\x{}', '\\xZ', '\\x{110000}', '\\x{1F600}', '\\x41\\101\\0\\07', '[\\b]', '(?i)abc{3,7}[a-z]+', '|', '()', '(?:)*', 'a|*', '(|a)*',
  '(|a)+', '(a|ab)(c|bcd)(d*)', 'a*?', '(?U)a*', '(?U)a*?', '\\b\\w+\\b', '(?m)^\\w+$', '^\\w+$', '(?s).+', '.+', '(?i)jieddo',
  '(?i)\\W', '(?i)[^k]', '[^a]', '\\S+', '\\d+', 'a{2,3}?', '(a+|b+)*', '(?i)σ', '(?i)µ', '😀', '.', '(?i:A)a', '(?i)a(?-i)a',
  'a|b|', '(a*)*', '(a*)+', '(a|)+', '$', '^', '\\B', '\\A\\w', '\\z', 'x*', '(?:ab)+?', 'a{0}', 'a{0,0}b', '[]a]+', '[^]a]+',
  '[a-]+', '[-a]+', '[a-b-c]+', '[\\d\\s]+', '(?i)[a-c]+', '(?i)\\bj-?ieddo\\b', '(?i)(army|navy) (base|post)', '\\s{2,}',
  '[A-Z]{2,}', 'é|😀', '(?m)$', '(?m)^', '(?s:.)\\n', '(?i)\\x{212A}', '(?i)[k]', '(?i)\\w', '(?i)ſ', '[^\\n]+', '\\.\\s',
  '(\\d{1,3})(,\\d{3})*', '(?i)sgt\\.?\\s+1st\\s+class', '\\b\\d+(st|nd|rd|th)\\b', '[😀-😂]', '(?i)[^\\W\\d]+',
];

/** A random pattern from pieces that exercise flags, case folding, classes, assertions and repetition. */
function randomPattern(next: () => number): string {
  const pick = <T>(a: T[]): T => a[Math.floor(next() * a.length)];
  const atoms = ['a', 'b', 'c', 'A', 'k', 'K', 's', '.', '\\d', '\\w', '\\s', '\\W', '[ab]', '[^a]', '[a-c]', '[[:upper:]]', '\\b', '\\B', '^', '$',
    '(?i)', '(?m)', '(?s)', '(?U)', '\\pL', '\\p{Lu}', 'σ', '😀', '\\x{212A}', ' ', '\\n', '-', '\\.', '\\Q.\\E', '[\\w-]', 'ſ', '\\z', '\\A'];
  const repeats = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,3}', '{0,2}?', '{2,}', '{0}'];
  const gen = (depth: number): string => {
    let s = '';
    const n = 1 + Math.floor(next() * 4);
    for (let i = 0; i < n; i++) {
      const group = depth < 3 && next() < 0.25;
      s += (group ? `${pick(['(', '(?:', '(?i:'])}${gen(depth + 1)}${next() < 0.3 ? `|${gen(depth + 1)}` : ''})` : pick(atoms)) + pick(repeats);
    }
    return next() < 0.15 ? `${s}|${gen(depth + 1)}` : s;
  };
  return gen(0);
}

function randomText(next: () => number): string {
  const chars = ['a', 'b', 'c', 'A', 'B', 'k', 'K', '\u212A', 's', 'S', '\u017F', ' ', '\n', '1', '2', '-', '.', 'σ', 'ς', 'Σ', '😀', '_', 'é', 'É', '\t'];
  let t = '';
  const n = Math.floor(next() * 12);
  for (let i = 0; i < n; i++) t += chars[Math.floor(next() * chars.length)];
  return t;
}

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('user patterns: the same finds as RE2', () => {
  it('hand-written patterns on every sample text', () => {
    const differ: string[] = [];
    for (const pattern of HAND_WRITTEN) {
      for (const text of TEXTS) {
        const want = reference(pattern, text);
        const got = ours(pattern, text);
        if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`${JSON.stringify(pattern)} on ${JSON.stringify(text)}: RE2JS ${JSON.stringify(want)}, ours ${JSON.stringify(got)}`);
      }
    }
    assert.deepStrictEqual(differ.slice(0, 10), []);
  });

  for (const seed of [1, 2, 3]) {
    it(`random patterns and texts (seed ${seed})`, function () {
      this.timeout(60_000);
      const next = lcg(seed);
      const differ: string[] = [];
      for (let i = 0; i < 3000 && differ.length < 10; i++) {
        const pattern = randomPattern(next);
        for (let j = 0; j < 4; j++) {
          const text = randomText(next);
          const want = reference(pattern, text);
          const got = ours(pattern, text);
          if (JSON.stringify(got) !== JSON.stringify(want)) {
            differ.push(`${JSON.stringify(pattern)} on ${JSON.stringify(text)}: RE2JS ${JSON.stringify(want)}, ours ${JSON.stringify(got)}`);
            break;
          }
        }
      }
      assert.deepStrictEqual(differ, []);
    });
  }

  it('case-insensitive letters fold as RE2 folds them, across scripts', function () {
    this.timeout(60_000);
    // Every letter of a few scripts, each orbit looked for in the whole sample.
    let text = '';
    for (const [lo, hi] of [[0x41, 0x24f], [0x370, 0x3ff], [0x400, 0x52f], [0x10a0, 0x10ff], [0x13a0, 0x13ff], [0x1c80, 0x1cbf], [0x1e00, 0x1fff], [0x2100, 0x214f], [0xab70, 0xabbf], [0xfb00, 0xfb06], [0x10400, 0x1044f]]) {
      for (let c = lo; c <= hi; c++) text += String.fromCodePoint(c);
    }
    const differ: string[] = [];
    for (const ch of text) {
      if (ch.toLowerCase() === ch && ch.toUpperCase() === ch && !'\u0345\u1fbe\u017f\u03c2\u00b5'.includes(ch)) continue;
      const pattern = `(?i)\\x{${ch.codePointAt(0)!.toString(16)}}`;
      const want = reference(pattern, text);
      const got = ours(pattern, text);
      if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`${pattern}: RE2JS ${JSON.stringify(want)}, ours ${JSON.stringify(got)}`);
    }
    assert.deepStrictEqual(differ.slice(0, 10), []);
  });
});

describe('user patterns: refusals', () => {
  const cases: Array<[string, string]> = [
    ['(unclosed', 'is not a valid regular expression: missing closing ): `(unclosed`'],
    ['a)', 'is not a valid regular expression: unexpected ): `a)`'],
    ['(?=look)ahead', 'is not a valid regular expression: invalid or unsupported Perl syntax: `(?=`'],
    ['(a)\\1', 'is not a valid regular expression: invalid escape sequence: `\\1`'],
    ['[z-a]', 'is not a valid regular expression: invalid character class range: `z-a`'],
    ['x**', 'is not a valid regular expression: invalid nested repetition operator: `**`'],
    ['a{1001}', 'is not a valid regular expression: invalid repeat count: `{1001}`'],
    ['\\p{Klingon}', 'is not a valid regular expression: invalid character class range: `\\p{Klingon}`'],
    ['', 'is empty'],
    ['a'.repeat(1001), 'is longer than 1000 characters'],
    // 25 counted repetitions of 1000: each allowed, together far past the program limit.
    ['(?:[a-z]{1000})'.repeat(25), 'is too complex (repeat counts multiply)'],
  ];
  for (const [pattern, message] of cases) {
    it(`${pattern.length > 40 ? `${pattern.slice(0, 40)}...` : JSON.stringify(pattern)}: ${message}`, () => {
      const result = compilePattern(pattern);
      assert.deepStrictEqual(result.ok ? 'compiled' : result.error, message);
    });
  }
});

describe('user patterns: time linear in the text on hostile patterns', () => {
  // 100 ms + 5 ms per KB of text, the hostile-input budget.
  const PATTERNS = ['(a+)+b', '(a|a)*b', '(a|aa)+$', '(.*a){20}', '(\\w+\\s?)+$', '([a-zA-Z]+)*1', '(x+x+)+y', '(.*)*b', '(a|b|ab)*c', '(?i)(a|A)+!x', '\\w{100}!x', '(?s)(.*?,){11}P', '(?i)[^\\W\\d]*\\d'];
  for (const kb of [10, 50]) {
    const text = `${'a'.repeat(kb * 1024)}!`;
    const budget = 100 + 5 * kb;
    it(`${kb} KB of "a" then "!": each pattern within ${budget} ms`, function () {
      this.timeout(60_000);
      const slow: string[] = [];
      for (const pattern of PATTERNS) {
        const compiled = compilePattern(pattern);
        assert.ok(compiled.ok, pattern);
        const run = (): number => {
          const t0 = performance.now();
          for (const m of compiled.re.findAll(text)) void m;
          return performance.now() - t0;
        };
        // Best of two, so a garbage collection pause is not blamed on a pattern.
        const ms = Math.min(run(), run());
        if (ms > budget) slow.push(`${pattern}: ${ms.toFixed(0)} ms`);
      }
      assert.deepStrictEqual(slow, []);
    });
  }
});
