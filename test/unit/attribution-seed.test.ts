/** The attribution/* and quote/* rules stay quiet on real, clean copy. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, LanguageKind } from '../../checker';

const root = path.join(__dirname, '..', '..', '..');
const seed = fs.readFileSync(path.join(root, 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt'), 'utf8');

/** Constructions common in published DoD releases that these rules must not flag. */
const CLEAN_PATTERNS = `Army hosts change of command at Fort Bragg

FORT BRAGG, North Carolina — Army Col. Jane Smith assumed command of the 3rd Brigade on Friday.

"This brigade has never failed to answer the call," said Army Lt. Gen. Sean MacFarland, the commander of Operation Inherent Resolve, during the ceremony.

Smith told the soldiers, "I am honored to lead you." She thanked their families.

"We trained hard for this deployment. Every soldier knows the mission," she said. "We are ready."

"The Iron Brigade will be ready.

"We will keep training until the day we leave," Smith added.

The brigade, known as the "Iron Brigade," deployed to Iraq in 2016. Its motto is "Not for self but for country."

According to the Army, the brigade has 4,000 soldiers. The report says the unit met its goals, and ISIL claimed responsibility for the attack.

The report noted that the coalition had freed Fallujah. He explained the plan to reporters at the Pentagon.

What the general says matters, officials said. As they say, the first step is the hardest.

The 12" guns of the battleship fired. The sailor is 5'10" tall.

In a statement, the Pentagon said: "We mourn the loss of these soldiers."

"Good morning," said the chaplain, who opened the ceremony with a prayer.
`;

function loud(text: string, language: LanguageKind = 'press-release'): string[] {
  return check(text, { language })
    .filter((f) => /^(?:attribution|quote)\//.test(f.rule) && (f.severity === 'error' || f.severity === 'warning'))
    .map((f) => `${f.rule} "${text.slice(f.start, f.end)}": ${f.message}`);
}

describe('attribution and quote rules on clean copy', () => {
  for (const language of ['press-release', 'plaintext', 'markdown'] as LanguageKind[]) {
    it(`the seed gives no error or warning as ${language}`, () => {
      assert.deepStrictEqual(loud(seed, language), []);
    });
  }
  it('the seed with curly quotes and CRLF gives no error or warning', () => {
    const curly = seed.replace(/"(?=\w)/g, '“').replace(/"/g, '”').replace(/\n/g, '\r\n');
    assert.deepStrictEqual(loud(curly), []);
  });
  it('common published constructions give no error or warning', () => {
    assert.deepStrictEqual(loud(CLEAN_PATTERNS), []);
  });
});
