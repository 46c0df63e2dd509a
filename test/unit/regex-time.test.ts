/**
 * Every regular expression Copydesk runs, against 50 KB adversarial inputs: each rule (its own
 * patterns and the shared ones it calls) and the document parser are timed on each shape, and user
 * patterns (checker/lex/pattern.ts, linear time) with the classic catastrophic-backtracking shapes. A hang guard, not a speed
 * target: a quadratic scan or an exponential backtrack overshoots it by orders of magnitude.
 */
import * as assert from 'assert';
import { performance } from 'perf_hooks';
import { check, ReleaseDocument, resolveOptions, RULES, runRules } from '../../checker';

const SIZE = 50 * 1024;
/** A headline and a dateline first, so the shape is body text, where most rules look. */
const BODY = 'Carter visits troops\n\nWASHINGTON — ';
const fill = (unit: string, tail = ''): string =>
  BODY + unit.repeat(Math.ceil((SIZE - tail.length) / unit.length)).slice(0, SIZE - tail.length) + tail;

/** Shapes that make backtracking patterns explode: long runs with a mismatch at the very end. */
const SHAPES: Record<string, string> = {
  'letters then a digit': fill('a', '1'),
  'capitals then a comma': fill('A', ', Va'),
  'a 50 KB word before a state': `${BODY}The ${'W'.repeat(SIZE - 8)}, Va. unit left.\n`,
  'a 50 KB lowercase word before a state': `${BODY}The ${'w'.repeat(SIZE - 8)}, Va. unit left.\n`,
  'digits then a letter': fill('9', 'x'),
  'digits with commas': fill('1,0', '0x'),
  'periods': fill('.'),
  'initials': fill('A. '),
  'abbreviations': fill('Gen. Lt. Col. '),
  'open quotes': fill('"a '),
  'curly quotes': fill('“word ”'),
  'parentheses': fill('((ABC) '),
  'spaces then a word': fill(' ', 'said'),
  'tabs and CRs': fill('\t\r'),
  'month names without days': fill('July Aug. Sept '),
  'dates missing years': fill('July 11, '),
  'times without meridiem': fill('10:3'),
  'hyphens': fill('-'),
  'em dashes': fill('— '),
  'email-like': fill('a.b@'),
  'numbered ordinals': fill('11th '),
  'caps words': fill('LTG SGT MAJ US DOD '),
  'name-like words': fill('Ab Cd '),
  'lone surrogates': fill('\uD83D '),
  'RTL marks': fill('\u202Ea\u200F '),
};

const BOUND_MS = 350; // 100 ms + 5 ms per KB at 50 KB, the npm run fuzz bound

function time(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

describe('regular expressions on 50 KB adversarial input', () => {
  for (const [name, text] of Object.entries(SHAPES)) {
    it(`${name}: the parser and every rule finish within ${BOUND_MS} ms each`, function () {
      this.timeout(60_000);
      for (const language of ['press-release', 'markdown'] as const) {
        const options = resolveOptions({ language, preset: 'dod' });
        let doc: ReleaseDocument | undefined;
        const parse = time(() => (doc = new ReleaseDocument(text, language)));
        assert.ok(parse < BOUND_MS, `${language}: parsing took ${parse.toFixed(0)} ms`);
        const slow: string[] = [];
        for (const rule of RULES) {
          // Best of two, so a garbage collection pause is not blamed on a rule.
          const run = (): void => void runRules(doc!, options, [rule]);
          const ms = Math.min(time(run), time(run));
          if (ms > BOUND_MS) slow.push(`${rule.id} ${ms.toFixed(0)} ms`);
        }
        assert.deepStrictEqual(slow, [], `${language}: slow rules`);
      }
    });
  }

  const EVIL_PATTERNS = ['(a+)+b', '(a|a)*b', '(a|aa)+$', '(.*a){20}', '(\\w+\\s?)+$', '([a-zA-Z]+)*1', '(x+x+)+y'];
  it(`user patterns that backtrack exponentially in JavaScript run in linear time: ${EVIL_PATTERNS.join('  ')}`, function () {
    this.timeout(60_000);
    const text = fill('a', '!');
    for (const pattern of EVIL_PATTERNS) {
      const ms = time(() => check(text, { substitutions: [{ pattern, suggest: 'x' }], rules: { rank: 'off' } }));
      assert.ok(ms < BOUND_MS * 3, `${pattern}: ${ms.toFixed(0)} ms on 50 KB`);
    }
  });
});
