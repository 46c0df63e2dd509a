/**
 * Property test of the .docx writer: whatever a writer types into the text of a document LibreOffice
 * or pandoc made (words, spaces, tabs, line breaks, new paragraphs, deletions across paragraphs and
 * table cells), the document written reads back as that text, and nothing but the edited part changes.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { readDocx, splitParagraphs, writeDocx } from '../../docx';
import { readZip } from '../../docx/zip';

const DIR = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'docx');
const MB = 1024 * 1024;
const NOW = new Date('2026-12-03T06:00:00Z');

/** An edit at a place in the text: a piece deleted, and something typed there. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat(40),
  typed: fc.array(fc.constantFrom('Lt. Gen.', ' ', 'x', '\t', '\n', '\n\n', 'U.S. Army', '“said”', '—', ''), { maxLength: 4 }).map((a) => a.join('')),
});

function applyAll(text: string, edits: Array<{ at: number; length: number; typed: string }>): string {
  for (const e of edits) {
    const start = Math.floor(e.at * text.length);
    text = text.slice(0, start) + e.typed + text.slice(Math.min(text.length, start + e.length));
  }
  return text;
}

describe('docx: the paragraphs of a text as typed', () => {
  it('inverts joining by a blank line; odd line breaks between paragraphs and at their ends are dropped', () => {
    for (const ps of [['A'], [''], ['', ''], ['A', ''], ['', 'A'], ['A', '', '', 'B'], ['A\nB', 'C']]) assert.deepStrictEqual(splitParagraphs(ps.join('\n\n')), ps);
    assert.deepStrictEqual(splitParagraphs('\nA\n\n\nB\n'), ['A', 'B']);
    assert.deepStrictEqual(splitParagraphs('A\n\n\n\n\nB'), ['A', '', 'B']);
  });
});

describe('docx: any edit of the text is written and reads back as typed (property)', function () {
  this.timeout(60_000);
  for (const name of ['libreoffice-release.docx', 'pandoc-release.docx', 'libreoffice-tracked.docx']) {
    it(name, () => {
      const bytes = new Uint8Array(fs.readFileSync(path.join(DIR, name)));
      const doc = readDocx(bytes, 5 * MB);
      const original = readZip(bytes);
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
          const typed = applyAll(doc.stories[0].text, edits).replace(/\n$/, '');
          const out = writeDocx(doc, new Map([['body', typed]]), { now: NOW });
          const again = readDocx(out.bytes, 5 * MB);
          assert.strictEqual(again.stories[0].text, out.texts.get('body'));
          // It reads as the paragraphs typed, except where a paragraph had to stay (a table cell's
          // last one, one carrying the page setup, a tracked deletion's mark): an empty paragraph.
          const left = (ps: string[]): string => ps.filter((p) => p !== '').join('\n\n');
          assert.strictEqual(left(out.texts.get('body')!.split('\n\n')), left(splitParagraphs(typed)));
          for (const s of again.stories.slice(1)) assert.strictEqual(s.text, doc.stories.find((x) => x.label === s.label)!.text);
          const now = readZip(out.bytes);
          for (const e of original) if (e.name !== 'word/document.xml') assert.deepStrictEqual(Buffer.from(now.find((x) => x.name === e.name)!.raw), Buffer.from(e.raw), e.name);
        }),
        { numRuns: 150, seed: 16 },
      );
    });
  }
});
