/**
 * Ships, units, aircraft and weapons in military copy are designators, not numbers to spell out or
 * short forms to define (issue 13). Each case is a sentence a user writes and what Copydesk says.
 */
import * as assert from 'assert';
import { check } from '../../checker';

const release = (body: string): string => `Crews train at sea\n\nNORFOLK, Va. — ${body}\n\n###\n`;
const findings = (body: string, families: string[], preset?: string) =>
  check(release(body), preset ? { preset } : {})
    .filter((f) => families.includes(f.rule.split('/')[0]))
    .map((f) => `${f.rule} "${release(body).slice(f.start, f.end)}"`);

describe('military designators in body text', () => {
  it('a model designator at sentence start is not a number starting a sentence', () => {
    assert.deepStrictEqual(findings('F-35 pilots flew. C-17 crews landed. M777 howitzers fired.', ['number', 'acronym']), []);
  });

  it('model designators are never numbers to spell out or short forms to define', () => {
    const body = 'F-35A, C-17, MH-60S, KC-135, M777, M1A2 SEPv3 crews, the M4 carbine, AH-64E, B-2 Spirit and MQ-9 Reaper crews trained with 9 mm pistols and .50-caliber machine guns.';
    assert.deepStrictEqual(findings(body, ['number', 'acronym', 'weapon']), []);
  });

  it('a number under ten near a designator is still spelled out, and the designator is not', () => {
    assert.deepStrictEqual(findings('Apache AH-64 crews flew 3 missions.', ['number', 'acronym']), ['number/spell-out-small "3"']);
  });

  it('a hull number next to a real undefined short form: only the short form is flagged', () => {
    assert.deepStrictEqual(findings('USS Mason (DDG 87) sailed with the ARG staff.', ['acronym']), ['acronym/undefined "ARG"']);
  });

  it('a unit short form defined in parentheses, then used, is not undefined, unused or defined twice', () => {
    const body = 'Destroyer Squadron 23 (DESRON 23) and Destroyer Squadron 28 (DESRON 28) sailed. DESRON 23 led.';
    assert.deepStrictEqual(findings(body, ['acronym']), []);
  });

  it('a ship name in a caps headline and a caps dateline is left alone', () => {
    const text = 'USS KEARSARGE RETURNS TO NORFOLK\n\nUSS KEARSARGE, At Sea — USS Kearsarge (LHD 3) returned.\n\n###\n';
    assert.deepStrictEqual(check(text).filter((f) => f.rule.startsWith('ship/')), []);
  });

  it('the army preset keeps the Army\'s own 2d; AP copy gets 2nd', () => {
    assert.deepStrictEqual(findings('Soldiers of the 2d Cavalry Regiment trained.', ['unit'], 'army'), []);
    assert.deepStrictEqual(findings('Soldiers of the 2d Cavalry Regiment trained.', ['unit']), ['unit/ordinal "2d"']);
  });
});
