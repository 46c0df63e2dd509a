import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, LanguageKind, PRESETS } from '../../checker';

const seed = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt'), 'utf8');

describe('the seed release (real, published, clean copy)', () => {
  for (const language of ['press-release', 'plaintext', 'markdown'] as LanguageKind[]) {
    it(`gives no error or warning as ${language}`, () => {
      const loud = check(seed, { language }).filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepStrictEqual(
        loud.map((f) => `${f.rule} "${seed.slice(f.start, f.end)}": ${f.message}`),
        [],
      );
    });
  }
  for (const preset of Object.keys(PRESETS)) {
    it(`gives no error or warning under the ${preset} house style`, () => {
      // Service presets may ask for their own house forms (the Navy's title-case headline); nothing else.
      const house = preset === 'ap' || preset === 'dod' ? [] : ['structure/headline-case', 'usage/service-member-case'];
      const loud = check(seed, { preset }).filter((f) => (f.severity === 'error' || f.severity === 'warning') && !house.includes(f.rule));
      assert.deepStrictEqual(loud.map((f) => `${f.rule} "${seed.slice(f.start, f.end)}"`), []);
    });
  }
  it('still gives no error or warning with CRLF line endings', () => {
    const crlf = seed.replace(/\n/g, '\r\n');
    assert.deepStrictEqual(check(crlf).filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
  });
});
