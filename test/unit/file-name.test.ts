/**
 * The file name a new press release is saved under: its headline, read the way the rules read
 * the draft.
 */
import * as assert from 'assert';
import { headlineFileStem } from '../../checker/views/fileName';

const release = (headline: string): string =>
  `FOR IMMEDIATE RELEASE\nRelease No. NR-112-26\n\n${headline}\n\nWASHINGTON — The Army announced the deployment Tuesday.\n\n###\n`;

describe('a new release is saved under its headline', () => {
  it('names the file from the headline in lowercase words joined by hyphens', () => {
    assert.strictEqual(headlineFileStem(release('Army Reserve unit deploys to Poland')), 'army-reserve-unit-deploys-to-poland');
  });

  it('drops punctuation and apostrophes and folds accents', () => {
    assert.strictEqual(headlineFileStem(release("Soldiers' families welcome 3rd Brigade home to Fort Cavazos, Texas")), 'soldiers-families-welcome-3rd-brigade-home-to-fort-cavazos');
    assert.strictEqual(headlineFileStem(release('Sailors visit São Paulo during UNITAS')), 'sailors-visit-sao-paulo-during-unitas');
    assert.strictEqual(headlineFileStem(release('Marines’ new rifle: what changes')), 'marines-new-rifle-what-changes');
  });

  it('cuts a long headline at a word, within 60 characters', () => {
    const stem = headlineFileStem(release('Secretary of Defense announces the nomination of a general officer for assignment as commander of U.S. Army Europe'));
    assert.strictEqual(stem, 'secretary-of-defense-announces-the-nomination-of-a-general');
    assert.ok(stem.length <= 60);
  });

  it('reads a caps headline, and a headline above a byline and a unit line', () => {
    assert.strictEqual(headlineFileStem(release('NAVY COMMISSIONS USS JOHN BASILONE')), 'navy-commissions-uss-john-basilone');
    assert.strictEqual(
      headlineFileStem('B-2 bombers return to Whiteman\n\nBy Senior Airman Jane Doe\n509th Bomb Wing Public Affairs\n\nWHITEMAN AIR FORCE BASE, Mo. — Two B-2 Spirit bombers returned Monday.\n'),
      'b-2-bombers-return-to-whiteman',
    );
  });

  it('gives no name while the template\'s placeholder headline stands, or without a headline', () => {
    assert.strictEqual(headlineFileStem(release('Headline in sentence case without a period')), undefined);
    assert.strictEqual(headlineFileStem('WASHINGTON — The Army announced the deployment Tuesday. It said more would follow.\n'), undefined);
    assert.strictEqual(headlineFileStem(''), undefined);
  });
});
