/** The date hover facts, and the draft of the project's done-when list. */
import * as assert from 'assert';
import { applyFixes, check, factsAt, ReleaseDocument } from '../../checker';
import { dateFactsAt } from '../../checker/facts/date';

const at = (text: string, needle: string, defaultYear?: number) => {
  const doc = new ReleaseDocument(text, 'press-release');
  return dateFactsAt(doc, text.indexOf(needle) + 1, defaultYear);
};

describe('date hover facts', () => {
  it('gives the AP form and weekday of a full AP date', () => {
    const f = at('WASHINGTON — Carter met leaders in Baghdad on July 11, 2016, and left.', 'July 11');
    assert.ok(f);
    assert.strictEqual(f.facts.heading, 'July 11, 2016 — Monday');
    assert.ok(f.facts.lines.some((l) => l.includes('July 11, 2016')));
    assert.ok(f.facts.lines.some((l) => l === 'Weekday: Monday'));
  });

  it('converts military, ISO, numeric and ordinal forms', () => {
    assert.strictEqual(at('The unit returned 11 JUL 16 after nine months.', '11 JUL')?.facts.heading, 'July 11, 2016 — Monday');
    assert.strictEqual(at('The report of 2016-08-02 was read.', '2016')?.facts.heading, 'Aug. 2, 2016 — Tuesday');
    assert.strictEqual(at('The order took effect 111400ZJUL16 for all.', '1114')?.facts.heading, 'July 11, 2016 — Monday');
    const numeric = at('The unit returned 7/11/2016 at dawn.', '7/11');
    assert.ok(numeric?.facts.lines.some((l) => l.includes('day-first as Nov. 7, 2016')));
  });

  it('says which year it assumed when the date has none', () => {
    const release = 'NORFOLK, Va. (Dec. 30, 2016) — The unit returns Jan. 3 and leaves July 11.';
    assert.strictEqual(at(release, 'Jan. 3')?.facts.heading, 'Jan. 3, 2017 — Tuesday');
    assert.ok(at(release, 'July 11')?.facts.lines.some((l) => l.includes('2016, assumed from the release date')));
    const undated = 'The unit returns July 11 and leaves.';
    assert.ok(at(undated, 'July 11', 2016)?.facts.lines.some((l) => l.includes('default year setting')));
    assert.ok(at(undated, 'July 11')?.facts.lines.some((l) => l.startsWith('Weekday: unknown')));
  });

  it('gives a month-and-year its AP form, and nothing off a date', () => {
    assert.strictEqual(at('The unit deployed in Aug. 2016 and returned.', 'Aug.')?.facts.heading, 'August 2016');
    assert.strictEqual(at('The troops march 12 miles.', 'march'), undefined);
    assert.strictEqual(at('In 1400 the town was founded.', '1400'), undefined);
  });

  it('the hover on a date finding gives the weekday for the year the check used', () => {
    const text = 'WASHINGTON — Carter met leaders on July 11th.';
    const f = check(text, { defaultYear: 2016 }).find((x) => x.rule === 'date/ordinal');
    assert.ok(f);
    assert.strictEqual(factsAt(new ReleaseDocument(text, 'press-release'), f.start, { defaultYear: 2016 })?.facts.heading, 'July 11, 2016 — Monday');
  });
});

describe('weekday checks without a year in the date', () => {
  const mismatch = (text: string) => check(text, { defaultYear: 2016 }).find((f) => f.rule === 'date/weekday-mismatch');

  it('takes the year from the release date: an error', () => {
    const f = mismatch('NORFOLK, Va. (July 1, 2016) — The ship returns Tuesday, July 11, officials said.');
    assert.strictEqual(f?.severity, 'error');
    assert.match(f.message, /assumed from the release date/);
  });

  it('takes the year from an earlier full date: a warning', () => {
    const f = mismatch('The ship left Norfolk on July 1, 2016. It returns Tuesday, July 11, officials said.');
    assert.strictEqual(f?.severity, 'warning');
    assert.match(f.message, /2016, assumed from the nearest earlier full date/);
  });

  it('takes the year from the release date in a wire-service dateline: an error', () => {
    const f = mismatch('WASHINGTON, July 1, 2016 — The ship returns Tuesday, July 11, officials said.');
    assert.strictEqual(f?.severity, 'error');
    assert.match(f.message, /2016, assumed from the release date/);
  });

  it('takes the year from the setting only as a hint, naming the year: an undated release may be old', () => {
    const f = mismatch('The ship returns Tuesday, July 11, officials said.');
    assert.strictEqual(f?.severity, 'hint');
    assert.match(f.message, /\(year 2016, assumed from the copydesk default year setting\)/);
    assert.strictEqual(mismatch('The ship returns Monday, July 11, officials said.'), undefined);
  });
});

