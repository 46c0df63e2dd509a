/**
 * End-to-end tests of the bundled language server, run twice: once as a client that pulls
 * diagnostics (`textDocument/diagnostic`) and once as a client that gets them pushed.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { CheckedNotification } from '../../protocol/messages';
import { applyEdits, fileUri, ofRule, REPO, TestClient } from './harness';

const LOADED = 'attribution/loaded-verb';

const DRAFT = [
  'FOR IMMEDIATE RELEASE',
  '',
  'Carter announces 560 more troops for Iraq',
  '',
  'WASHINGTON — Secretary of Defense Ash Carter met with Iraqi leaders in Baghdad.',
  '',
  'Carter stated that the troops would help Iraqi forces.',
  '',
  '"The airfield will become a vital springboard," Carter said.',
  '',
  'Media contact: Defense Press Operations, 703-555-0100, press@example.mil',
  '',
  '###',
  '',
].join('\n');

const CLEAN = DRAFT.replace('Carter stated that', 'Carter said that');

/** The other core rules: each is reported on its own sentence, with its fix where it has one. */
const OTHER_RULES: Array<{ id: string; sentence: string; flagged: string; fixed?: string }> = [
  { id: 'rank/service-abbreviation', sentence: 'He consulted with LTG Sean MacFarland on the plan.', flagged: 'LTG', fixed: 'Lt. Gen. Sean MacFarland' },
  { id: 'date/ordinal', sentence: 'Carter met with Iraqi leaders in Baghdad on July 11th.', flagged: 'July 11th', fixed: 'on July 11.' },
  // July 11, 2016 was a Monday.
  { id: 'date/weekday-mismatch', sentence: 'The first troops will arrive on Tuesday, July 11, 2016.', flagged: 'Tuesday' },
];

function hoverText(h: Hover | null): string {
  assert.ok(h, 'expected a hover');
  const c = h.contents as MarkupContent | string;
  return typeof c === 'string' ? c : c.value;
}

