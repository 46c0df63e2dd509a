/** Editor settings of the wrong type never crash the server: each is named, its default applies, the rest applies. */
import * as assert from 'assert';
import { sanitizeSettings } from '../../server/src/providers/sanitize';
import { untrustedProjectOptions } from '../../server/src/providers/trust';
import { DEFAULT_SETTINGS } from '../../protocol';

describe('copydesk.* settings', () => {
  const BAD: Array<[string, unknown, RegExp]> = [
    ['enable', 'yes', /^copydesk\.enable must be true or false/],
    ['languages', 'markdown', /^copydesk\.languages must be a list/],
    ['languages', [1, 2], /^copydesk\.languages must be a list/],
    ['defaultYear', '2016', /^copydesk\.defaultYear must be a whole year/],
    ['defaultYear', 2016.5, /^copydesk\.defaultYear must be a whole year/],
    ['preset', 'marines', /^copydesk\.preset: no preset "marines" \(use ap, dod/],
    ['preset', 7, /^copydesk\.preset: no preset 7/],
    ['maxFileSize', '5MB', /^copydesk\.maxFileSize must be a number of megabytes/],
    ['maxFileSize', -1, /^copydesk\.maxFileSize must be a number of megabytes/],
    ['acronyms', ['JTF-B'], /^copydesk\.acronyms must be an object/],
    ['acronyms', { 'JTF-B': 3 }, /^copydesk\.acronyms\["JTF-B"\] must be a string/],
    ['accept', 'MacFarland', /^copydesk\.accept must be a list/],
    ['accept', ['MacFarland', 3], /^copydesk\.accept entries must be strings/],
    ['substitutions', { flag: 'A' }, /^copydesk\.substitutions must be a list/],
    ['substitutions', [{ flag: 'A' }], /^copydesk\.substitutions\[0\]\.suggest must be a string/],
    ['substitutions', [{ pattern: '(a', suggest: 'b' }], /^copydesk\.substitutions\[0\]\.pattern is not a valid regular expression/],
    ['substitutions', [null], /^copydesk\.substitutions\[0\] must be an object/],
    ['rules', 'off', /^copydesk\.rules must be an object/],
    ['rules', ['date'], /^copydesk\.rules must be an object/],
    ['rules', { 'rank/nope': 'off' }, /^copydesk\.rules: unknown rule "rank\/nope"/],
    ['rules', { date: 'loud' }, /^copydesk\.rules\["date"\] must be one of off, hint/],
  ];

  for (const [key, value, message] of BAD) {
    it(`copydesk.${key} = ${JSON.stringify(value)} is named in a warning; the default applies and the other settings still do`, () => {
      const { settings, problems } = sanitizeSettings({ [key]: value, preset: key === 'preset' ? value : 'army', rules: key === 'rules' ? value : { date: 'off' } });
      assert.strictEqual(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], message);
      if (key !== 'preset') assert.strictEqual(settings.preset, 'army');
      if (key !== 'rules') assert.deepStrictEqual(settings.rules, { date: 'off' });
      const field = key as keyof typeof DEFAULT_SETTINGS;
      if (!['acronyms', 'accept', 'rules', 'substitutions'].includes(key)) assert.deepStrictEqual(settings[field], DEFAULT_SETTINGS[field]);
    });
  }

  it('a payload that is not an object at all gives the defaults and no warning', () => {
    for (const raw of [null, undefined, 3, 'copydesk', []]) assert.deepStrictEqual(sanitizeSettings(raw), { settings: { ...DEFAULT_SETTINGS, languages: DEFAULT_SETTINGS.languages }, problems: [] });
  });

  it('good values all apply, including a pattern substitution and a fractional maxFileSize', () => {
    const { settings, problems } = sanitizeSettings({
      enable: false,
      languages: ['markdown'],
      defaultYear: 2016,
      preset: 'navy',
      maxFileSize: 0.5,
      acronyms: { 'JTF-B': 'Joint Task Force-Bravo' },
      accept: ['MacFarland'],
      substitutions: [{ pattern: '(?i)jieddo', suggest: 'JIDA' }, { flag: 'towards', suggest: 'toward', message: 'house' }],
      rules: { rank: 'error' },
    });
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(settings.maxFileSize, 0.5);
    assert.deepStrictEqual(settings.substitutions, [{ pattern: '(?i)jieddo', suggest: 'JIDA' }, { flag: 'towards', suggest: 'toward', message: 'house' }]);
    assert.deepStrictEqual([settings.enable, settings.languages, settings.defaultYear, settings.preset], [false, ['markdown'], 2016, 'navy']);
  });
});

describe('untrusted workspace: what a .copydesk.json may change', () => {
  it('only rule severities; no substitutions, acronym expansions, accepted words or preset', () => {
    const opts = untrustedProjectOptions({
      preset: 'army',
      rules: { date: 'off' },
      acronyms: { JIEDDO: 'a link to somewhere' },
      accept: ['JIEDDO'],
      substitutions: [{ pattern: '.+', suggest: 'x' }],
    });
    assert.deepStrictEqual(opts, { rules: { date: 'off' } });
    assert.deepStrictEqual(untrustedProjectOptions({ substitutions: [{ flag: 'a', suggest: 'b' }] }), {});
  });
});