describe('the year of a date without one, from the release number and later dates', () => {
  const mismatch = (text: string) => check(text, { defaultYear: 2026 }).find((f) => f.rule === 'date/weekday-mismatch');
  const release2016 = 'Carter Visits Troops\n\nNR-245-16\n\nWASHINGTON — The ship returns Tuesday, July 11, officials said.';

  it('reads the year of a release number: a warning naming it', () => {
    const f = mismatch(release2016);
    assert.strictEqual(f?.severity, 'warning');
    assert.match(f.message, /July 11, 2016: that date is a Monday \(year 2016, assumed from the release number NR-245-16\)/);
  });

  it('never hovers the setting year on a 2016 release', () => {
    const doc = new ReleaseDocument(release2016, 'press-release');
    const f = factsAt(doc, release2016.indexOf('July 11') + 1, { defaultYear: 2026 });
    assert.strictEqual(f?.facts.heading, 'July 11, 2016 — Monday');
    assert.ok(f?.facts.lines.some((l) => l.includes('assumed from the release number NR-245-16')));
  });

  it('takes the year from a full date later in the text when none comes before', () => {
    const f = mismatch('The ship returns Tuesday, July 11, officials said. It left Norfolk on Jan. 4, 2016.');
    assert.strictEqual(f?.severity, 'warning');
    assert.match(f.message, /2016, assumed from a full date later in the text/);
    assert.strictEqual(mismatch('The ship returns Monday, July 11, officials said. It left Norfolk on Jan. 4, 2016.'), undefined);
  });

  it('prefers an earlier full date to the release number, and a number that is no DoD release number is no evidence', () => {
    assert.match(mismatch('NR-245-16\n\nThe ship left on July 1, 2015. It returns Tuesday, July 11.')?.message ?? '', /2015, assumed from the nearest earlier full date/);
    assert.match(mismatch('Form DD-214-16 was filed. The ship returns Tuesday, July 11.')?.message ?? '', /default year setting/);
  });
});

describe('the done-when draft', () => {
  const draft =
    'WASHINGTON — Secretary of Defense Ash Carter met with Iraqi leaders in Baghdad on July 11th. ' +
    'He made the announcement on Tuesday, July 11, 2016.';

  it('fixes the ordinal to exactly "July 11"', () => {
    const f = check(draft, { defaultYear: 2016 }).find((x) => x.rule === 'date/ordinal');
    assert.ok(f?.fix);
    assert.strictEqual(draft.slice(f.start, f.end), 'July 11th');
    assert.strictEqual(applyFixes(draft, [f]).slice(f.start, f.end - 2), 'July 11');
    assert.ok(applyFixes(draft, [f]).includes('in Baghdad on July 11. He'));
  });

  it('offers both alternatives for the weekday', () => {
    const f = check(draft, { defaultYear: 2016 }).find((x) => x.rule === 'date/weekday-mismatch');
    assert.ok(f);
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.fix, undefined);
    assert.match(f.message, /Tuesday.*Monday/);
    assert.deepStrictEqual(
      (f.suggestions ?? []).map((s) => s.edits.map((e) => e.newText).join('')),
      ['Monday, July 11, 2016', 'Tuesday, July 12, 2016'],
    );
  });
});

describe('state hover facts', () => {
  it('gives the body, dateline and postal forms of a postal code in text and of the dateline state', () => {
    const text = 'FORT BRAGG, NC — Soldiers from Fort Bragg, NC, deployed.';
    const doc = new ReleaseDocument(text, 'press-release');
    for (const at of [text.indexOf('NC'), text.lastIndexOf('NC')]) {
      const f = factsAt(doc, at + 1);
      assert.strictEqual(f?.facts.heading, 'North Carolina');
      assert.ok(f.facts.lines.includes('AP dateline form: N.C.'));
    }
    assert.strictEqual(factsAt(doc, text.indexOf('Soldiers')), undefined);
  });
});
