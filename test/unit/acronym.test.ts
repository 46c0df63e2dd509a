import * as assert from 'assert';
import { check, factsAt, ReleaseDocument } from '../../checker';
import { KNOWN_EXPANSIONS, SERVICE_ABBREVIATIONS, TIME_ZONES, WELL_KNOWN_ACRONYMS } from '../../checker/data/acronyms';
import { acronymFactsAt } from '../../checker/facts/acronym';
import { TITLES } from '../../checker/data/titles';

const loud = (text: string, prefix: string, options = {}) =>
  check(text, options).filter((f) => f.rule.startsWith(prefix)).map((f) => `${f.rule} ${f.severity} "${text.slice(f.start, f.end)}"`);

describe('acronym tables', () => {
  it('do not list a short form both as well known and with an expansion to insert', () => {
    for (const k of Object.keys(KNOWN_EXPANSIONS)) assert.ok(!WELL_KNOWN_ACRONYMS.has(k), k);
    for (const k of Object.keys(SERVICE_ABBREVIATIONS)) assert.ok(!WELL_KNOWN_ACRONYMS.has(k), k);
    for (const k of TIME_ZONES) assert.ok(!WELL_KNOWN_ACRONYMS.has(k), k);
  });

  it('every known expansion counts as spelling out its short form', () => {
    for (const [short, full] of Object.entries(KNOWN_EXPANSIONS)) {
      if (short === 'VA') continue; // a postal code: never flagged
      const text = `The ${full} met. The ${short} staff agreed.`;
      assert.deepStrictEqual(loud(text, 'acronym/undefined'), [], `${short}: ${full}`);
    }
  });
});

describe('acronym/parentheses under the house setting', () => {
  const text = 'Iraqi security forces retook the airfield. The ISF offensive continues.\n\nOperation Inherent Resolve (OIR) continues. OIR partners met.';
  it('is silent by default (parentheses optional)', () => {
    assert.deepStrictEqual(loud(text, 'acronym/parentheses'), []);
  });
  it('asks for the parenthetical when required, with a fix', () => {
    const found = check(text, { house: { acronymParentheses: 'required' } }).filter((f) => f.rule === 'acronym/parentheses');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(text.slice(found[0].start, found[0].end), 'Iraqi security forces');
    assert.strictEqual(found[0].fix?.edits[0].newText, 'Iraqi security forces (ISF)');
  });
});

describe('acronym hover facts', () => {
  const text = 'The Islamic State of Iraq and the Levant lost ground. ISIL fighters fled. The ISF advanced.';
  const doc = new ReleaseDocument(text, 'press-release');
  it('gives where a short form is spelled out', () => {
    const f = acronymFactsAt(doc, text.indexOf('ISIL') + 1);
    assert.ok(f);
    assert.strictEqual(f.facts.heading, 'ISIL');
    assert.match(f.facts.lines[0], /Islamic State of Iraq and the Levant/);
  });
  it('gives the known expansion of a short form the release never spells out', () => {
    const f = acronymFactsAt(doc, text.indexOf('ISF'));
    assert.ok(f);
    assert.ok(f.facts.lines.some((l) => l.includes('Iraqi security forces')));
  });
  it('the hover on a finding shows the same facts (computed when asked, not carried by the finding)', () => {
    const f = check(text).find((x) => x.rule === 'acronym/undefined');
    assert.ok(f);
    assert.strictEqual(factsAt(new ReleaseDocument(text, 'press-release'), f.start)?.facts.heading, 'ISF');
  });
  it('gives nothing off a short form', () => {
    assert.strictEqual(acronymFactsAt(doc, 1), undefined);
  });
});

describe('project acronyms (options.acronyms)', () => {
  it('an empty expansion marks a short form as known; a full one is inserted by the fix', () => {
    const text = 'The JTAC teams and the TACP crews trained.';
    const found = check(text, { acronyms: { JTAC: '', TACP: 'tactical air control party' } }).filter((f) => f.rule === 'acronym/undefined');
    assert.deepStrictEqual(found.map((f) => f.fix?.edits[0].newText), ['tactical air control party']);
  });
});

describe('usage/dod-consistency house settings', () => {
  const consistent = 'The DoD budget grew. DoD officials agreed.';
  it('leaves a consistent DoD release alone when the house accepts either form', () => {
    assert.deepStrictEqual(loud(consistent, 'usage/dod', { house: { department: 'either' } }), []);
  });
  it('only hints at a consistent release in the form the house does not use', () => {
    assert.deepStrictEqual(loud(consistent, 'usage/dod'), ['usage/dod-consistency hint "DoD"', 'usage/dod-consistency hint "DoD"']);
  });
  it('fixes a mixed release to the dominant form when the house accepts either', () => {
    const mixed = 'The DoD budget grew. DoD officials agreed with DOD planners.';
    const found = check(mixed, { house: { department: 'either' } }).filter((f) => f.rule === 'usage/dod-consistency');
    assert.deepStrictEqual(found.map((f) => [f.severity, f.fix?.edits[0].newText]), [['warning', 'DoD']]);
  });
});

describe('title table', () => {
  it('the lowercase form differs from the capitalized one only in case', () => {
    for (const t of TITLES) assert.strictEqual(t.lower.toLowerCase(), t.cap.toLowerCase(), t.cap);
    assert.strictEqual(new Set(TITLES.map((t) => t.cap)).size, TITLES.length);
  });
});
