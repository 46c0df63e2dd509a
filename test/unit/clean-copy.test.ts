/**
 * Published, correct copy in forms the bench corpus lacks (test/fixtures/clean): what Copydesk says
 * about it. Each case is a sentence a public affairs writer publishes and the finding, or none, that
 * a user sees; the last test checks the whole folder.
 */
import * as assert from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, CheckOptions, LanguageKind } from '../../checker';

const release = (body: string): string => `Crews train together\n\nRAMSTEIN AIR BASE, Germany — ${body}\n\n###\n`;
const findings = (body: string, rules: string[], options: CheckOptions = {}): string[] => {
  const text = release(body);
  return check(text, options)
    .filter((f) => rules.some((r) => f.rule === r || f.rule.startsWith(`${r}/`)))
    .map((f) => `${f.rule} "${text.slice(f.start, f.end)}"`);
};

describe('clean published copy', () => {
  describe('foreign officers', () => {
    it('a foreign service written lowercase, as AP writes other nations\' forces, names the service', () => {
      const body = 'German air force Col. Matthias Brenner, Polish army Maj. Anna Kowal and South Korean navy Capt. Lee Jae-won spoke.';
      assert.deepStrictEqual(findings(body, ['rank/service-before-rank']), []);
    });

    it('a U.S. officer with no service at all still gets the hint', () => {
      assert.deepStrictEqual(findings('Brenner met Col. Jane Smith at the airfield.', ['rank/service-before-rank']), [
        'rank/service-before-rank "Col. Jane Smith"',
      ]);
    });

    it('a service word that ends the sentence before is not the rank\'s service', () => {
      assert.deepStrictEqual(findings('He joined the German army. Col. Jane Smith said so.', ['rank/service-before-rank']), [
        'rank/service-before-rank "Col. Jane Smith"',
      ]);
    });
  });

  describe('contract announcements', () => {
    const award = (figure: string) =>
      `Oshkosh Defense LLC, Oshkosh, Wisconsin, was awarded a ${figure} firm-fixed-price contract for spare parts. Army Contracting Command, Detroit Arsenal, Michigan, is the contracting activity (W56HZV-26-D-0007).`;

    it('a company\'s LLC is part of its name, not a short form to spell out', () => {
      assert.deepStrictEqual(findings(award('$94,320,115'), ['acronym']), []);
    });

    it('an award paragraph gives the amount to the dollar, even a round one', () => {
      assert.deepStrictEqual(findings(award('$49,000,000'), ['number/millions']), []);
      assert.deepStrictEqual(findings('It obligated $412,880,000 under contract N00024-24-C-2100.', ['number/millions']), []);
    });

    it('a news story\'s round contract figure is still written with million', () => {
      assert.deepStrictEqual(findings('The Army awarded a $1,500,000 contract to a local firm.', ['number/millions']), [
        'number/millions "1,500,000"',
      ]);
    });
  });

  describe('24-hour times', () => {
    it('a 24-hour time with "local time" or a zone is a time of day', () => {
      assert.deepStrictEqual(findings('The exercise began at 0600 local time and ended at 1400 UTC.', ['time/military']), [
        'time/military "0600"',
        'time/military "1400"',
      ]);
      const text = release('The exercise began at 0600 local time.');
      const fix = check(text).find((f) => f.rule === 'time/military')?.fix;
      assert.strictEqual(fix?.edits[0].newText, '6 a.m.');
    });

    it('a count of people before "local" is not a time', () => {
      assert.deepStrictEqual(findings('About 1600 local residents attended.', ['time/military']), []);
    });

    it('"6 a.m. local time" is right as written', () => {
      assert.deepStrictEqual(findings('The exercise began at 6 a.m. local time.', ['time']), []);
    });
  });

  describe('Navy boilerplate', () => {
    const story = (closing: string) =>
      `USS Dewey (DDG 105) completed an exercise in the Sea of Japan. Dewey is homeported in Yokosuka.\n\n${closing}`;

    it('the closing line that points to the ship\'s news page names the ship in full', () => {
      assert.deepStrictEqual(findings(story('For more news from USS Dewey, visit www.facebook.com/USSDewey.'), ['ship/later-reference']), []);
      assert.deepStrictEqual(findings(story('For more information about USS Dewey, go to https://www.surfpac.navy.mil.'), ['ship/later-reference']), []);
    });

    it('a later paragraph of the story that repeats the prefix still gets the hint', () => {
      assert.deepStrictEqual(findings(story('USS Dewey returned to port the next day.'), ['ship/later-reference']), [
        'ship/later-reference "USS Dewey"',
      ]);
    });
  });

  describe('Coast Guard releases', () => {
    const rescue = (end: string) =>
      `FOR IMMEDIATE RELEASE\nRelease No. 25-219\n\nCoast Guard rescues 3 near Columbia River bar\n\nASTORIA, Ore. — Watchstanders heard a mayday call on VHF-FM channel 16. Officials urge mariners to carry a VHF radio.\n\nMedia contact: Coast Guard District 13 Public Affairs, 206-555-0126\n\n${end}\n`;
    const said = (text: string, rules: string[]) =>
      check(text).filter((f) => rules.some((r) => f.rule.startsWith(r))).map((f) => `${f.rule} "${text.slice(f.start, f.end)}"`);

    it('VHF and UHF need no spelling out (AP: acceptable in all references)', () => {
      assert.deepStrictEqual(said(rescue('###'), ['acronym']), []);
    });

    it('-USCG- and -USN- close a release as ### does', () => {
      assert.deepStrictEqual(said(rescue('-USCG-'), ['structure/missing-end-mark']), []);
      assert.deepStrictEqual(said(rescue('-USN-'), ['structure/missing-end-mark']), []);
    });

    it('a news story that closes with -USN- is not read as a release missing its tag and contact', () => {
      const text = 'Ford Returns to Norfolk\n\nNORFOLK, Va. (Dec. 4, 2025) – USS Gerald R. Ford (CVN 78) returned.\n\n-USN-\n';
      assert.deepStrictEqual(said(text, ['structure']), []);
    });

    it('a release with no end mark at all still gets the hint', () => {
      assert.deepStrictEqual(said(rescue(''), ['structure/missing-end-mark']).length, 1);
    });
  });

  describe('award and place names', () => {
    it('Soldier\'s Medal, Airman\'s Medal, Sailor of the Year and the Unknown Soldier keep their capitals under AP', () => {
      const body =
        'Moss received the Soldier\'s Medal and Brandt the Airman\'s Medal. Ruiz was named Sailor of the Year, and the team laid a wreath at the Tomb of the Unknown Soldier. ' +
        'The brigade finished Soldier Readiness Processing, and the airmen attended Airman Leadership School. The Soldier for Life program helped.';
      assert.deepStrictEqual(findings(body, ['usage/service-member-case']), []);
    });

    it('a capitalized soldier in running text still gets the AP hint', () => {
      assert.deepStrictEqual(findings('The Soldiers of the brigade received medals.', ['usage/service-member-case']), [
        'usage/service-member-case "Soldiers"',
      ]);
    });
  });

  describe('datelines abroad', () => {
    const story = (dateline: string) =>
      `FOR IMMEDIATE RELEASE\nRelease No. 25-001\n\nSoldiers train together\n\n${dateline} Soldiers trained for two weeks.\n\nMedia contact: Public Affairs, 703-555-0100\n\n###\n`;

    it('a country whose name has lowercase words opens the story as a dateline', () => {
      for (const dateline of ['CAMP HUMPHREYS, Republic of Korea —', 'KINSHASA, Democratic Republic of the Congo —', 'TUZLA, Bosnia and Herzegovina —']) {
        const text = story(dateline);
        assert.deepStrictEqual(check(text).filter((f) => /^(?:structure|place|acronym)\//.test(f.rule)).map((f) => f.rule), [], dateline);
      }
    });
  });

  describe('embargoed releases', () => {
    const hold = (embargo: string) =>
      `${embargo}\nRelease No. NR-211-25\n\nSecretary announces barracks standards\n\nWASHINGTON — The secretary announced new standards today.\n\nMedia contact: Defense Press Operations, 703-555-0100\n\n###\n`;
    const said = (text: string) => check(text).map((f) => `${f.rule} "${text.slice(f.start, f.end)}"`);

    it('the embargo time on its own line under HOLD FOR RELEASE is furniture, not the headline', () => {
      assert.deepStrictEqual(said(hold('HOLD FOR RELEASE\nuntil 10 a.m. EDT, Tuesday, June 10, 2025')), []);
      assert.deepStrictEqual(said(hold('HOLD FOR RELEASE\nUntil noon EDT June 10, 2025')), []);
      assert.deepStrictEqual(said(hold('HOLD FOR RELEASE until 10 a.m. EDT, Tuesday, June 10, 2025')), []);
    });

    it('a body paragraph that opens with "Until" is still prose', () => {
      const text = 'Secretary announces standards\n\nWASHINGTON — The secretary announced new standards today.\n\nUntil 10 a.m. Tuesday, June 10, 2025, the gate stays closed.\n';
      assert.strictEqual(check(text).filter((f) => f.rule.startsWith('structure/')).length, 0);
    });
  });

  describe('deployment announcements', () => {
    it('a movement the service itself announces is released: no opsec finding', () => {
      const body =
        'About 3,500 soldiers of the 1st Armored Brigade Combat Team are deploying to Europe this month as part of a regular rotation, the Army announced.';
      assert.deepStrictEqual(findings(body, ['opsec']), []);
      assert.deepStrictEqual(findings('The Department of the Army announced today that the brigade will deploy to Poland next week.', ['opsec']), []);
    });

    it('the same movement with no announcement is still a warning', () => {
      assert.deepStrictEqual(findings('The brigade will deploy to Poland next week.', ['opsec/future-movement']), [
        'opsec/future-movement "will deploy to Poland next week"',
      ]);
    });
  });

  describe('percentages', () => {
    it('percentage points take figures, as percentages do', () => {
      assert.deepStrictEqual(findings('The qualification rate rose 3 percentage points, to 94%.', ['number']), []);
    });

    it('a small count of anything else is still spelled out', () => {
      assert.deepStrictEqual(findings('The rate rose in 3 brigades.', ['number/spell-out-small']), ['number/spell-out-small "3"']);
    });
  });

  describe('Markdown stories', () => {
    const md = (byline: string, dateline: string) =>
      `# Sailors restore historic chapel\n\n${byline}\n\n${dateline} (May 14, 2025) – More than 60 sailors volunteered.\n\n![Sailors repaint the steeple](images/250514-N-EW123-1001.jpg)\n`;
    const said = (text: string) => check(text, { language: 'markdown' }).map((f) => `${f.rule} "${text.slice(f.start, f.end)}"`);

    it('a byline or dateline in bold or italics reads as one: the dateline\'s state is not body text', () => {
      assert.deepStrictEqual(said(md('**By Mass Communication Specialist 2nd Class Erin Walsh, Navy Region Midwest Public Affairs**', 'GREAT LAKES, Ill.')), []);
      assert.deepStrictEqual(said(md('*By Mass Communication Specialist 2nd Class Erin Walsh*', '**GREAT LAKES, Ill.**')), []);
    });

    it('an image\'s alt text is not the story\'s prose', () => {
      assert.deepStrictEqual(said(md('By Erin Walsh', 'GREAT LAKES, Ill.')), []);
    });

    it('emphasis does not hide a mistake inside it', () => {
      const text = '# Sailors restore chapel\n\nGREAT LAKES, Ill. – The sailors worked **July 11th** and *Sep. 3*.\n';
      assert.deepStrictEqual(check(text, { language: 'markdown' }).filter((f) => f.rule.startsWith('date/')).map((f) => text.slice(f.start, f.end)), ['July 11th', 'Sep.']);
    });
  });

  describe('weekday ranges', () => {
    const dated = (body: string) => `Crews train together\n\nRAMSTEIN AIR BASE, Germany (Oct. 2, 2025) — ${body}\n`;
    const mismatches = (body: string) => check(dated(body)).filter((f) => f.rule === 'date/weekday-mismatch').map((f) => dated(body).slice(f.start, f.end));

    it('the second weekday of a range names the last day of the date range', () => {
      assert.deepStrictEqual(mismatches('The unit trained Monday through Friday, Oct. 6-10.'), []);
      assert.deepStrictEqual(mismatches('The unit trained Monday-Friday, Oct. 6–10.'), []);
    });

    it('a range whose last day is not that weekday is still a mismatch', () => {
      assert.deepStrictEqual(mismatches('The unit trained Monday through Friday, Oct. 6-11.'), ['Friday, Oct. 6']);
    });
  });

  describe('ages of the public', () => {
    const ages = (body: string) => findings(body, ['privacy/age']);

    it('an unnamed man or woman rescued or treated is nobody\'s private detail', () => {
      assert.deepStrictEqual(ages('A 67-year-old man was hoisted from the vessel and taken to a hospital.'), []);
      assert.deepStrictEqual(ages('The crew rescued a 67-year-old man and a 45-year-old woman from the water.'), []);
    });

    it('a named service member\'s age still gets the consent hint, in apposition or after the name', () => {
      assert.deepStrictEqual(ages('Spc. Dana Cole, a 23-year-old medic from Ohio, treated the driver. Sgt. Tom Reyes, 24, of Tampa, drove.'), [
        'privacy/age "23-year-old"',
        'privacy/age "24"',
      ]);
    });
  });

  describe('release furniture with labels', () => {
    const release2 = (furniture: string) =>
      `NEWS RELEASE\nFOR IMMEDIATE RELEASE\n\n${furniture}\nRelease Number: 25-077\nContact: Joan Price, 502-555-0100, joan.m.price.civ@army.mil\n\nFort Knox hosts Patriot Day ceremony\n\nFORT KNOX, Ky. — Soldiers gathered at Fort Knox on Thursday, Sept. 11, to remember those killed in 2001.\n\n-30-\n`;
    const said = (text: string) => check(text).map((f) => `${f.rule} "${text.slice(f.start, f.end)}"`);

    it('a labeled release date is furniture: the headline and dateline are read, and the date gives the year', () => {
      assert.deepStrictEqual(said(release2('Release Date: Sept. 11, 2025')), []);
      assert.deepStrictEqual(said(release2('Date: Sept. 11, 2025')), []);
    });

    it('the labeled date dates the release: a weekday that does not match it is an error', () => {
      const text = release2('Release Date: Sept. 11, 2025').replace('Thursday, Sept. 11', 'Friday, Sept. 11');
      assert.deepStrictEqual(check(text).filter((f) => f.rule === 'date/weekday-mismatch').map((f) => f.severity), ['error']);
    });
  });

  describe('the clean folder (test/fixtures/clean)', () => {
    const dir = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'clean');
    const files = fs.readdirSync(dir).filter((f) => /\.(?:release|txt|md)$/.test(f)).sort();
    const language = (f: string): LanguageKind => (f.endsWith('.md') ? 'markdown' : f.endsWith('.txt') ? 'plaintext' : 'press-release');
    /**
     * The hints clean copy may still get, each right on it: the DoD suggestion to name the service
     * before a rank (STYLE.md: suggest, do not demand, in one service's copy), and the reminder that
     * a living person's age needs consent (the writer confirms it; the checker cannot).
     */
    const ALLOWED_HINTS = new Set(['rank/service-before-rank', 'privacy/age']);

    it('holds at least 12 releases and stories', () => {
      assert.ok(files.length >= 12, `${files.length} files`);
    });

    for (const preset of [undefined, 'ap', 'dod']) {
      it(`gives no error, warning or information finding, and only the allowed hints (${preset ?? 'default settings'})`, () => {
        const said: string[] = [];
        for (const f of files) {
          const text = fs.readFileSync(path.join(dir, f), 'utf8');
          for (const x of check(text, { language: language(f), ...(preset ? { preset } : {}) })) {
            if (x.severity !== 'hint' || !ALLOWED_HINTS.has(x.rule)) said.push(`${f}: ${x.rule} [${x.severity}] "${text.slice(x.start, x.end)}"`);
          }
        }
        assert.deepStrictEqual(said, []);
      });
    }

    it('asks about age consent only for living people named with their age', () => {
      const ages: string[] = [];
      for (const f of files) {
        const text = fs.readFileSync(path.join(dir, f), 'utf8');
        for (const x of check(text, { language: language(f) })) if (x.rule === 'privacy/age') ages.push(`${f} ${text.slice(x.start - 20, x.end)}`);
      }
      // The living (a tank gunner, a retired pilot) get it; the soldiers killed in training and the
      // general who died at 84 do not.
      assert.ok(ages.length > 0);
      assert.ok(!ages.some((a) => a.startsWith('army-chaplain-memorial') || a.startsWith('af-memorial')), ages.join('\n'));
    });
  });
});
