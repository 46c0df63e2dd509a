/**
 * A Word document's parts over a real LSP connection: the client shows a header or the footnotes
 * at a `copydesk-docx:` URI whose fragment names the part; the server checks it as prose, not as a
 * release (no headline, no release structure), and the body as the release.
 */
import * as assert from 'node:assert/strict';
import { ofRule, TestClient } from './harness';

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
