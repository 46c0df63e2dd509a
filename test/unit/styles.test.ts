/**
 * Paragraph styles from a word processor (a `.docx`'s Title, Heading and Caption paragraphs) inform
 * the release reading where the text alone would read the draft otherwise: what the writer sees is
 * the findings. Edits move the styles; a styled draft's incremental check equals its full check.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { applyFixes, checkDocument, checkEdit, fullState, ReleaseDocument, resolveOptions, shiftStyles, shiftStylesThrough, StyledParagraph } from '../../checker';

const OPTIONS = resolveOptions({});

/** A release as a Word document holds it: paragraphs joined by a blank line. */
const PARAGRAPHS = [
  'U.S. Army Garrison Fort Bragg Public Affairs',
  'Release No. 24-031',
  'Paratroopers jump into Poland with NATO allies',
  'TORUN, Poland — Paratroopers of the 82nd Airborne Division jumped with Polish soldiers near here March 3, 2024.',
  '“We train the way we would fight,” said Army Col. Jane Doe, the brigade commander.',
  'Allies on the drop zone',
  'More than 1,200 paratroopers took part in the jump.',
  'Paratroopers of the 82nd Airborne Division descend over a drop zone near Torun, Poland, March 3, 2024.',
  'Media contact: Maj. John Roe, 910-555-0142, john.roe@example.mil',
  '###',
];
const TEXT = PARAGRAPHS.join('\n\n');

/** The span of paragraph `i` of TEXT, styled `role`. */
function styled(i: number, role: StyledParagraph['role']): StyledParagraph {
  const start = PARAGRAPHS.slice(0, i).reduce((n, p) => n + p.length + 2, 0);
  return { start, end: start + PARAGRAPHS[i].length, role };
}
const STYLES = [styled(2, 'headline'), styled(5, 'headline'), styled(7, 'caption')];

const rules = (doc: ReleaseDocument): string[] => checkDocument(doc, OPTIONS).map((f) => `${f.rule} ${JSON.stringify(doc.text.slice(f.start, f.end))}`);

