/**
 * Fix All over a real connection: the editor's "Fix all" source action and the preview request
 * (`copydesk/fixes`) take the fixes of errors and warnings only, unless `copydesk.fixAll.include`
 * is "all" (sent nested, as VS Code sends it) or the request asks for every fix; the preview
 * names each fix's family in plain words.
 */
import * as assert from 'node:assert/strict';
import { FixesRequest } from '../../protocol/messages';
import { applyEdits, fileUri, TestClient } from './harness';

const TEXT = 'WASHINGTON — The deployment was approved by LTG Sean MacFarland on July 11th.\n';
const FIXED = 'WASHINGTON — The deployment was approved by Lt. Gen. Sean MacFarland on July 11.\n';
const FIXED_ALL = 'WASHINGTON — The deployment was approved by Army Lt. Gen. Sean MacFarland on July 11.\n';

describe('LSP: Fix All takes errors and warnings unless told to include suggestions', function () {
  this.timeout(20000);
  let c: TestClient | undefined;
  afterEach(() => c?.kill());

  async function fixAllAction(settings: Record<string, unknown>): Promise<string> {
    c = new TestClient({ pull: true });
    c.settings = settings;
    await c.initialize();
    const u = fileUri('fixall-include.release');
    await c.open(u, TEXT);
    await c.pull(u);
    const whole = { start: { line: 0, character: 0 }, end: c.doc(u).positionAt(TEXT.length) };
    const actions = (await c.codeActions(u, whole, [], ['source.fixAll.copydesk'])) ?? [];
    assert.equal(actions.length, 1, JSON.stringify(actions));
    return applyEdits(TEXT, actions[0].edit!.changes![u]);
  }

  it('source.fixAll.copydesk by default fixes the errors and does not insert "Army" (a hint)', async () => {
    assert.equal(await fixAllAction({}), FIXED);
  });

  it('with copydesk.fixAll.include "all" it applies the hint\'s fix too', async () => {
    assert.equal(await fixAllAction({ fixAll: { include: 'all' } }), FIXED_ALL);
  });

  it('follows the severity the writer set: rank/service-before-rank raised to warning is fixed', async () => {
    assert.equal(await fixAllAction({ rules: { 'rank/service-before-rank': 'warning' } }), FIXED_ALL);
  });

  it('copydesk/fixes: errorsAndWarnings leaves out the hint, all takes it; families in plain words', async () => {
    c = new TestClient({ pull: true });
    await c.initialize();
    const u = fileUri('fixes-include.release');
    await c.open(u, TEXT);
    await c.pull(u);
    const some = await c.request(FixesRequest, { uri: u, include: 'errorsAndWarnings' });
    assert.deepEqual(
      some.map((f) => [f.rule, f.familyName, f.severity]),
      [
        ['rank/service-abbreviation', 'Ranks', 'error'],
        ['date/ordinal', 'Dates', 'error'],
      ],
    );
    const all = await c.request(FixesRequest, { uri: u, include: 'all' });
    assert.deepEqual(all.map((f) => [f.rule, f.familyName, f.severity]), [
      ['rank/service-abbreviation', 'Ranks', 'error'],
      ['rank/service-before-rank', 'Ranks', 'hint'],
      ['date/ordinal', 'Dates', 'error'],
    ]);
  });
});