for (const pull of [true, false]) {
  describe(`LSP features (${pull ? 'pull' : 'push'} diagnostics)`, function () {
    this.timeout(15000);
    let client: TestClient;
    let n = 0;
    const uri = (name: string): string => fileUri(`${pull ? 'pull' : 'push'}-${++n}-${name}`);

    /** Opens a document and returns its first diagnostics (pulled, or awaited as pushed). */
    async function openAndCheck(u: string, text: string, languageId = 'press-release'): Promise<Diagnostic[]> {
      const since = client.mark();
      await client.open(u, text, languageId);
      return client.diagnostics(u, since);
    }

    /** Sends a range edit and returns the diagnostics for the new version. */
    async function changeAndCheck(u: string, find: string, replace: string): Promise<Diagnostic[]> {
      const since = client.mark();
      await client.replace(u, find, replace);
      return client.diagnostics(u, since);
    }

    before(async () => {
      client = new TestClient({ pull });
      await client.initialize();
    });

    after(() => client?.kill());

    beforeEach(() => {
      client.settings = {};
    });

    it('reports the loaded attribution verb after didOpen', async () => {
      const u = uri('draft.release');
      const diags = await openAndCheck(u, DRAFT);
      const found = ofRule(diags, LOADED);
      assert.equal(found.length, 1, JSON.stringify(diags, null, 2));
      const d = found[0];
      assert.equal(d.source, 'copydesk');
      assert.equal(d.severity, 2, 'warning');
      assert.match(typeof d.message === 'string' ? d.message : d.message.value, /said/);
      assert.match(d.codeDescription?.href ?? '', /attribution-loaded-verb\.md$/);
      assert.equal(client.doc(u).getText(d.range), 'stated');
      assert.deepEqual(d.range.start, { line: 6, character: 7 });
    });

    it('notifies copydesk/checked with counts after each check', async () => {
      const u = uri('checked.release');
      const since = client.mark();
      await openAndCheck(u, DRAFT);
      const checked = await client.waitFor(CheckedNotification, (p) => p.uri === u, since);
      assert.equal(checked.version, 1);
      assert.equal(checked.counts.warning >= 1, true, JSON.stringify(checked));
      assert.equal(checked.counts.error, 0);
    });

    it('a clean draft has no findings', async () => {
      const diags = await openAndCheck(uri('clean.release'), CLEAN);
      assert.deepEqual(diags, []);
    });

    it('an incremental change introduces and then removes a finding', async () => {
      const u = uri('incremental.release');
      assert.deepEqual(await openAndCheck(u, CLEAN), []);
      let diags = await changeAndCheck(u, 'Carter said that', 'Carter claimed that');
      assert.equal(ofRule(diags, LOADED).length, 1, JSON.stringify(diags));
      assert.equal(client.doc(u).getText(ofRule(diags, LOADED)[0].range), 'claimed');
      assert.equal(client.doc(u).version, 2);
      diags = await changeAndCheck(u, 'claimed', 'said');
      assert.deepEqual(ofRule(diags, LOADED), []);
      // An edit above a finding moves it: ranges follow the new text.
      diags = await changeAndCheck(u, 'Carter said that', 'Carter stated that');
      diags = await changeAndCheck(u, 'WASHINGTON — ', 'WASHINGTON — On Monday, ');
      const d = ofRule(diags, LOADED);
      assert.equal(d.length, 1);
      assert.equal(client.doc(u).getText(d[0].range), 'stated');
    });

    it('hover on a finding shows the rule id and why', async () => {
      const u = uri('hover.release');
      const diags = ofRule(await openAndCheck(u, DRAFT), LOADED);
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: diags[0].range.start });
      const text = hoverText(h);
      assert.match(text, /attribution\/loaded-verb/);
      assert.match(text, /\*Why:\*/);
      assert.match(text, /neutral/);
      assert.deepEqual(h!.range, diags[0].range);
      const none = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 8, character: 3 } });
      assert.equal(none === null || !hoverText(none).includes(LOADED), true);
    });

    it('the quick fix replaces the verb and the finding goes away', async () => {
      const u = uri('quickfix.release');
      const d = ofRule(await openAndCheck(u, DRAFT), LOADED)[0];
      const actions = (await client.codeActions(u, d.range, [d])) ?? [];
      const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
      assert.ok(fix, JSON.stringify(actions, null, 2));
      assert.match(fix.title, /said/);
      assert.deepEqual(fix.diagnostics?.[0].code, LOADED);
      const since = client.mark();
      const text = await client.applyEdit(u, fix.edit);
      assert.equal(text, CLEAN);
      const after = await client.diagnostics(u, since);
      assert.deepEqual(ofRule(after, LOADED), []);
    });

    it('a quick fix from a diagnostic of an older version is not offered', async () => {
      const u = uri('stale.release');
      const d = ofRule(await openAndCheck(u, DRAFT), LOADED)[0];
      await changeAndCheck(u, 'WASHINGTON', 'WASHINGTON');
      const actions = (await client.codeActions(u, d.range, [d])) ?? [];
      assert.deepEqual(actions.filter((a) => a.kind === 'quickfix'), []);
    });

    it('fix-all (only source.fixAll.copydesk) fixes every finding', async () => {
      const u = uri('fixall.release');
      const extra = 'Carter stated that the troops would help Iraqi forces.\n\n"We are ready," Carter claimed.\n';
      const text = DRAFT.replace('Media contact:', `${extra}\nMedia contact:`);
      const diags = await openAndCheck(u, text);
      assert.equal(ofRule(diags, LOADED).length, 3);
      const whole = { start: { line: 0, character: 0 }, end: client.doc(u).positionAt(text.length) };
      const actions = (await client.codeActions(u, whole, [], ['source.fixAll.copydesk'])) ?? [];
      assert.equal(actions.length, 1, JSON.stringify(actions));
      assert.equal(actions[0].kind, 'source.fixAll.copydesk');
      const fixed = applyEdits(text, actions[0].edit!.changes![u]);
      assert.equal(fixed, CLEAN.replace('Media contact:', `${extra.replace('stated', 'said').replace('Carter claimed', 'Carter said')}\nMedia contact:`));
      assert.doesNotMatch(fixed, /stated|claimed/);
      // Only fix-all was asked for: no quick fixes.
      assert.deepEqual(actions.filter((a: CodeAction) => a.kind === 'quickfix'), []);
      // Applied, nothing is left to fix.
      const since = client.mark();
      await client.applyEdit(u, actions[0].edit);
      assert.deepEqual(ofRule(await client.diagnostics(u, since), LOADED), []);
      const again = (await client.codeActions(u, whole, [], ['source.fixAll.copydesk'])) ?? [];
      assert.deepEqual(again[0]?.edit?.changes?.[u] ?? [], []);
    });

    it('fix-all fixes the four core rules together; the weekday mismatch and the hint (the service before the rank) are left for a person', async () => {
      const u = uri('fixall-core.release');
      const text = DRAFT.replace('Media contact:', `${OTHER_RULES.map((r) => r.sentence).join('\n\n')}\n\nMedia contact:`);
      const diags = await openAndCheck(u, text);
      for (const id of [LOADED, ...OTHER_RULES.map((r) => r.id)]) assert.equal(ofRule(diags, id).length, 1, id);
      const whole = { start: { line: 0, character: 0 }, end: client.doc(u).positionAt(text.length) };
      const actions = (await client.codeActions(u, whole, [], ['source.fixAll.copydesk'])) ?? [];
      const fixed = applyEdits(text, actions[0].edit!.changes![u]);
      assert.equal(
        fixed,
        text
          .replace('Carter stated that', 'Carter said that')
          .replace('LTG Sean MacFarland', 'Lt. Gen. Sean MacFarland')
          .replace('on July 11th.', 'on July 11.'),
      );
      const since = client.mark();
      await client.applyEdit(u, actions[0].edit);
      const all = await client.diagnostics(u, since);
      assert.deepEqual(all.filter((d) => d.severity === 4).map((d) => d.code), ['rank/service-before-rank']);
      const left = all.filter((d) => d.severity !== 4);
      assert.deepEqual(left.map((d) => d.code), ['date/weekday-mismatch']);
      // Its choices are suggestions (quick fixes that are not preferred).
      const choices = (await client.codeActions(u, left[0].range, left)) ?? [];
      assert.ok(choices.some((a) => a.kind === 'quickfix' && !a.isPreferred && a.title !== 'Disable date/weekday-mismatch on this line'));
      assert.ok(!choices.some((a) => a.isPreferred));
    });

    it('"Disable … on this line" inserts a directive that silences the finding', async () => {
      const u = uri('disable.release');
      const d = ofRule(await openAndCheck(u, DRAFT), LOADED)[0];
      const actions = (await client.codeActions(u, d.range, [d], ['quickfix'])) ?? [];
      const disable = actions.find((a) => a.title === `Disable ${LOADED} on this line`);
      assert.ok(disable, JSON.stringify(actions.map((a) => a.title)));
      const since = client.mark();
      const text = await client.applyEdit(u, disable.edit);
      assert.equal(text, DRAFT.replace('Carter stated', `copydesk-disable-next-line ${LOADED}\nCarter stated`));
      assert.deepEqual(ofRule(await client.diagnostics(u, since), LOADED), []);
    });

    it('the directive is an HTML comment in Markdown', async () => {
      const u = uri('disable.md');
      const md = '# Carter visits Iraq\n\nCarter stated that the troops would deploy.\n';
      const d = ofRule(await openAndCheck(u, md, 'markdown'), LOADED)[0];
      assert.ok(d);
      const actions = (await client.codeActions(u, d.range, [d])) ?? [];
      const disable = actions.find((a) => a.title.startsWith('Disable '))!;
      const since = client.mark();
      const text = await client.applyEdit(u, disable.edit);
      assert.match(text, new RegExp(`<!-- copydesk-disable-next-line ${LOADED} -->\\nCarter stated`));
      assert.deepEqual(ofRule(await client.diagnostics(u, since), LOADED), []);
    });

    it('a settings change turning the rule off removes the finding', async () => {
      const u = uri('settings.release');
      assert.equal(ofRule(await openAndCheck(u, DRAFT), LOADED).length, 1);
      assert.ok(client.configurationRequests.some((r) => r.section === 'copydesk' && r.scopeUri === u));
      client.settings = { rules: { [LOADED]: 'off' } };
      let since = client.mark();
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      if (pull) await client.waitFor('workspace/diagnostic/refresh', () => true, since);
      assert.deepEqual(ofRule(await client.diagnostics(u, since), LOADED), []);
      // And a severity setting applies.
      client.settings = { rules: { attribution: 'error' } };
      since = client.mark();
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      if (pull) await client.waitFor('workspace/diagnostic/refresh', () => true, since);
      const back = ofRule(await client.diagnostics(u, since), LOADED);
      assert.equal(back.length, 1);
      assert.equal(back[0].severity, 1);
      client.settings = {};
      since = client.mark();
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      if (pull) await client.waitFor('workspace/diagnostic/refresh', () => true, since);
      assert.equal(ofRule(await client.diagnostics(u, since), LOADED)[0]?.severity, 2);
    });

    it('copydesk.enable false and copydesk.languages silence a document', async () => {
      const u = uri('languages.txt');
      assert.equal(ofRule(await openAndCheck(u, DRAFT, 'plaintext'), LOADED).length, 1);
      client.settings = { languages: ['press-release'] };
      const since = client.mark();
      await client.notify('workspace/didChangeConfiguration', { settings: null });
      if (pull) await client.waitFor('workspace/diagnostic/refresh', () => true, since);
      assert.deepEqual(await client.diagnostics(u, since), []);
      client.settings = { enable: false };
      const u2 = uri('disabled.release');
      assert.deepEqual(await openAndCheck(u2, DRAFT), []);
      client.settings = {};
      await client.notify('workspace/didChangeConfiguration', { settings: null });
    });

    it('document symbols: headline, dateline, quote and end mark', async () => {
      const u = uri('symbols.release');
      await openAndCheck(u, DRAFT);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: u } });
      // Other kinds of symbol may join the outline; these four must be there, in document order.
      const core = new Set(['headline', 'dateline', 'quote', 'end mark']);
      const lines = symbols.map((s) => s.range.start.line);
      assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'symbols in document order');
      assert.deepEqual(
        symbols.filter((s) => core.has(s.detail ?? '')).map((s) => [s.detail, s.name, s.range.start.line]),
        [
          ['headline', 'Carter announces 560 more troops for Iraq', 2],
          ['dateline', 'WASHINGTON', 4],
          ['quote', '"The airfield will become a vital springboard,"', 8],
          ['end mark', '###', 12],
        ],
      );
    });

    it('document symbols: each ship and unit at its first reference', async () => {
      const u = uri('ships.release');
      const text = 'Strike group departs\n\nNORFOLK, Va. — USS Harry S. Truman (CVN 75) and Destroyer Squadron 23 (DESRON 23) departed. USS Truman returns in May.\n\n###\n';
      await openAndCheck(u, text);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: u } });
      assert.deepEqual(
        symbols.filter((s) => s.detail === 'ship' || s.detail === 'unit').map((s) => [s.detail, s.name, s.range.start.line, s.range.start.character]),
        [
          ['ship', 'USS Harry S. Truman (CVN 75)', 2, 15],
          ['unit', 'Destroyer Squadron 23 (DESRON 23)', 2, 48],
        ],
      );
    });

    it('the seed release has no error or warning diagnostics', async () => {
      const seed = fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt'), 'utf8');
      const diags = await openAndCheck(uri('seed.txt'), seed);
      const bad = diags.filter((d) => d.severity === 1 || d.severity === 2);
      assert.deepEqual(bad, [], JSON.stringify(bad, null, 2));
    });

    for (const r of OTHER_RULES) {
      it(`reports ${r.id} with its fix`, async () => {
        const id = r.id;
        const u = uri('rule.release');
        const text = DRAFT.replace('Media contact:', `${r.sentence}\n\nMedia contact:`);
        const found = ofRule(await openAndCheck(u, text), id);
        assert.equal(found.length, 1, `${id}: ${JSON.stringify(found)}`);
        assert.equal(found[0].source, 'copydesk');
        assert.match(client.doc(u).getText(found[0].range), new RegExp(r.flagged));
        const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: found[0].range.start });
        assert.ok(hoverText(h).includes(id));
        if (r.fixed) {
          const actions = (await client.codeActions(u, found[0].range, found)) ?? [];
          const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
          assert.ok(fix, `${id}: no preferred quick fix in ${JSON.stringify(actions.map((a) => a.title))}`);
          assert.ok(applyEdits(text, fix.edit!.changes![u]).includes(r.fixed));
        }
      });
    }
  });
}
