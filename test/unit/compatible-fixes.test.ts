import * as assert from 'assert';
import { applyFixes, compatibleFixes, Finding } from '../../checker';

const finding = (rule: string, edits: Array<[number, number, string]>): Finding => ({
  rule,
  severity: 'warning',
  message: rule,
  start: Math.min(...edits.map((e) => e[0])),
  end: Math.max(...edits.map((e) => e[1])),
  fix: { title: rule, edits: edits.map(([start, end, newText]) => ({ start, end, newText })) },
});

describe('choosing fixes to apply together', () => {
  const text = 'said Carter, and LTG Sean';
  it('applies every fix whose edits do not collide, in document order', () => {
    const swap = finding('attribution/verb-before-name', [[0, 4, 'Carter'], [5, 11, 'said']]);
    const rank = finding('rank/service-abbreviation', [[17, 20, 'Lt. Gen.']]);
    assert.strictEqual(applyFixes(text, [rank, swap]), 'Carter said, and Lt. Gen. Sean');
  });
  it('leaves out a whole multi-edit fix when one of its edits collides, never half of it', () => {
    const verb = finding('attribution/loaded-verb', [[0, 4, 'stated']]);
    const swap = finding('attribution/verb-before-name', [[0, 4, 'Carter'], [5, 11, 'said']]);
    assert.deepStrictEqual(compatibleFixes([verb, swap]).map((f) => f.rule), ['attribution/loaded-verb']);
    assert.strictEqual(applyFixes(text, [verb, swap]), 'stated Carter, and LTG Sean');
  });
  it('keeps a fix whose edits sit between the edits of another', () => {
    const outer = finding('a/outer', [[0, 1, 'S'], [11, 12, ';']]);
    const inner = finding('b/inner', [[5, 11, 'Smith']]);
    assert.strictEqual(applyFixes(text, [outer, inner]), 'Said Smith; and LTG Sean');
  });
});

describe('compatibleFixes: an insertion where a replacement starts', () => {
  it('still keeps out a later fix inside the replaced text (found by npm run fuzz, seed 20161107 input 40752)', () => {
    const text = 'The Specialist Joe Roe spoke.';
    const f = (rule: string, start: number, end: number, newText: string) =>
      ({ rule, severity: 'warning' as const, message: rule, start, end, fix: { title: rule, edits: [{ start, end, newText }] } });
    const kept = compatibleFixes([f('rank/spelled-out', 4, 14, 'Spc.'), f('rank/service-before-rank', 4, 4, 'Army '), f('usage/substitution', 7, 8, '')]);
    assert.deepStrictEqual(kept.map((k) => k.rule), ['rank/spelled-out', 'rank/service-before-rank']);
    assert.strictEqual(applyFixes(text, kept), 'The Army Spc. Joe Roe spoke.');
  });
});
