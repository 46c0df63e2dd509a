/**
 * Fix safety around quotations, with quotations the test itself places: the generator knows where
 * every quotation opens and closes (straight, curly, guillemets, mixed in one paragraph, running
 * over line breaks, unclosed, nested single quotes, continued into the next paragraph), and project
 * substitutions whose patterns cross quotation marks. No certain fix may change a character inside
 * a quotation or a quotation mark, except end punctuation right at the closing mark.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { applyFixes, check, CheckOptions, Finding } from '../../checker';

/** Quoted words full of things Copydesk would fix outside a quotation. */
const QUOTED = [
  'We met LTG Sean MacFarland on July 11th',
  'Carter stated the troops would deploy towards Mosul',
  'The briefing starts at 10:00 AM on Tuesday, July 11, 2016',
  'SSG Jane Doe and SFC John Roe led 3 soldiers on 11 July 2016',
  'The ISF is ready and the US forces agree',
  'We went to the base.\nWe thank Lt. Gen. Sean MacFarland for his work on July 11th',
  'We told him \'stay with LTG Doe\' and he did',
  'General Smith says the Sergeant Major will arrive at 1400 hours',
  'We will stay.\r\nThe JTF-B agrees with Gen. Smith',
];
const OUTSIDE = [
  'Carter stated that LTG Sean MacFarland arrived July 11th.',
  'The troops moved towards Mosul at 10:00 AM.',
  'Gen. Smith met 3 soldiers on Sept 3.',
  'WASHINGTON —',
  'He added,',
  'Carter told reporters',
  'The brigade left.',
];
const ATTRIBUTION = [', Carter said.', ', said Carter.', ', Lt. Gen. Sean MacFarland stated.', '.', ' he said.', ', LTG Doe says.'];

type Kind = 'straight' | 'curly' | 'guillemet';
const MARKS: Record<Kind, [string, string]> = { straight: ['"', '"'], curly: ['“', '”'], guillemet: ['«', '»'] };

interface Piece {
  text: string;
  /** Offsets of the opening mark and of the closing mark (or where the quotation ends, if unclosed) in `text`. */
  quote?: { open: number; close: number; closed: boolean };
}

const quotation = fc.record({
  kind: fc.constantFrom<Kind>('straight', 'straight', 'curly', 'guillemet'),
  words: fc.constantFrom(...QUOTED),
  after: fc.constantFrom(...ATTRIBUTION),
  closed: fc.boolean().map((b) => b || Math.random() < 0.7),
});

const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...OUTSIDE).map((text) => ({ text })) },
  {
    weight: 4,
    arbitrary: quotation.map(({ kind, words, after, closed }): Piece => {
      const [o, c] = MARKS[kind];
      // An attribution's comma sits inside the closing mark (AP), a bare period ends the quote.
      const inner = after === '.' ? `${words}.` : `${words},`;
      if (!closed) return { text: `${o}${inner}`, quote: { open: 0, close: o.length + inner.length, closed: false } };
      const text = `${o}${inner}${c}${after === '.' ? '' : after}`;
      return { text, quote: { open: 0, close: o.length + inner.length, closed: true } };
    }),
  },
);

interface Draft {
  text: string;
  /** Protected spans [start, end): the marks and everything between them. */
  quotes: Array<{ start: number; end: number; closed: boolean }>;
}

const paragraph = fc.array(piece, { minLength: 1, maxLength: 4 });
const lineBreak = fc.constantFrom('\n\n', '\r\n\r\n', '\n\n\n', '\r\r');

/** Paragraphs separated by blank lines; an unclosed quotation is the last piece of its paragraph. */
const draftArb: fc.Arbitrary<Draft> = fc.array(fc.tuple(paragraph, lineBreak), { minLength: 1, maxLength: 8 }).map((paras) => {
  let text = '';
  const quotes: Draft['quotes'] = [];
  for (const [pieces, br] of paras) {
    let para = '';
    for (const p of pieces) {
      if (para !== '') para += ' ';
      const at = text.length + para.length;
      para += p.text;
      if (p.quote) {
        quotes.push({ start: at + p.quote.open, end: at + p.quote.close + (p.quote.closed ? 1 : 0), closed: p.quote.closed });
        if (!p.quote.closed) break; // the quotation runs to the end of the paragraph
      }
    }
    text += para + br;
  }
  return { text, quotes };
});

/** Substitutions written to cross quotation marks, and one inside quoted words. */
const SUBSTITUTIONS: CheckOptions['substitutions'] = [
  { pattern: 'told reporters "We will', suggest: 'told reporters they would' },
  { pattern: 'brigade\\." The', suggest: 'brigade. The' },
  { pattern: ',"\\s+Carter', suggest: ' Carter' },
  { pattern: '(?i)ltg', suggest: 'Lt. Gen.' },
  { flag: 'stated', suggest: 'said' },
  { pattern: '[“"«]We', suggest: 'We' },
];

const options = fc.record({
  preset: fc.constantFrom('ap', 'dod', 'army', 'navy'),
  substitutions: fc.constantFrom<CheckOptions['substitutions']>([], SUBSTITUTIONS),
});

const ALLOWED_AT_CLOSE = /^[.,;:!?]*$/;

/** Why a certain fix breaks a quotation, or undefined. */
function violation(text: string, f: Finding, quotes: Draft['quotes']): string | undefined {
  for (const e of f.fix?.edits ?? []) {
    for (const q of quotes) {
      const overlaps = e.start === e.end ? e.start > q.start && e.start < q.end : e.start < q.end && q.start < e.end;
      if (!overlaps) continue;
      // Only end punctuation moving across the closing mark: the mark survives, nothing else changes.
      const markAt = q.closed ? q.end - 1 : -1;
      const mark = markAt >= 0 ? text[markAt] : '';
      const near = markAt >= 0 && e.start >= markAt - 1 && e.end <= markAt + 2;
      const oldText = text.slice(e.start, e.end);
      const keepsMark = oldText.split(mark).length === e.newText.split(mark).length;
      if (near && keepsMark && ALLOWED_AT_CLOSE.test(oldText.replace(mark, '')) && ALLOWED_AT_CLOSE.test(e.newText.replace(mark, ''))) continue;
      return `${f.rule} edits "${oldText}" → "${e.newText}" inside the quotation ${JSON.stringify(text.slice(q.start, q.end))}`;
    }
  }
  return undefined;
}

const RUNS = Number(process.env.COPYDESK_PROPERTY_RUNS ?? 300);

describe('fix safety around quotations the test places itself (property tests)', function () {
  this.timeout(60_000);
  it('no certain fix changes a quoted word or a quotation mark', () => {
    fc.assert(
      fc.property(draftArb, options, (d, opts) => {
        for (const f of check(d.text, opts)) {
          const why = violation(d.text, f, d.quotes);
          assert.ok(why === undefined, why);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('after fix-all, every quotation reads as it was written (end punctuation at the closing mark aside)', () => {
    const strip = (s: string): string => s.replace(/[.,;:!?]/g, '');
    fc.assert(
      fc.property(draftArb, options, (d, opts) => {
        const fixed = strip(applyFixes(d.text, check(d.text, opts)));
        // Quotations keep their order, so each is looked for after the one before.
        let from = 0;
        for (const q of d.quotes) {
          const quoted = strip(d.text.slice(q.start, q.end));
          const at = fixed.indexOf(quoted, from);
          assert.ok(at >= 0, `quotation changed: ${JSON.stringify(d.text.slice(q.start, q.end))}\nin: ${JSON.stringify(fixed)}`);
          from = at + quoted.length;
        }
      }),
      { numRuns: RUNS },
    );
  });
});
