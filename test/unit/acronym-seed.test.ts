import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check } from '../../checker';

const seed = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt'), 'utf8');

describe('acronym rules on the seed release', () => {
  for (const preset of ['ap', 'dod', 'army', 'navy']) {
    it(`gives no acronym error or warning (preset ${preset})`, () => {
      const loud = check(seed, { preset }).filter((f) => f.rule.startsWith('acronym/') && (f.severity === 'error' || f.severity === 'warning'));
      assert.deepStrictEqual(loud.map((f) => `${f.rule} "${seed.slice(f.start, f.end)}": ${f.message}`), []);
    });
  }
});
