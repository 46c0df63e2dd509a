import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, LanguageKind } from '../../checker';

const seed = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt'), 'utf8');

describe('rank rules on the seed release', () => {
  for (const language of ['press-release', 'plaintext', 'markdown'] as LanguageKind[]) {
    it(`give no error or warning as ${language}`, () => {
      const loud = check(seed, { language }).filter((f) => f.rule.startsWith('rank/') && (f.severity === 'error' || f.severity === 'warning'));
      assert.deepStrictEqual(loud.map((f) => `${f.rule} "${seed.slice(f.start, f.end)}"`), []);
    });
  }
  it('recognise the three officers as first references with their service', () => {
    const rank = check(seed).filter((f) => f.rule.startsWith('rank/'));
    assert.deepStrictEqual(rank.map((f) => f.rule), []);
  });
});
