/** The number/* rules stay quiet on real, clean copy and on the figures AP keeps. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, LanguageKind } from '../../checker';

const root = path.join(__dirname, '..', '..', '..');
const seed = fs.readFileSync(path.join(root, 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt'), 'utf8');

/** Constructions common in published DoD and Navy copy that these rules must not flag. */
const CLEAN_PATTERNS = `Thousands of sailors return after 7-month deployment

NORFOLK, Va. (NNS) -- More than 7,000 sailors returned after a seven-month deployment in the 5th and 6th Fleet areas.

Arleigh Burke-class guided-missile destroyers USS James E. Williams (DDG 95) and USS Truxtun (DDG 103) returned on Aug. 10 at 9 a.m. to Pier 12.

Mass Communication Specialist 2nd Class Jane Doe and Chief Warrant Officer 2 Mark Hall flew the MQ-9 and the F/A-18E at Mach 1.6, 3 miles from the coast.

Pfc. Ann Roe, 20, of Fort Wayne, Indiana, and a 5-year-old girl were honored; the unit has 4,000 soldiers and a $1.2 billion budget, up 3 percent.

The 2d Battalion, 5th Marines, and 1-504th Parachute Infantry Regiment trained with Task Force 51/5 and Carrier Strike Group 3 during Phase 2 of exercise Steadfast Defender 2024.

2016 was a busy year. World War II veterans watched as 1st Sgt. Joe Diaz and Spc. 4 Ray Cruz received the No. 1 award; the vote was 9-0.

Call 703-555-0100 or read Release No. 16-245. The 1,200 paratroopers jumped from 1,250 feet.
`;

function loud(text: string, language: LanguageKind = 'press-release'): string[] {
  return check(text, { language })
    .filter((f) => f.rule.startsWith('number/') && (f.severity === 'error' || f.severity === 'warning'))
    .map((f) => `${f.rule} "${text.slice(f.start, f.end)}": ${f.message}`);
}

describe('number/* on the seed release', () => {
  for (const language of ['press-release', 'plaintext', 'markdown'] as LanguageKind[]) {
    it(`gives no error or warning as ${language}`, () => assert.deepStrictEqual(loud(seed, language), []));
  }
  it('gives no error or warning with CRLF line endings', () => assert.deepStrictEqual(loud(seed.replace(/\n/g, '\r\n')), []));
  it('leaves the figures AP keeps alone', () => assert.deepStrictEqual(loud(CLEAN_PATTERNS), []));
});
