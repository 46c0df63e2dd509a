import * as assert from 'assert';
import { check, ReleaseDocument } from '../../checker';

describe('reading a draft as a release', () => {
  const text = [
    'FOR IMMEDIATE RELEASE',
    'Release No. NR-245-16',
    '',
    'Carter announces 560 US troops to deploy to Iraq',
    '',
    'NORFOLK, Va. (April 1, 2017) – The ship returned.',
    '',
    '“We are proud of the crew,” Smith said. "It was a long',
    'deployment.',
    '',
    '"And they did it well," he said.',
    '',
    'Media contact: Jane Doe, 703-555-0100, jane.doe@example.mil',
    '',
    '###',
  ].join('\n');
  const doc = new ReleaseDocument(text, 'press-release');
  const slice = (s: number, e: number): string => text.slice(s, e);

  it('finds furniture, headline, body and end mark', () => {
    assert.deepStrictEqual(
      doc.blocks.map((b) => b.kind),
      ['furniture', 'furniture', 'headline', 'body', 'body', 'body', 'furniture', 'endmark'],
    );
    assert.strictEqual(slice(doc.headline!.start, doc.headline!.end), 'Carter announces 560 US troops to deploy to Iraq');
  });

  it('splits a byline run into its lines when the lead follows with no blank line', () => {
    const d = new ReleaseDocument('Headline here\n\n• Published\n• By Press Operations\nSecretary of Defense Ash Carter met with Iraqi leaders in Baghdad on July 11 and praised their recent progress.\nHe left.', 'press-release');
    assert.deepStrictEqual(d.blocks.map((b) => b.kind), ['headline', 'furniture', 'furniture', 'body', 'body']);
  });

  it('keeps hard-wrapped lines of one paragraph together', () => {
    const d = new ReleaseDocument('WASHINGTON — The secretary met with leaders\nin Baghdad on July 11.\nHe praised them.', 'press-release');
    assert.strictEqual(d.blocks.length, 1);
  });

  it('reads the Navy dateline and takes the release date from it', () => {
    assert.strictEqual(doc.dateline?.place, 'NORFOLK, Va.');
    assert.deepStrictEqual(doc.releaseDate, { year: 2017, month: 4, day: 1 });
  });

  it('reads the wire-service dateline with its date after a comma, and takes the release date from it', () => {
    const text = 'Gates: budget is lean\n\nWASHINGTON, March 3, 2011 – Defense Secretary Robert M. Gates said Thursday the budget is lean.\n';
    const doc = new ReleaseDocument(text, 'press-release');
    assert.strictEqual(doc.dateline?.place, 'WASHINGTON');
    assert.strictEqual(text.slice(doc.dateline.start, doc.dateline.end), 'WASHINGTON, March 3, 2011 – ');
    assert.deepStrictEqual(doc.releaseDate, { year: 2011, month: 3, day: 3 });
    // The city in capitals is the dateline, not a short form to spell out.
    assert.deepStrictEqual(check(text).filter((f) => f.rule.startsWith('acronym/')), []);
    const state = new ReleaseDocument('NORFOLK, Va., Sept. 3, 2016 — Sailors returned Friday.', 'press-release');
    assert.strictEqual(state.dateline?.place, 'NORFOLK, Va.');
    assert.deepStrictEqual(state.releaseDate, { year: 2016, month: 9, day: 3 });
  });

  it('finds curly and straight quotes, and a quote that runs over two paragraphs', () => {
    const quotes = doc.quotes.map((q) => slice(q.start, q.end));
    assert.strictEqual(quotes[0], '“We are proud of the crew,”');
    assert.ok(quotes[1].startsWith('"It was a long') && quotes[1].endsWith('"And they did it well,"'), quotes[1]);
    assert.strictEqual(quotes.length, 2);
    assert.ok(doc.inQuote(text.indexOf('proud')));
    assert.ok(!doc.inQuote(text.indexOf('Smith')));
  });

  it('shows in a window only its blocks, and the whole draft\'s dateline, release date, headline and quotations', () => {
    const last = doc.blocks.findIndex((b) => slice(b.start, b.end).startsWith('"And they'));
    const w = doc.window(last - 1, last + 1);
    assert.notStrictEqual(w, doc);
    assert.strictEqual(w.root, doc);
    assert.deepStrictEqual(w.blocks, doc.blocks.slice(last - 1, last + 1));
    assert.deepStrictEqual(w.bodyBlocks.map((b) => slice(b.start, b.end).slice(0, 12)), ['“We are prou', '"And they di']);
    assert.strictEqual(w.dateline, doc.dateline);
    assert.strictEqual(w.dateline!.place, 'NORFOLK, Va.');
    assert.deepStrictEqual(w.releaseDate, { year: 2017, month: 4, day: 1 });
    assert.strictEqual(w.headline, doc.headline);
    assert.strictEqual(w.firstBody, doc.firstBody);
    assert.strictEqual(w.quotes, doc.quotes);
    assert.strictEqual(w.text, doc.text);
    // The quotation that runs into the window from the paragraph before it is the whole draft's.
    assert.strictEqual(w.quoteAt(text.indexOf('And they')), doc.quotes[1]);
    assert.deepStrictEqual(w.positionAt(text.indexOf('And they')), doc.positionAt(text.indexOf('And they')));
    assert.strictEqual(w.bodyNeighbours(w.blocks[0]).prev, doc.firstBody);
    const inner = w.window(1, 2);
    assert.strictEqual(inner.root, doc);
    assert.deepStrictEqual(inner.blocks, [doc.blocks[last]]);
    assert.strictEqual(doc.window(0, 0).blocks.length, 0);
    assert.strictEqual(doc.window(0, 0).dateline, doc.dateline);
  });

  it('ends an unclosed quote with its paragraph when the next does not reopen', () => {
    const d = new ReleaseDocument('He said "we will win.\n\nThe end came later.', 'press-release');
    assert.strictEqual(d.quotes.length, 1);
    assert.strictEqual(d.quotes[0].closed, false);
    assert.ok(!d.inQuote(d.original.indexOf('end came')));
  });

  it('blanks Markdown code, front matter, comments and link targets but keeps offsets', () => {
    const md = '---\ntitle: LTG x\n---\nSee `LTG Sean` and [the page](https://x.mil/LTG-Sean).\n<!-- LTG Sean -->\n```\nLTG Sean MacFarland\n```\n';
    const d = new ReleaseDocument(md, 'markdown');
    assert.strictEqual(d.text.length, md.length);
    assert.ok(!d.text.includes('LTG'), d.text);
    assert.ok(d.text.includes('[the page]'));
  });

  it('maps offsets to zero-based lines and UTF-16 characters with CRLF and lone CR', () => {
    const d = new ReleaseDocument('a\r\nb\rc😀d', 'plaintext');
    assert.deepStrictEqual(d.positionAt(3), { line: 1, character: 0 });
    assert.deepStrictEqual(d.positionAt(5), { line: 2, character: 0 });
    assert.deepStrictEqual(d.positionAt(8), { line: 2, character: 3 });
  });
});
