/**
 * Fix safety, proven over generated drafts: real release sentences mixed with typical mistakes,
 * quotes, Unicode and emoji, CRLF and lone CR line endings, tabs and very long lines.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { applyFixes, check, compatibleFixes, Finding, ReleaseDocument } from '../../checker';

const SENTENCES = [
  'Secretary of Defense Ash Carter met with Iraqi leaders in Baghdad on July 11.',
  'LTG Sean MacFarland visited the troops on July 11th.',
  'Carter stated that the troops would deploy.',
  '"We are ready," said MacFarland.',
  '"The airfield is ours", Carter said.',
  'The briefing starts at 10:00 AM on Tuesday, July 11, 2016.',
  'Army Gen. Joseph Votel, the U.S. Central Command commander, spoke at 1400 hours.',
  'SSG Jane Doe and SFC John Roe led the convoy on 11 July 2016.',
  'The Sergeant Major said the unit will move towards Mosul by Aug. 2016.',
  '“We will win,” the General said. “Nobody doubts it.”',
  'Gen. Dunford said the plan is on track for Sept 3.',
  'He was promoted to the rank of Gen. The ceremony was held at noon.',
  'The 2016-07-11 report lists 3 soldiers and 1,500,000 rounds.',
  'President Obama approved the additional forces on Carter\'s recommendation.',
  'In 1400 the town was founded; 2016 was a hard year.',
  'Capt. Ann Lee (Ret.) spoke at 12 p.m. on 7/11/2016.',
  'Spc. 4 Ra\'ul Øster, 😀 of the 1st Infantry Division, says the MAJ COL GEN words are caps.',
  'CARTER ANNOUNCES 560 US TROOPS TO DEPLOY TO IRAQ',
  'The exercise ran 03/04/2025 to 13/04/2025 at Fort Liberty, NC, and Norfolk, Va.',
  'Capt. Ann Lee, CAPT Bo Diaz and Sergeant First Class Jane Doe met at 0900 hours.',
  '"The ISF is ready," he says, "and the JTF-B agrees."\tThe DOD said 5 percent.',
  '‫مرحبا‬ — Ünïcödé ẞ 𝒳 👩‍👩‍👧 met Gen. Doe on Tues., Aug 3rd, 2016 at 10:30 P.M.',
];

const lineBreak = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n\n\n');
const noise = fc.string({ unit: 'binary', maxLength: 12 });
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 1, arbitrary: noise },
  { weight: 1, arbitrary: fc.constantFrom('\t', '"', '“', '”', '\'', ' — ', '###', '-30-', 'FOR IMMEDIATE RELEASE', 'WASHINGTON —', '<!-- copydesk-disable rank -->', '```') },
  { weight: 1, arbitrary: fc.constantFrom(...SENTENCES).map((s) => s.repeat(40)) },
);
const draft = fc
  .array(fc.tuple(fc.array(piece, { minLength: 1, maxLength: 5 }), lineBreak), { minLength: 1, maxLength: 12 })
  .map((paras) => paras.map(([ps, br]) => ps.join(' ') + br).join(''));
const language = fc.constantFrom('press-release' as const, 'plaintext' as const, 'markdown' as const);

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

const RUNS = Number(process.env.COPYDESK_PROPERTY_RUNS ?? 300);

describe('fix safety (property tests)', function () {
  // Hundreds of generated drafts per property: generous on a loaded two-core machine.
  this.timeout(60_000);
  it('findings and edits lie inside the text, on whole UTF-16 characters, inside their own finding', () => {
    fc.assert(
      fc.property(draft, language, (text, lang) => {
        for (const f of check(text, { language: lang })) {
          assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.rule} range`);
          assert.ok(!splitsPair(text, f.start) && !splitsPair(text, f.end), `${f.rule} splits a surrogate pair`);
          for (const fix of [f.fix, ...(f.suggestions ?? [])]) {
            for (const e of fix?.edits ?? []) {
              assert.ok(e.start >= f.start && e.end <= f.end && e.start <= e.end, `${f.rule} edit outside its finding`);
              assert.ok(!splitsPair(text, e.start) && !splitsPair(text, e.end), `${f.rule} edit splits a pair`);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('certain fixes never overlap one another', () => {
    fc.assert(
      fc.property(draft, language, (text, lang) => {
        const edits = check(text, { language: lang })
          .flatMap((f) => (f.fix?.edits ?? []).map((e) => ({ ...e, rule: f.rule })))
          .sort((a, b) => a.start - b.start || a.end - b.end);
        for (let i = 1; i < edits.length; i++) {
          const a = edits[i - 1];
          const b = edits[i];
          assert.ok(b.start >= a.end && !(a.start === a.end && b.start === b.end && a.start === b.start), `${a.rule} and ${b.rule} overlap at ${b.start}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('no certain fix rewrites words inside a direct quotation', () => {
    fc.assert(
      fc.property(draft, language, (text, lang) => {
        const doc = new ReleaseDocument(text, lang);
        for (const f of check(text, { language: lang })) {
          if (!f.fix) continue;
          for (const e of f.fix.edits) {
            const q = doc.quotes.find((q) => e.start > q.start && e.end < q.end - 1);
            if (!q) continue;
            // Only punctuation may move at a quotation's edge.
            const changed = text.slice(e.start, e.end) + e.newText;
            assert.ok(/^[.,;:!?"“”\s]*$/.test(changed), `${f.rule} rewrites quoted text "${text.slice(e.start, e.end)}" → "${e.newText}"`);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('fix-all is idempotent: a second pass finds nothing more to fix', () => {
    fc.assert(
      fc.property(draft, language, (text, lang) => {
        const once = applyFixes(text, check(text, { language: lang }));
        const remaining: Finding[] = check(once, { language: lang }).filter((f) => f.fix);
        const twice = applyFixes(once, remaining);
        assert.strictEqual(
          twice,
          once,
          `still fixable after fix-all: ${remaining.map((f) => `${f.rule} "${once.slice(f.start, f.end)}"`).join(', ')}`,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws and reports no internal rule failure', () => {
    fc.assert(
      fc.property(fc.oneof(draft, fc.string({ unit: 'binary', maxLength: 400 })), language, (text, lang) => {
        const broken = check(text, { language: lang }).filter((f) => f.message.startsWith('Copydesk could not run'));
        assert.deepStrictEqual(broken.map((f) => f.message), []);
      }),
      { numRuns: RUNS },
    );
  });

  it('fix-all twice equals fix-all once, and the fixed text never gets the same rule at the same place', () => {
    fc.assert(
      fc.property(draft, language, (text, lang) => {
        const findings = check(text, { language: lang });
        const once = applyFixes(text, findings);
        assert.strictEqual(applyFixes(once, check(once, { language: lang })), once);
        // Where each applied fix's text now sits in the fixed draft.
        const placed: Array<{ rule: string; start: number; end: number }> = [];
        let delta = 0;
        for (const f of compatibleFixes(findings).sort((a, b) => a.fix.edits[0].start - b.fix.edits[0].start)) {
          const edits = [...f.fix.edits].sort((a, b) => a.start - b.start);
          const start = edits[0].start + delta;
          for (const e of edits) delta += e.newText.length - (e.end - e.start);
          placed.push({ rule: f.rule, start, end: edits[edits.length - 1].end + delta });
        }
        const again = check(once, { language: lang });
        for (const p of placed) {
          const same = again.find((g) => g.rule === p.rule && g.start === p.start);
          assert.ok(!same, `${p.rule} reported again at ${p.start} after its fix: "${once.slice(p.start, p.end)}"`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a fix changes nothing outside its own finding, and no fix rewrites a word inside a quotation', () => {
    fc.assert(
      fc.property(draft, language, (text, lang) => {
        const doc = new ReleaseDocument(text, lang);
        for (const f of check(text, { language: lang })) {
          if (!f.fix) continue;
          const out = applyFixes(text, [f]);
          assert.ok(out.startsWith(text.slice(0, f.start)) && out.endsWith(text.slice(f.end)), `${f.rule} changed text outside [${f.start}, ${f.end})`);
          for (const e of f.fix.edits) {
            // Any edit that touches the inside of a quotation may only move punctuation and spaces.
            const q = doc.quotes.find((q) => e.start < q.end - 1 && e.end > q.start + 1);
            if (!q) continue;
            const changed = text.slice(e.start, e.end) + e.newText;
            assert.ok(/^[.,;:!?"“”\s]*$/.test(changed), `${f.rule} rewrites quoted text "${text.slice(e.start, e.end)}" → "${e.newText}"`);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fix-all applies only certain fixes', () => {
  const AMBIGUOUS: Array<[string, string, string]> = [
    ['a numeric date that could be day first', 'The exercise began 03/04/2025 at the range.\n', 'date/numeric'],
    ['"Capt." with no service named (a captain is O-3 in the Army and O-6 in the Navy)', 'Capt. Ann Lee led the convoy.\n', 'rank/service-before-rank'],
  ];
  for (const [what, text, rule] of AMBIGUOUS) {
    it(`${what}: a finding the writer sees, with no automatic fix; fix-all leaves it as written`, () => {
      for (const preset of ['ap', 'dod', 'army', 'navy']) {
        const findings = check(text, { preset }).filter((f) => f.rule === rule);
        assert.strictEqual(findings.length, 1, `${preset}: ${rule} not reported`);
        assert.strictEqual(findings[0].fix, undefined, `${preset}: ${rule} must not carry a certain fix`);
        const written = text.slice(findings[0].start, findings[0].end);
        assert.ok(applyFixes(text, check(text, { preset })).includes(written), `${preset}: fix-all rewrote "${written}"`);
      }
    });
  }

  it('the day-first date still offers both readings as suggestions the writer picks from', () => {
    const [f] = check('The exercise began 03/04/2025 at the range.\n').filter((x) => x.rule === 'date/numeric');
    assert.deepStrictEqual(f.suggestions?.map((s) => s.edits[0].newText), ['March 4, 2025,', 'April 3, 2025,']);
  });
});
