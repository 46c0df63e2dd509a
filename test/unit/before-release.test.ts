/**
 * Before release (issue 15): the `marking/…`, `privacy/…` and `opsec/…` families. A release written
 * to break every rule of the three families reports each of them; the seed release and the bench
 * corpus, which are published copy, report none of them.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, PRESETS, RULES } from '../../checker';

const root = path.join(__dirname, '..', '..', '..');
export const BEFORE_RELEASE = ['marking', 'privacy', 'opsec'];
const ours = (rule: string): boolean => BEFORE_RELEASE.includes(rule.split('/')[0]);

/** Breaks every rule of the three families at least once. */
export const BROKEN_RELEASE = `UNCLASSIFIED//FOR OFFICIAL USE ONLY

Army unit prepares for deployment

FORT CARSON, Colo., Oct. 20, 2016 — (U) Soldiers of the 4th Infantry Division packed their gear this week.

(S) The brigade's route was briefed to commanders.

Sgt. Jane Doe, 23, a native of the Linden neighborhood of Columbus, Ohio, lives at 4410 Oak Drive, Apt. 2, with her husband, John, and their two children, ages 4 and 7.

Doe, 123-45-6789, can be reached on her cell at 719-555-0142 or at janedoe1999@gmail.com.

About 3,500 soldiers will deploy to Kuwait on Nov. 3, and the advance party departs next Tuesday. The battalion will move to Camp Buehring, Kuwait, after that.

The platoon leader, call sign Reaper 6, will check in on 243.0 MHz before the convoy takes Route Irish at 2 a.m.

Distribution A: approved for public release, distribution unlimited

(U.S. Army photo by Spc. Jane Doe) 030405-A-3236B-001
`;

describe('before release: markings, privacy and operations security', () => {
  it('a release written to break each rule reports all of them', () => {
    const found = new Set(check(BROKEN_RELEASE, { defaultYear: 2016 }).map((f) => f.rule));
    const missing = RULES.filter((r) => BEFORE_RELEASE.includes(r.family) && !found.has(r.id)).map((r) => r.id);
    assert.deepStrictEqual(missing, []);
  });

  it('"future" is measured from the release\'s own date, else copydesk.releaseDate, else the day of the check passed in', () => {
    const undated = 'Brigade prepares\n\nFORT CARSON, Colo. — The brigade departs Nov. 3 for Poland.\n';
    const moves = (text: string, options: Record<string, string>): string[] =>
      check(text, { defaultYear: 2016, ...options }).filter((f) => f.rule === 'opsec/future-movement').map((f) => text.slice(f.start, f.end));
    // A present-tense verb with a date: future only when a day to measure from says so.
    assert.deepStrictEqual(moves(undated, {}), []);
    assert.deepStrictEqual(moves(undated, { today: '2016-10-20' }), ['departs Nov. 3']);
    assert.deepStrictEqual(moves(undated, { today: '2016-11-20' }), []);
    // The setting wins over the day of the check; the release's own date wins over both.
    assert.deepStrictEqual(moves(undated, { today: '2016-11-20', releaseDate: '2016-10-01' }), ['departs Nov. 3']);
    const dated = undated.replace('Colo. —', 'Colo., Nov. 10, 2016 —');
    assert.deepStrictEqual(moves(dated, { today: '2016-10-01', releaseDate: '2016-10-01' }), []);
    // A future verb needs no day: `will deploy Nov. 3` is future whenever it is read; a past one never is.
    assert.deepStrictEqual(moves('WASHINGTON — The unit will deploy Nov. 3.\n', {}), ['will deploy Nov. 3']);
    assert.deepStrictEqual(moves('WASHINGTON — The unit deployed Nov. 3 and arrived in May.\n', { today: '2016-01-01' }), []);
    // Not a real day: ignored, as if not given.
    assert.deepStrictEqual(moves(undated, { today: '2016-02-30' }), []);
  });

  it('every preset turns the three families on', () => {
    for (const preset of Object.keys(PRESETS)) {
      const found = new Set(check(BROKEN_RELEASE, { preset, defaultYear: 2016 }).map((f) => f.rule.split('/')[0]));
      for (const family of BEFORE_RELEASE) if (RULES.some((r) => r.family === family)) assert.ok(found.has(family), `${preset}: ${family}`);
    }
  });

  const published = [
    path.join('test', 'fixtures', 'seed', 'carter-iraq-troops.txt'),
    ...fs.readdirSync(path.join(root, 'bench', 'corpus')).filter((f) => /\.(release|txt|md)$/.test(f)).map((f) => path.join('bench', 'corpus', f)),
  ];
  for (const file of published) {
    it(`${file} reports none of these findings`, () => {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      // Under three presets, and as the editor checks it: on a day before the stories and on a day after them.
      for (const [preset, today] of [['ap', undefined], ['dod', '2016-01-01'], ['army', '2026-12-02']]) {
        const findings = check(text, { preset, defaultYear: 2016, ...(today ? { today } : {}) }).filter((f) => ours(f.rule));
        assert.deepStrictEqual(findings.map((f) => `${f.rule} "${text.slice(f.start, f.end)}": ${f.message}`), [], `${preset} ${today ?? ''}`);
      }
    });
  }
});
