import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { introducedPeople, ReleaseDocument } from '../../checker';

describe('people on first reference', () => {
  it('lists the seed release people once each, in order', () => {
    const seed = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt'), 'utf8');
    const people = introducedPeople(new ReleaseDocument(seed, 'press-release')).map((p) => p.reference);
    assert.deepStrictEqual(people, [
      'Secretary of Defense Ash Carter',
      'Prime Minister Haider al-Abadi',
      'Marine Corps Gen. Joseph Dunford',
      'Army Gen. Joseph Votel',
      'Army Lt. Gen. Sean MacFarland',
    ]);
  });
  it('reads middle initials and ignores a later reference', () => {
    const doc = new ReleaseDocument('WASHINGTON — Maj. Gen. John W. Smith spoke. Later Gen. Smith left.', 'press-release');
    assert.deepStrictEqual(introducedPeople(doc).map((p) => [p.reference, p.last]), [['Maj. Gen. John W. Smith', 'Smith']]);
  });

  it('lists people introduced with a service rank form and with civilian titles', () => {
    const doc = new ReleaseDocument('WASHINGTON — SSG Jane Doe and Sgt. 1st Class John Roe met Secretary of the Army Christine Wormuth. SSG Doe left.', 'press-release');
    assert.deepStrictEqual(
      introducedPeople(doc).map((p) => p.reference),
      ['SSG Jane Doe', 'Sgt. 1st Class John Roe', 'Secretary of the Army Christine Wormuth'],
    );
  });

  it('lists the same officers the rank rules read: a rank the rules do not take for a person is not a person', () => {
    const doc = new ReleaseDocument('WASHINGTON — Attorney General Jane Doe spoke. Col. John Roe listened. USNS Sgt. Matej Kocak sailed.', 'press-release');
    assert.deepStrictEqual(introducedPeople(doc).map((p) => p.reference), ['Col. John Roe']);
  });
});
