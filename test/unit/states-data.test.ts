import * as assert from 'assert';
import { OTHER_PLACES, STANDALONE_CITIES, STATES, stateOf } from '../../checker/data/states';

describe('the states table', () => {
  it('has the 50 states, each name, postal code and AP abbreviation once', () => {
    assert.strictEqual(STATES.length, 50);
    for (const key of ['name', 'postal', 'ap'] as const) {
      const values = STATES.map((s) => s[key]).filter((v) => v !== null);
      assert.strictEqual(new Set(values).size, values.length, `duplicate ${key}`);
    }
  });
  it('never abbreviates the eight states AP spells out', () => {
    const spelled = STATES.filter((s) => s.ap === null).map((s) => s.name).sort();
    assert.deepStrictEqual(spelled, ['Alaska', 'Hawaii', 'Idaho', 'Iowa', 'Maine', 'Ohio', 'Texas', 'Utah']);
  });
  it('gives every standalone city a known state', () => {
    assert.strictEqual(STANDALONE_CITIES.length, 30);
    for (const c of STANDALONE_CITIES) assert.ok([...STATES, ...OTHER_PLACES].some((s) => s.postal === c.postal), c.city);
  });
  it('reads a state in any written form', () => {
    for (const form of ['VA', 'Va.', 'Va', 'Virginia', 'VIRGINIA']) assert.strictEqual(stateOf(form)?.name, 'Virginia', form);
    assert.strictEqual(stateOf('W.Va.')?.name, 'West Virginia');
    assert.strictEqual(stateOf('D.C.')?.postal, 'DC');
    assert.strictEqual(stateOf('Tex.'), undefined);
  });
});
