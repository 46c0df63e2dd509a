/** What fix-all makes of rank mistakes, and that the rank fixes never collide. */
import * as assert from 'assert';
import { applyFixes, check } from '../../checker';

function fixAll(text: string): string {
  return applyFixes(text, check(text).filter((f) => f.rule.startsWith('rank/')));
}

describe('rank fixes', () => {
  const cases: Array<[string, string]> = [
    ['SSG Jane Doe and SFC John Roe led the convoy.', 'Army Staff Sgt. Jane Doe and Army Sgt. 1st Class John Roe led the convoy.'],
    ['Army LTG Sean MacFarland arrived. LTG MacFarland said it was secure.', 'Army Lt. Gen. Sean MacFarland arrived. MacFarland said it was secure.'],
    ['Army Lieutenant General Sean Hale arrived. Lieutenant General Hale spoke.', 'Army Lt. Gen. Sean Hale arrived. Hale spoke.'],
    ['Army GEN (Ret.) Ann Lee spoke.', 'Retired Army Gen. Ann Lee spoke.'],
    ['The speaker, Gen. Bo Fee, USA (Ret.), said hello.', 'The speaker, retired Army Gen. Bo Fee, said hello.'],
    ['Capt. Ann Lee (Ret.) spoke at noon.', 'Retired Capt. Ann Lee spoke at noon.'],
    ['Then Ret. Sgt. 1st Class Jo Fox spoke.', 'Then retired Sgt. 1st Class Jo Fox spoke.'],
    ['Lance Cpl. Bo Baker fired. The Sergeant Major watched.', 'Marine Corps Lance Cpl. Bo Baker fired. The sergeant major watched.'],
  ];
  for (const [wrong, right] of cases) {
    it(`fixes: ${wrong}`, () => {
      const once = fixAll(wrong);
      assert.strictEqual(once, right);
      assert.strictEqual(fixAll(once), once, 'a second fix-all changes nothing');
    });
  }

  it('gives no overlapping edits', () => {
    const text = cases.map(([w]) => w).join(' ');
    const edits = check(text).flatMap((f) => f.fix?.edits ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < edits.length; i++) assert.ok(edits[i].start >= edits[i - 1].end, JSON.stringify([edits[i - 1], edits[i]]));
  });

  it('keeps the form fix when rank/repeated is off', () => {
    const text = 'Army LTG Sean MacFarland arrived. LTG MacFarland said it was secure.';
    const f = check(text, { rules: { 'rank/repeated': 'off' } }).filter((x) => x.rule === 'rank/service-abbreviation');
    assert.strictEqual(f.length, 2);
    assert.ok(f.every((x) => x.fix));
  });
});
