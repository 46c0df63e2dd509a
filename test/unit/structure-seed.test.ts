/** The structure/* rules stay silent on web copy and plain notes, and never warn on the seed. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, LanguageKind } from '../../checker';

const root = path.join(__dirname, '..', '..', '..');
const seed = fs.readFileSync(path.join(root, 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt'), 'utf8');

function structure(text: string, language: LanguageKind = 'press-release'): string[] {
  return check(text, { language })
    .filter((f) => f.rule.startsWith('structure/'))
    .map((f) => `${f.rule} [${f.severity}] "${text.slice(f.start, f.end)}"`);
}

describe('structure/* on the seed release', () => {
  for (const language of ['press-release', 'plaintext', 'markdown'] as LanguageKind[]) {
    it(`says nothing about a web page copy as ${language}`, () => assert.deepStrictEqual(structure(seed, language), []));
  }
  it('says nothing with CRLF line endings', () => assert.deepStrictEqual(structure(seed.replace(/\n/g, '\r\n')), []));
  it('says nothing on an empty text or a one-line note', () => {
    assert.deepStrictEqual(structure(''), []);
    assert.deepStrictEqual(structure('Call the press desk.'), []);
  });
  it('gives only hints for a release with no furniture but its tag', () => {
    const got = structure('FOR IMMEDIATE RELEASE\n\nThe unit arrived.\n');
    assert.ok(got.length > 0 && got.every((g) => g.includes('[hint]')), got.join('\n'));
  });
});
