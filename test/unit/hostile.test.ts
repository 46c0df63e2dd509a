/**
 * Hostile input: shapes that make careless patterns backtrack or scan quadratically. The bound is
 * loose on purpose (a hang guard, not a speed target: `npm run bench` measures speed).
 */
import * as assert from 'assert';
import { check } from '../../checker';

const SIZE = 100_000;
const SHAPES: Record<string, string> = {
  'one long word': 'a'.repeat(SIZE),
  'one long capitalized word': 'A'.repeat(SIZE),
  'dotted word': 'a.'.repeat(SIZE / 2),
  'at signs': 'a@'.repeat(SIZE / 2),
  'digits': '1'.repeat(SIZE),
  'digit groups': '1,000 '.repeat(SIZE / 6),
  'quote marks': '"a '.repeat(SIZE / 3),
  'curly quotes without close': '“a '.repeat(SIZE / 3),
  'open parentheses': '(ABC '.repeat(SIZE / 5),
  'short forms': 'ABC DEF GHI '.repeat(SIZE / 12),
  'rank-like caps': 'LTG SGT MAJ COL '.repeat(SIZE / 16),
  'spaces': ' '.repeat(SIZE),
  'line breaks': '\n'.repeat(SIZE),
  'lone CRs': 'a\r'.repeat(SIZE / 2),
  'dashes': '— '.repeat(SIZE / 2),
  'capitalized words': 'Ab '.repeat(SIZE / 3),
  'month names': 'July '.repeat(SIZE / 5),
  'emoji': '😀'.repeat(SIZE / 2),
  // Story furniture: lines that each read as a byline, a unit line or a story date line, and a dateline of many parts.
  'bylines': 'By Sgt. Ann Lee\n'.repeat(SIZE / 16),
  'byline chains': 'Story by Sgt. Ann Lee\n1st Wing Public Affairs\n12.03.2026\n'.repeat(SIZE / 58),
  'dateline parts': 'NMCP, ' + 'ABC DEF, '.repeat(SIZE / 9),
  'ship at sea': 'USS ' + 'Abc '.repeat(SIZE / 4) + ', At Sea –',
  // Later references to one officer, one paragraph each: once cubic in the number of mentions.
  'one officer named again and again': 'Carter stated that the troops would deploy. LTG Sean MacFarland agreed.\n'.repeat(Math.ceil(SIZE / 74)),
};

describe('hostile input', () => {
  for (const [name, text] of Object.entries(SHAPES)) {
    it(`${name} (${text.length} chars) is checked without throwing, within a bounded time`, function () {
      this.timeout(20000);
      const t0 = Date.now();
      const findings = check(text);
      const ms = Date.now() - t0;
      assert.ok(Array.isArray(findings));
      assert.ok(!findings.some((f) => f.message.startsWith('Copydesk could not run')), 'a rule failed');
      assert.ok(ms < 3000, `${ms} ms for ${text.length} characters`);
    });
  }
});
