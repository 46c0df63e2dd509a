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

Distribution A: approved for public release, distribution unlimited

(U.S. Army photo by Spc. Jane Doe) 030405-A-3236B-001
`;

describe('before release: markings, privacy and operations security', () => {
  it('a release written to break each rule reports all of them', () => {
    const found = new Set(check(BROKEN_RELEASE, { defaultYear: 2016 }).map((f) => f.rule));
    const missing = RULES.filter((r) => BEFORE_RELEASE.includes(r.family) && !found.has(r.id)).map((r) => r.id);
    assert.deepStrictEqual(missing, []);
  });

  it('every preset turns the three families on', () => {
    for (const preset of Object.keys(PRESETS)) {
      const found = new Set(check(BROKEN_RELEASE, { preset, defaultYear: 2016 }).map((f) => f.rule.split('/')[0]));
      for (const family of BEFORE_RELEASE) if (RULES.some((r) => r.family === family)) assert.ok(found.has(family), `${preset}: ${family}`);
    }
  });

  const published = [
    path.join('test', 'fixtures', 'seed', 'carter-iraq-troops.txt'),
    ...fs.readdirSync(path.join(root, 'bench', 'corpus')).filter((f) => f.endsWith('.release')).map((f) => path.join('bench', 'corpus', f)),
  ];
  for (const file of published) {
    it(`${file} reports none of these findings`, () => {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const preset of ['ap', 'dod', 'army']) {
        const findings = check(text, { preset, defaultYear: 2016 }).filter((f) => ours(f.rule));
        assert.deepStrictEqual(findings.map((f) => `${f.rule} "${text.slice(f.start, f.end)}": ${f.message}`), [], preset);
      }
    });
  }
});