describe('paragraph styles from a Word document', () => {
  it('a Title paragraph is the headline, even under a unit line that reads like one: the dateline below it is found', () => {
    const plain = new ReleaseDocument(TEXT, 'press-release');
    assert.strictEqual(plain.text.slice(plain.headline!.start, plain.headline!.end), PARAGRAPHS[0]);
    assert.ok(rules(plain).includes('structure/missing-dateline "Paratroopers"'), rules(plain).join('\n'));
    assert.ok(rules(plain).includes('usage/us-headline "U.S."'), rules(plain).join('\n'));

    const doc = ReleaseDocument.styled(TEXT, 'press-release', STYLES);
    assert.strictEqual(doc.text.slice(doc.headline!.start, doc.headline!.end), PARAGRAPHS[2]);
    assert.strictEqual(doc.dateline?.place, 'TORUN, Poland');
    assert.deepStrictEqual(
      doc.blocks.map((b) => b.kind),
      ['furniture', 'furniture', 'headline', 'body', 'body', 'headline', 'body', 'body', 'furniture', 'endmark'],
    );
    const found = rules(doc);
    assert.ok(!found.some((f) => f.startsWith('structure/missing-dateline') || f.startsWith('usage/us-headline') || f.startsWith('acronym/undefined')), found.join('\n'));
  });

  it('a Caption paragraph is a caption: one with no credit line is told to add it, at its last word', () => {
    const doc = ReleaseDocument.styled(TEXT, 'press-release', STYLES);
    const credit = checkDocument(doc, OPTIONS).filter((f) => f.rule === 'caption/credit-line');
    assert.deepStrictEqual(
      credit.map((f) => doc.text.slice(f.start, f.end)),
      ['2024.'],
    );
    assert.match(credit[0].message, /A caption ends with a credit line/);
    // The same paragraph in a plain draft is a sentence of the story, not a caption.
    assert.ok(!rules(new ReleaseDocument(TEXT, 'press-release')).some((f) => f.startsWith('caption/')));
  });

  it('the same words in a plain paragraph and in a Caption paragraph: only the styled one is a caption', () => {
    const caption = PARAGRAPHS[7];
    const paragraphs = [...PARAGRAPHS.slice(0, 7), caption, caption, ...PARAGRAPHS.slice(8)];
    const text = paragraphs.join('\n\n');
    const second = paragraphs.slice(0, 8).reduce((n, p) => n + p.length + 2, 0);
    const doc = ReleaseDocument.styled(text, 'press-release', [styled(2, 'headline'), { start: second, end: second + caption.length, role: 'caption' }]);
    const credit = checkDocument(doc, OPTIONS).filter((f) => f.rule === 'caption/credit-line');
    assert.deepStrictEqual(
      credit.map((f) => f.start > second),
      [true],
    );
  });

  it('a Title that ends with a period is told to drop it (its fix removes it); a period closing an abbreviation stays', () => {
    const read = (headline: string): { doc: ReleaseDocument; found: ReturnType<typeof checkDocument> } => {
      const text = `FOR IMMEDIATE RELEASE\n\n${headline}\n\nWASHINGTON — Soldiers of the 3rd Infantry Regiment marched Tuesday.\n\n###`;
      const at = text.indexOf(headline);
      const doc = ReleaseDocument.styled(text, 'press-release', [{ start: at, end: at + headline.length, role: 'headline' }]);
      return { doc, found: checkDocument(doc, OPTIONS).filter((f) => f.rule === 'structure/headline-period') };
    };
    const { doc, found } = read('Old Guard marches in Washington.');
    assert.deepStrictEqual(
      found.map((f) => [doc.text.slice(f.start, f.end), f.severity, f.fix?.title]),
      [['.', 'warning', 'Remove the period']],
    );
    assert.ok(applyFixes(doc.text, found).includes('\n\nOld Guard marches in Washington\n\n'));
    for (const fine of ['Old Guard marches in Washington, D.C.', 'Old Guard marches at 9 a.m.', 'Is the Old Guard ready?', 'Old Guard marches in Washington']) {
      assert.deepStrictEqual(read(fine).found, [], fine);
    }
  });

  it('a Caption paragraph above the story: the dateline is found in the paragraph after it', () => {
    const paragraphs = ['Soldiers unload a Stryker at Fort Irwin, Calif., June 2, 2025.', 'FORT IRWIN, Calif. — Soldiers of the 2nd Cavalry Regiment arrived Monday for a rotation.', '###'];
    const text = paragraphs.join('\n\n');
    const doc = ReleaseDocument.styled(text, 'press-release', [{ start: 0, end: paragraphs[0].length, role: 'caption' }]);
    assert.strictEqual(doc.dateline?.place, 'FORT IRWIN, Calif.');
    assert.strictEqual(doc.blocks[0].kind, 'body');
  });

  it('release furniture, bylines and end marks are read from their text whatever their style', () => {
    const paragraphs = ['NEWS RELEASE', 'By Staff Sgt. Jane Doe', 'Marines train in Norway', 'SETERMOEN, Norway — Marines trained here Tuesday.', '###'];
    const text = paragraphs.join('\n\n');
    const at = (i: number): number => paragraphs.slice(0, i).reduce((n, p) => n + p.length + 2, 0);
    const everyTitle = paragraphs.map((p, i) => ({ start: at(i), end: at(i) + p.length, role: 'headline' as const })).filter((_, i) => i !== 3);
    const doc = ReleaseDocument.styled(text, 'press-release', everyTitle);
    assert.deepStrictEqual(doc.blocks.map((b) => b.kind), ['furniture', 'byline', 'headline', 'body', 'endmark']);
  });

  it('styles a client sends that make no sense are dropped: unknown roles, outside the text, overlapping', () => {
    const doc = ReleaseDocument.styled(TEXT, 'press-release', [
      { start: -1, end: 4, role: 'headline' },
      { start: 0, end: TEXT.length + 1, role: 'headline' },
      { start: 0, end: 3, role: 'byline' },
      'Title',
      null,
      styled(2, 'headline'),
      { start: styled(2, 'headline').start + 1, end: styled(2, 'headline').end, role: 'caption' },
    ]);
    assert.deepStrictEqual(doc.styles, [styled(2, 'headline')]);
  });

  describe('edits move the styles as a word processor moves its paragraphs', () => {
    const style: StyledParagraph = { start: 10, end: 20, role: 'headline' };
    const cases: Array<[string, number, number, number, StyledParagraph[]]> = [
      ['typing inside', 12, 12, 3, [{ start: 10, end: 23, role: 'headline' }]],
      ['typing at its end', 20, 20, 2, [{ start: 10, end: 22, role: 'headline' }]],
      ['typing at its start', 10, 10, 2, [{ start: 10, end: 22, role: 'headline' }]],
      ['an edit before it', 2, 4, 0, [{ start: 8, end: 18, role: 'headline' }]],
      ['an edit after it', 25, 30, 1, [style]],
      ['its text replaced whole', 10, 20, 4, [{ start: 10, end: 14, role: 'headline' }]],
      ['its text deleted: an empty styled paragraph, as in Word', 10, 20, 0, [{ start: 10, end: 10, role: 'headline' }]],
      ['deleted with the paragraph before it', 5, 20, 0, []],
      ['an edit from inside it to past its end', 15, 25, 1, [{ start: 10, end: 16, role: 'headline' }]],
      ['an edit from before it to inside it: the rest starts after the new text', 5, 15, 2, [{ start: 7, end: 12, role: 'headline' }]],
    ];
    for (const [name, start, end, inserted, want] of cases) {
      it(name, () => assert.deepStrictEqual(shiftStyles([style], start, end, inserted), want));
    }

    it('several edits at once (a fix pass) move the styles after each', () => {
      const styles = [styled(2, 'headline'), styled(7, 'caption')];
      const ltg = TEXT.indexOf('Col. Jane');
      const edits = [
        { start: ltg, end: ltg + 4, newText: 'Colonel' },
        { start: 0, end: 4, newText: 'US' },
      ];
      let text = TEXT;
      for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
      const moved = shiftStylesThrough(styles, edits);
      assert.deepStrictEqual(
        moved.map((s) => text.slice(s.start, s.end)),
        [PARAGRAPHS[2], PARAGRAPHS[7]],
      );
    });
  });

  it('after any edits, a styled draft reads and checks as a fresh reading of its text and moved styles (incremental = full)', () => {
    const INSERTS = ['a', ' ', '.', '\n\n', 'LTG ', '(U.S. Army photo by Spc. John Roe)', 'said', '###', 'WASHINGTON — ', '\n'];
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.integer({ min: 0, max: 60 }), ins: fc.constantFrom(...INSERTS) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let state = fullState(ReleaseDocument.styled(TEXT, 'press-release', STYLES), OPTIONS);
        let styles = STYLES;
        for (const e of edits) {
          const text = state.doc.original;
          const start = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
          const end = Math.min(text.length, start + e.del);
          styles = shiftStyles(styles, start, end, e.ins.length);
          state = checkEdit(state, { start, end, newText: e.ins });
          const fresh = ReleaseDocument.styled(state.doc.original, 'press-release', styles);
          assert.deepStrictEqual(state.doc.styles, fresh.styles);
          assert.deepStrictEqual(state.doc.blocks, fresh.blocks);
          assert.deepStrictEqual(state.findings, checkDocument(fresh, OPTIONS));
        }
      }),
      { numRuns: 60, seed: 16 },
    );
  });
});
