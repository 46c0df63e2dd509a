/** Checks the rank tables (STYLE.md section 1) for duplicates and gaps. */
import * as assert from 'assert';
import {
  classifyRankForm, RANKS, RANK_AP_FORMS, RANK_SERVICE_FORMS, RANK_SPELLED_FORMS, ranksByApForm, ranksByServiceForm,
  ranksBySpelledForm, ranksByVariantForm, RANK_VARIANT_FORMS, SERVICES, SERVICE_GRADES,
} from '../../checker/data/ranks';

describe('rank tables', () => {
  it('has no duplicate rank (same title and grade)', () => {
    const keys = RANKS.map((r) => `${r.title}|${r.grade}`);
    assert.deepStrictEqual(keys.filter((k, i) => keys.indexOf(k) !== i), []);
  });

  it('has every grade of every service', () => {
    for (const service of SERVICES) {
      const have = new Set(RANKS.filter((r) => r.services.includes(service)).map((r) => r.grade));
      const missing = SERVICE_GRADES[service].filter((g) => !have.has(g));
      assert.deepStrictEqual(missing, [], `${service} is missing grades`);
      const extra = [...have].filter((g) => !SERVICE_GRADES[service].includes(g));
      assert.deepStrictEqual(extra, [], `${service} has grades it does not use`);
    }
  });

  it('gives every service abbreviation one AP form, so its fix is certain', () => {
    for (const form of RANK_SERVICE_FORMS) {
      const aps = new Set(ranksByServiceForm(form).map((r) => r.ap));
      assert.strictEqual(aps.size, 1, `${form} → ${[...aps].join(', ')}`);
    }
  });

  it('gives every spelled-out form one AP form', () => {
    for (const s of RANK_SPELLED_FORMS) {
      const aps = new Set(ranksBySpelledForm(s).map((r) => r.ap));
      assert.strictEqual(aps.size, 1, `${s} → ${[...aps].join(', ')}`);
    }
  });

  it('keeps service abbreviations apart from AP and spelled-out forms', () => {
    for (const form of RANK_SERVICE_FORMS) {
      assert.ok(!RANK_AP_FORMS.includes(form), `${form} is also an AP form`);
      assert.ok(!RANK_SPELLED_FORMS.includes(form), `${form} is also spelled out`);
    }
  });

  it('lists each form under the services of its rank, once per rank', () => {
    for (const r of RANKS) {
      const forms = r.forms.map(([f]) => f);
      assert.deepStrictEqual([...new Set(forms)], forms, `${r.title} ${r.grade} repeats a form`);
      const covered = new Set(r.forms.flatMap(([, s]) => s));
      for (const [f, s] of r.forms) for (const x of s) assert.ok(r.services.includes(x), `${f}: ${x} not a service of ${r.title}`);
      assert.deepStrictEqual(SERVICES.filter((s) => r.services.includes(s) && !covered.has(s)), [], `${r.title} ${r.grade}: a service has no abbreviation`);
      assert.match(r.grade, /^(?:O-(?:[1-9]|10)|W-[1-5]|E-[1-9])$/);
    }
  });

  it('knows the STYLE.md traps', () => {
    assert.deepStrictEqual(ranksByServiceForm('CAPT').map((r) => r.grade), ['O-6']);
    assert.deepStrictEqual(ranksByServiceForm('CPT').map((r) => r.grade), ['O-3']);
    assert.deepStrictEqual(ranksByApForm('Capt.').map((r) => r.grade).sort(), ['O-3', 'O-6']);
    assert.strictEqual(ranksByServiceForm('SPC')[0].ap, 'Spc.');
    assert.strictEqual(ranksByServiceForm('Spc4')[0].ap, 'Spc. 4');
    assert.strictEqual(ranksBySpelledForm('Sergeant First Class')[0].ap, 'Sgt. 1st Class');
    assert.strictEqual(ranksBySpelledForm('Lieutenant General')[0].ap, 'Lt. Gen.');
    assert.strictEqual(classifyRankForm('Ensign')?.kind, 'ap');
    assert.strictEqual(classifyRankForm('LTG')?.kind, 'service');
    assert.ok(RANK_AP_FORMS.includes('Lt. Gen.') && RANK_AP_FORMS.includes('Sgt. Maj. of the Army'));
    assert.deepStrictEqual([...new Set(RANK_AP_FORMS)], [...RANK_AP_FORMS]);
  });

  it('maps every miswritten form (Staff Sgt, Cpt., Sergeant Maj.) to one AP form, apart from the other forms', () => {
    for (const form of RANK_VARIANT_FORMS) {
      const aps = new Set(ranksByVariantForm(form).map((r) => r.ap));
      assert.strictEqual(aps.size, 1, `${form} → ${[...aps].join(', ')}`);
      assert.ok(!RANK_AP_FORMS.includes(form) && !RANK_SERVICE_FORMS.includes(form) && !RANK_SPELLED_FORMS.includes(form), form);
    }
    assert.strictEqual(classifyRankForm('Staff Sgt')?.kind, 'variant');
    assert.strictEqual(ranksByVariantForm('Cpt.')[0].ap, 'Capt.');
    assert.strictEqual(ranksByVariantForm('Sergeant Maj.')[0].ap, 'Sgt. Maj.');
    assert.strictEqual(ranksByVariantForm('Petty Officer 2nd')[0].ap, 'Petty Officer 2nd Class');
  });

  it('reads Navy and Coast Guard rating abbreviations as service forms spelled out in AP copy', () => {
    assert.strictEqual(ranksByServiceForm('MC3')[0].ap, 'Mass Communication Specialist 3rd Class');
    assert.strictEqual(ranksByServiceForm('MCCS')[0].ap, 'Senior Chief Mass Communication Specialist');
    assert.strictEqual(ranksByServiceForm('MK1')[0].services.join(), 'Coast Guard');
    assert.deepStrictEqual(ranksByServiceForm('ATC'), []);
  });
});
