/**
 * What a writer reads when the pointer rests on a finding, over a real connection: the most
 * severe finding first, an example made of the draft's own words, the message exactly once, and
 * a hover short enough to read (about a dozen lines).
 */
import * as assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, ofRule, TestClient } from './harness';

const DRAFT = [
  'FOR IMMEDIATE RELEASE',
  '',
  'Sergeant earns award for rescue',
  '',
  'FORT BRAGG, N.C. — SSG Jane Doe of the 82nd Airborne Division received the Soldier’s Medal on Nov. 6, 2026.',
  '',
  'Doe stated that she acted without thinking.',
  '',
  '###',
  '',
].join('\n');

function value(h: Hover | null): string {
  assert.ok(h, 'expected a hover');
  return (h.contents as MarkupContent).value;
}

/** Lines as rendered: Markdown's hard breaks and paragraphs, separators counted as lines. */
function renderedLines(markdown: string): string[] {
  return markdown.split(/ {2}\n|\n/).filter((l) => l.trim() !== '');
}

for (const editorShowsMessages of [false, true]) {
  describe(`LSP hover (${editorShowsMessages ? 'a client that shows diagnostics in its hover, like VS Code' : 'a client that does not, like Neovim'})`, function () {
    this.timeout(20000);
    let c: TestClient;
    const u = fileUri(`hover-${editorShowsMessages}.release`);
    before(async () => {
      c = new TestClient({ pull: true, configuration: true, initializationOptions: { hoverShowsDiagnostics: editorShowsMessages } });
      // The DoD preset adds a hint on the same rank (the service before it): two findings under one pointer.
      c.settings = { preset: 'dod' };
      await c.initialize();
      await c.open(u, DRAFT);
    });
    after(() => c?.kill());

    it('on a sergeant: the error first, an example built from "SSG Jane Doe", the message once, at most 12 lines', async () => {
      const diags = await c.pull(u);
      const abbreviation = ofRule(diags, 'rank/service-abbreviation');
      const before = ofRule(diags, 'rank/service-before-rank');
      assert.equal(abbreviation.length, 1);
      assert.equal(before.length, 1, 'the dod preset suggests the service before the rank');
      const text = value(await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: abbreviation[0].range.start }));
      const errorAt = text.indexOf('rank/service-abbreviation');
      const hintAt = text.indexOf('rank/service-before-rank');
      assert.ok(errorAt >= 0 && hintAt > errorAt, `the error comes before the hint:\n${text}`);
      assert.match(text, /Right: Staff Sgt\. Jane Doe · Wrong: SSG Jane Doe\b/);
      assert.match(text, /Right: Army Staff Sgt\. Jane Doe of the · Wrong: SSG Jane Doe of the/, 'the suggestion\'s example makes the certain fix too');
      for (const example of text.split('\n').filter((l) => l.startsWith('Right:'))) assert.doesNotMatch(example, /Gen\./, 'no example about another rank');
      const message = abbreviation[0].message;
      assert.equal(text.split(message as string).length - 1, editorShowsMessages ? 0 : 1, `the message ${editorShowsMessages ? 'is left to the editor' : 'appears once'}:\n${text}`);
      const lines = renderedLines(text);
      assert.ok(lines.length <= 12, `${lines.length} lines:\n${text}`);
    });

    it('on a loaded verb: "Doe stated that" becomes "Doe said that", with why and the rule page', async () => {
      const diags = ofRule(await c.pull(u), 'attribution/loaded-verb');
      assert.equal(diags.length, 1);
      const text = value(await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: diags[0].range.start }));
      assert.match(text, /Right: Doe said that she · Wrong: Doe stated that she/);
      assert.match(text, /\*Why:\* /);
      assert.match(text, /\[Rule page: attribution\/loaded-verb\]\(/);
      assert.match(text, /quick fix: Ctrl\+\./);
    });

    it('on a date with no finding: its facts in two lines', async () => {
      const at = DRAFT.split('\n')[4].indexOf('Nov. 6');
      const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 4, character: at + 1 } });
      if (h === null) return assert.fail('a weekday gets its facts');
      assert.ok(renderedLines(value(h)).length <= 3, value(h));
    });
  });
}
