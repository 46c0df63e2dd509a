/** The seed release and other clean copy give no date or time error or warning. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, LanguageKind } from '../../checker';

const root = path.join(__dirname, '..', '..', '..');
const seed = fs.readFileSync(path.join(root, 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt'), 'utf8');
const loud = (text: string, language: LanguageKind = 'press-release') =>
  check(text, { language, defaultYear: 2016 })
    .filter((f) => /^(?:date|time)\//.test(f.rule) && (f.severity === 'error' || f.severity === 'warning'))
    .map((f) => `${f.rule} "${text.slice(f.start, f.end)}": ${f.message}`);

describe('date and time rules on clean copy', () => {
  for (const language of ['press-release', 'plaintext', 'markdown'] as LanguageKind[]) {
    it(`the seed gives no date or time error or warning as ${language}`, () => {
      assert.deepStrictEqual(loud(seed, language), []);
      assert.deepStrictEqual(loud(seed.replace(/\n/g, '\r\n'), language), []);
    });
  }

  it('AP-style dates, times and numbers that look like dates or times stay quiet', () => {
    const clean = [
      'FORT BRAGG, N.C. (July 11, 2016) — The 82nd Airborne Division returned Monday, July 11, 2016, after nine months.',
      'The ceremony is at 10 a.m. Tuesday, July 12, in the gym; the curfew starts at midnight and lunch is at noon EDT.',
      'In 1400 the town was founded. 2016 was a hard year: 1,400 troops deployed, and pilots logged 2000 hours of flight time.',
      'The unit deployed in August 2016, came home in March 2017 and will deploy again Sept. 3. The troops march 12 miles.',
      'Soldiers may 11 times repeat the course. May 5 was the anniversary of the 1st Infantry Division.',
      'The program ran from Jan. 1, 2016 to Dec. 31, 2016 and covered Fiscal Year 2016-2017 with report-2016-07-11.pdf.',
      'The score was 24/7 and 3/4 of the force, about 50/50; AM radio station WXYZ 1590 AM carried it.',
    ].join('\n\n');
    assert.deepStrictEqual(loud(clean), []);
  });
});
