/**
 * A Word document's parts over a real LSP connection: the client shows a header or the footnotes
 * at a `copydesk-docx:` URI whose fragment names the part; the server checks it as prose, not as a
 * release (no headline, no release structure), and the body as the release. The server asks the
 * client for a view's paragraph styles (its Title, its Caption), which inform the reading.
 */
import * as assert from 'node:assert/strict';
import { ofRule, TestClient } from './harness';
import { ParagraphStylesParams, ParagraphStylesRequest } from '../../protocol/messages';

// A header as DoD templates have it: the release tag, the unit's name, a line of prose.
const TEXT = 'FOR IMMEDIATE RELEASE\n\nU.S. Army Garrison Fort Hood, Texas\n\nSSG Jane Doe took the photo on July 4th.\n';
const structure = (diags: Array<{ code?: unknown }>): unknown[] => diags.filter((d) => String(d.code).startsWith('structure/'));
const DOC = encodeURIComponent('file:///drafts/unit.docx');

describe('Word document parts (copydesk-docx: views)', function () {
  this.timeout(30000);
  let c: TestClient;
  before(async () => {
    c = new TestClient({ pull: true });
    await c.initialize();
  });
  after(() => c.kill());

  it('a header is checked as prose: its first line is no headline and the release structure is not asked of it', async () => {
    const part = `copydesk-docx:/drafts/unit.docx.header-1.release?${DOC}#header%201`;
    const since = c.mark();
    await c.open(part, TEXT);
    const diags = await c.diagnostics(part, since);
    assert.equal(ofRule(diags, 'usage/us-headline').length, 0, JSON.stringify(diags));
    assert.deepEqual(structure(diags), []);
    assert.equal(ofRule(diags, 'date/ordinal').length, 1);
    assert.equal(ofRule(diags, 'rank/service-abbreviation').length, 1);
  });

  it('the body of the same document is the release: its headline rules apply', async () => {
    const body = `copydesk-docx:/drafts/unit.docx.release?${DOC}`;
    const since = c.mark();
    await c.open(body, TEXT);
    const diags = await c.diagnostics(body, since);
    assert.equal(ofRule(diags, 'usage/us-headline').length, 1, JSON.stringify(diags));
    assert.ok(ofRule(diags, 'structure/missing-contact').length === 1, JSON.stringify(diags));
  });
});

describe("a Word document view's paragraph styles (copydesk/paragraphStyles)", function () {
  this.timeout(30000);
  // The view's text as the client read it from the .docx: a unit line, the release number, the Title, the story, a Caption.
  const PARAS = [
    'U.S. Army Garrison Fort Bragg Public Affairs',
    'Release No. 24-031',
    'Paratroopers jump into Poland with NATO allies',
    'TORUN, Poland — Paratroopers of the 82nd Airborne Division jumped with Polish soldiers near here March 3, 2024.',
    'Paratroopers of the 82nd Airborne Division descend over a drop zone near Torun, Poland, March 3, 2024.',
    'Media contact: Maj. John Roe, 910-555-0142, john.roe@example.mil',
    '###',
  ];
  const VIEW_TEXT = PARAS.join('\n\n');
  const span = (i: number, role: 'headline' | 'caption'): { start: number; end: number; role: 'headline' | 'caption' } => {
    const start = PARAS.slice(0, i).reduce((n, p) => n + p.length + 2, 0);
    return { start, end: start + PARAS[i].length, role };
  };
  const VIEW = `copydesk-docx:/drafts/jump.docx.release?${encodeURIComponent('file:///drafts/jump.docx')}`;
  let c: TestClient;
  // What the client answers next (a malformed answer too).
  let answer: unknown;
  const asked: string[] = [];
  before(async () => {
    c = new TestClient({ pull: true, initializationOptions: { paragraphStyles: true } });
    c.connection.onRequest(ParagraphStylesRequest.method, (p: ParagraphStylesParams) => {
      asked.push(p.uri);
      return answer;
    });
    await c.initialize();
  });
  after(() => c.kill());
  const rules = (diags: Array<{ code?: unknown }>): string[] => diags.map((d) => String(d.code));

  it('the Title is the headline and the Caption a caption: asked once, kept through edits, asked again after a save', async () => {
    answer = { text: VIEW_TEXT, styles: [span(2, 'headline'), span(4, 'caption')] };
    await c.open(VIEW, VIEW_TEXT);
    let diags = await c.pull(VIEW);
    assert.deepEqual(asked, [VIEW]);
    assert.ok(rules(diags).includes('caption/credit-line'), JSON.stringify(diags));
    for (const gone of ['structure/missing-dateline', 'usage/us-headline', 'acronym/undefined']) assert.ok(!rules(diags).includes(gone), JSON.stringify(diags));
    // The writer types in the headline and above it: the styles move with the text, nothing is asked again.
    await c.replace(VIEW, 'NATO allies', 'NATO allies and Spain');
    await c.replace(VIEW, 'Release No. 24-031', 'Release No. 24-031-A');
    diags = await c.pull(VIEW);
    assert.deepEqual(asked, [VIEW]);
    const credit = diags.filter((d) => d.code === 'caption/credit-line');
    assert.equal(credit.length, 1, JSON.stringify(diags));
    assert.equal(credit[0].range.start.line, 8);
    assert.ok(!rules(diags).includes('structure/missing-dateline'), JSON.stringify(diags));
    // Saved: the client now reads the written document, whose caption has become plain text.
    const saved = c.text(VIEW);
    answer = { text: saved, styles: [{ start: saved.indexOf('Paratroopers jump'), end: saved.indexOf('Paratroopers jump') + 'Paratroopers jump into Poland with NATO allies and Spain'.length, role: 'headline' }] };
    await c.notify('textDocument/didSave', { textDocument: { uri: VIEW } });
    await c.waitFor('workspace/diagnostic/refresh').catch(() => undefined);
    diags = await c.pull(VIEW);
    assert.deepEqual(asked, [VIEW, VIEW]);
    assert.ok(!rules(diags).includes('caption/credit-line'), JSON.stringify(diags));
    await c.close(VIEW);
  });

  it('a malformed answer is logged and the view is read from its text alone; other drafts are never asked about', async () => {
    asked.length = 0;
    answer = { text: 42, styles: 'Title' };
    const since = c.mark();
    await c.open(VIEW, VIEW_TEXT);
    const diags = await c.pull(VIEW);
    assert.ok(rules(diags).includes('structure/missing-dateline'), JSON.stringify(diags));
    const log = await c.waitFor('window/logMessage', (p: { message: string }) => p.message.includes('copydesk/paragraphStyles'), since);
    assert.match(log.message, /malformed answer to copydesk\/paragraphStyles for copydesk-docx:/);
    await c.close(VIEW);
    await c.open('file:///drafts/plain.release', VIEW_TEXT);
    await c.pull('file:///drafts/plain.release');
    assert.deepEqual(asked, [VIEW]);
  });
});
