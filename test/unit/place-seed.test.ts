/** The place/* rules stay quiet on real, clean copy. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, LanguageKind } from '../../checker';

const root = path.join(__dirname, '..', '..', '..');
const seed = fs.readFileSync(path.join(root, 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt'), 'utf8');

/** Constructions common in published copy that these rules must not flag. */
const CLEAN_PATTERNS = `Sailors return to Norfolk

NORFOLK, Va. (April 1, 2017) -- Sailors from Naval Station Norfolk, Virginia, and Fort Bragg, North Carolina, met in Washington, D.C.

Sen. John McCain, R-Ariz., spoke. The chaplain said Mass. Jane Smith, MD, treated the wounded; John Doe, PA, assisted.

The veterans went to the VA, and the CO, Lt. Col. Ann Lee, spoke. Call us, OK? The unit is from Anchorage, Alaska, and Boise, Idaho.
`;

function loud(text: string, language: LanguageKind = 'press-release'): string[] {
  return check(text, { language })
    .filter((f) => f.rule.startsWith('place/') && (f.severity === 'error' || f.severity === 'warning'))
    .map((f) => `${f.rule} "${text.slice(f.start, f.end)}": ${f.message}`);
}

describe('place/* on the seed release', () => {
  for (const language of ['press-release', 'plaintext', 'markdown'] as LanguageKind[]) {
    it(`gives no error or warning as ${language}`, () => assert.deepStrictEqual(loud(seed, language), []));
  }
  it('gives no error or warning with CRLF line endings', () => assert.deepStrictEqual(loud(seed.replace(/\n/g, '\r\n')), []));
  it('accepts AP place forms and look-alikes', () => assert.deepStrictEqual(loud(CLEAN_PATTERNS), []));
});

/** Datelines: each is the first paragraph of its own release. */
const DATELINES: Array<[string, string[]]> = [
  ['WASHINGTON — The secretary spoke.', []],
  ['KANSAS CITY, Mo. — The unit arrived.', []],
  ['NORFOLK, Va. (April 1, 2017) – The ship arrived.', []],
  ['NORFOLK, Va. (NNS) -- The ship arrived.', []],
  ['HONOLULU, Hawaii — The ship arrived.', ['place/standalone-city ", Hawaii" => ']],
  ['PEARL HARBOR, Hawaii — The ship arrived.', []],
  ['AUSTIN, Texas — The unit arrived.', []],
  ['CLEVELAND, Tenn. — Another Cleveland keeps its state.', []],
  ['NORFOLK, Virginia — The ship arrived.', ['place/dateline-state "Virginia" => Va.']],
  ['NORFOLK, VIRGINIA — The ship arrived.', ['place/dateline-state "VIRGINIA" => Va.']],
  ['FORT BRAGG, NC — Paratroopers jumped.', ['place/state-postal-code "NC" => N.C.']],
  ['AUSTIN, TX — The unit arrived.', ['place/state-postal-code "TX" => Texas']],
  ['SAN DIEGO, Calif. — The ship arrived.', ['place/standalone-city ", Calif." => ']],
  ['SAN DIEGO, California — The ship arrived.', ['place/standalone-city ", California" => ']],
  ['SAN DIEGO, CA — The ship arrived.', ['place/standalone-city ", CA" => ']],
  ['WASHINGTON, D.C. — The secretary spoke.', ['place/standalone-city ", D.C." => ']],
  ['Norfolk, Va. — The ship arrived.', ['place/dateline-form "Norfolk" => NORFOLK']],
  ['Washington — The secretary spoke.', ['place/dateline-form "Washington" => WASHINGTON']],
  ['NORFOLK, Va.: The ship arrived.', ['place/dateline-form ":" =>  —']],
  ['However, the ship arrived.', []],
];

describe('place/* on datelines', () => {
  for (const [line, expected] of DATELINES) {
    it(line, () => {
      const text = `Headline\n\n${line}\n`;
      const got = check(text)
        .filter((f) => f.rule.startsWith('place/'))
        .map((f) => `${f.rule} "${text.slice(f.start, f.end)}" => ${f.fix ? f.fix.edits.map((e) => e.newText).join('') : ''}`);
      assert.deepStrictEqual(got, expected);
    });
  }
  it('lets a house that keeps the state turn place/standalone-city off and still get the AP form', () => {
    const text = 'Headline\n\nSAN DIEGO, CA — The ship arrived.\n';
    const got = check(text, { rules: { 'place/standalone-city': 'off' } }).filter((f) => f.rule.startsWith('place/'));
    assert.deepStrictEqual(got.map((f) => f.fix?.edits[0].newText), ['Calif.']);
  });
});
