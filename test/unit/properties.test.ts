/**
 * Fix safety, proven over generated drafts: real release sentences mixed with typical mistakes,
 * quotes, Unicode and emoji, CRLF and lone CR line endings, tabs and very long lines.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { applyFixes, check, Finding, ReleaseDocument } from '../../server/src/checker';

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

describe('fix safety (property tests)', () => {
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
});
