import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { introducedPeople, ReleaseDocument } from '../../server/src/checker';

describe('people on first reference', () => {
  it('lists the seed release people once each, in order', () => {
    const seed = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt'), 'utf8');
    const people = introducedPeople(new ReleaseDocument(seed, 'press-release')).map((p) => p.reference);
    assert.deepStrictEqual(people, [
      'Secretary of Defense Ash Carter',
      'Minister Haider al-Abadi',
      'Gen. Joseph Dunford',
      'Gen. Joseph Votel',
      'Lt. Gen. Sean MacFarland',
    ]);
  });
  it('reads middle initials and ignores a later reference', () => {
    const doc = new ReleaseDocument('WASHINGTON — Maj. Gen. John W. Smith spoke. Later Gen. Smith left.', 'press-release');
    assert.deepStrictEqual(introducedPeople(doc).map((p) => [p.reference, p.last]), [['Maj. Gen. John W. Smith', 'Smith']]);
  });
});
