/** Editor settings of the wrong type over a real connection: the writer is told which key, once, and the rest applies. */
import * as assert from 'node:assert/strict';
import { fileUri, ofRule, TestClient } from './harness';

describe('LSP: bad copydesk.* settings', function () {
  this.timeout(20000);
  let c: TestClient;
  after(() => c?.kill());

  it('each bad value is named in one warning; valid settings next to it still apply; the server keeps checking', async () => {
    c = new TestClient({ pull: true });
    c.settings = {
      enable: 'yes',
      languages: 'press-release',
      preset: 'marines',
      defaultYear: 'last year',
      maxFileSize: '5MB',
      acronyms: ['ISF'],
      accept: 'stated',
      substitutions: [{ pattern: '(troops', suggest: 'x' }, { flag: 'JIEDDO', suggest: 'JIDA' }],
      rules: { 'attribution/loaded-verb': 'error', 'rank/nope': 'off', date: 12 },
    };
    await c.initialize();
    const u = fileUri('bad-settings.release');
    await c.open(u, 'Carter stated that JIEDDO troops would deploy.\n');
    const diags = await c.pull(u);
    const loaded = ofRule(diags, 'attribution/loaded-verb');
    assert.equal(loaded.length, 1, 'checked with the defaults where settings were bad');
    assert.equal(loaded[0].severity, 1, 'the valid rules entry (error) still applies');
    assert.equal(ofRule(diags, 'usage/substitution').length, 1, 'the valid substitution still applies');
    const expected = [
      'copydesk.enable must be true or false',
      'copydesk.languages must be a list of language ids',
      'copydesk.defaultYear must be a whole year',
      'copydesk.preset: no preset "marines"',
      'copydesk.maxFileSize must be a number of megabytes',
      'copydesk.acronyms must be an object',
      'copydesk.accept must be a list',
      'copydesk.substitutions[0].pattern is not a valid regular expression',
      'copydesk.rules: unknown rule "rank/nope"',
      'copydesk.rules["date"] must be one of',
    ];
    for (const text of expected) {
      const shown = c.shownMessages.filter((m) => m.includes(text));
      assert.equal(shown.length, 1, `"${text}" shown ${shown.length} times in:\n${c.shownMessages.join('\n')}`);
    }
    // Asking again (a second document, a settings refresh) does not repeat the warnings.
    await c.open(fileUri('bad-settings-2.release'), 'Carter stated it.\n');
    await c.pull(fileUri('bad-settings-2.release'));
    assert.equal(c.shownMessages.length, expected.length, c.shownMessages.join('\n'));
  });
});
