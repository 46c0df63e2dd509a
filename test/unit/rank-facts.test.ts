import * as assert from 'assert';
import { check, factsAt, ReleaseDocument } from '../../checker';
import { rankFactsAt } from '../../checker/facts/rank';

function factsFor(text: string, token: string, nth = 0) {
  const doc = new ReleaseDocument(text, 'press-release');
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(token, at + 1);
  return rankFactsAt(doc, at + 1);
}

describe('rank hover facts', () => {
  it('gives title, pay grade, services and AP form for a service abbreviation', () => {
    const text = 'Army LTG Sean MacFarland visited the troops.';
    const f = factsFor(text, 'LTG');
    assert.ok(f);
    assert.strictEqual(text.slice(f.start, f.end), 'LTG');
    assert.strictEqual(f.facts.heading, 'Lt. Gen. — Lieutenant General');
    assert.strictEqual(f.facts.lines[0], 'Pay grade: O-9');
    assert.strictEqual(f.facts.lines[1], 'Services: Army, Air Force, Marine Corps, Space Force');
    assert.strictEqual(f.facts.lines[2], 'AP form: Lt. Gen.');
    assert.ok(f.facts.lines.some((l) => l.includes('LtGen (Marine Corps)')));
  });

  it('works for AP and spelled-out forms, and through factsAt', () => {
    const text = 'Army Lt. Gen. Sean MacFarland met Sergeant First Class Jane Doe.';
    assert.strictEqual(factsFor(text, 'Lt. Gen.')?.facts.heading, 'Lt. Gen. — Lieutenant General');
    const sfc = factsFor(text, 'Sergeant First Class');
    assert.strictEqual(sfc?.facts.heading, 'Sgt. 1st Class — Sergeant First Class');
    assert.strictEqual(sfc?.facts.lines[0], 'Pay grade: E-7');
    const doc = new ReleaseDocument(text, 'press-release');
    assert.strictEqual(factsAt(doc, text.indexOf('Gen.'))?.facts.heading, 'Lt. Gen. — Lieutenant General');
  });

  it('tells the Navy captain (O-6) from the Army captain (O-3)', () => {
    assert.strictEqual(factsFor('Navy CAPT John Roe spoke.', 'CAPT')?.facts.lines[0], 'Pay grade: O-6');
    assert.strictEqual(factsFor('Army CPT John Roe spoke.', 'CPT')?.facts.lines[0], 'Pay grade: O-3');
    assert.strictEqual(factsFor('Navy Capt. John Roe spoke.', 'Capt.')?.facts.lines[0], 'Pay grade: O-6');
    const both = factsFor('Capt. John Roe spoke.', 'Capt.')?.facts.lines[0];
    assert.strictEqual(both, 'Pay grade: O-3 (Army, Air Force, Marine Corps, Space Force); O-6 (Navy, Coast Guard)');
    const noPeriod = factsFor('Marine Corps Capt John Roe spoke.', 'Capt')?.facts.lines[0];
    assert.strictEqual(noPeriod, 'Pay grade: O-3');
  });

  it('gives nothing for a rank that is not before a name, or in all-caps text', () => {
    assert.strictEqual(factsFor('He was promoted to the rank of Gen. The ceremony was short.', 'Gen.'), undefined);
    assert.strictEqual(factsFor('MAJ GEN SMITH TAKES COMMAND\n\nThe troops cheered.', 'MAJ'), undefined);
    assert.strictEqual(factsFor('General Dynamics won the contract.', 'General'), undefined);
  });

  it('gives the facts at every rank finding', () => {
    const text = 'Army LTG Sean MacFarland visited. Army Gen. Joseph Votel spoke. Gen. Votel left.';
    const doc = new ReleaseDocument(text, 'press-release');
    const findings = check(text).filter((f) => f.rule.startsWith('rank/'));
    assert.ok(findings.length >= 2);
    for (const f of findings) {
      const at = text.slice(f.start, f.end).startsWith('Army ') ? f.start + 5 : f.start;
      assert.ok(factsAt(doc, at)?.facts.lines.some((l) => l.startsWith('Pay grade: ')), `${f.rule} at "${text.slice(f.start, f.end)}"`);
    }
  });
});
