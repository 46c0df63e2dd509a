/**
 * Unit news copy as it is submitted: a byline, the unit's public affairs line under it, a story
 * date line, then the dateline in one of its many forms. None of those lines is a sentence, the
 * dateline after them is read as one, and the byline and date line are still checked for rank and
 * date forms.
 */
import * as assert from 'assert';
import { check, Finding, ReleaseDocument } from '../../checker';

const seen = (text: string, f: Finding): string => `${f.rule} "${text.slice(f.start, f.end)}"`;
const findings = (text: string): string[] => check(text, { language: 'plaintext', defaultYear: 2026 }).map((f) => seen(text, f));
const fixed = (text: string, rule: string): string | undefined => {
  const f = check(text, { language: 'plaintext' }).find((x) => x.rule === rule);
  const e = f?.fix?.edits[0];
  return e ? text.slice(0, e.start) + e.newText + text.slice(e.end) : undefined;
};

const DVIDS = [
  'Airmen keep B-2 fleet ready through winter storm',
  '',
  'Story by Staff Sgt. Jane Doe',
  '',
  '509th Bomb Wing Public Affairs',
  '',
  '12.03.2026',
  '',
  'WHITEMAN AIR FORCE BASE, Mo. -- Airmen with the 509th Maintenance Group cleared snow from the flight line through the night, Col. John Roe, the group commander, said Thursday.',
  '',
  '"We never stopped," Roe said.',
  '',
].join('\n');

describe('story furniture: bylines, unit lines, story date lines', () => {
  it('reads byline, unit line and date line as furniture, and the dateline after them', () => {
    const doc = new ReleaseDocument(DVIDS, 'plaintext');
    assert.deepStrictEqual(doc.blocks.map((b) => b.kind), ['headline', 'byline', 'furniture', 'furniture', 'body', 'body']);
    assert.strictEqual(doc.dateline?.place, 'WHITEMAN AIR FORCE BASE, Mo.');
    assert.deepStrictEqual(doc.releaseDate, { year: 2026, month: 12, day: 3 });
  });

  it('gives the unit line no "number starts a sentence" and the dateline state no "spell it out"', () => {
    const found = findings(DVIDS);
    assert.deepStrictEqual(found.filter((f) => /^(?:number|place|acronym|structure)\//.test(f)), []);
  });

  it('reads the same lines typed with no blank lines between them', () => {
    const text = 'By SSG Jane Doe\n1st Armored Division Public Affairs\n12 Mar 2015\n\nFORT BLISS, Texas – Soldiers with the division fired artillery Tuesday.\n';
    const doc = new ReleaseDocument(text, 'plaintext');
    assert.deepStrictEqual(doc.blocks.map((b) => b.kind), ['byline', 'furniture', 'furniture', 'body']);
    assert.strictEqual(doc.dateline?.place, 'FORT BLISS, Texas');
    assert.deepStrictEqual(doc.releaseDate, { year: 2015, month: 3, day: 12 });
  });

  it('checks the byline for rank forms, without treating the writer as a person the story introduces', () => {
    const text = 'By SSG Jane Doe\n1st Armored Division Public Affairs\n\nFORT BLISS, Texas – Soldiers fired artillery Tuesday.\n';
    assert.strictEqual(fixed(text, 'rank/service-abbreviation')?.split('\n')[0], 'By Staff Sgt. Jane Doe');
    assert.deepStrictEqual(findings(text).filter((f) => f.startsWith('rank/') && !f.startsWith('rank/service-abbreviation')), []);
    assert.strictEqual(fixed('Story by Sergeant First Class John Roe\n\nFORT HOOD, Texas – Soldiers trained.\n', 'rank/spelled-out')?.split('\n')[0], 'Story by Sgt. 1st Class John Roe');
  });

  it('leaves a Navy rating in a byline spelled out, with the ship in the unit part', () => {
    const text = 'By Mass Communication Specialist 2nd Class Ann Lee, USS Gerald R. Ford (CVN 78) Public Affairs\n\nUSS GERALD R. FORD, At Sea – Sailors aboard the aircraft carrier USS Gerald R. Ford (CVN 78) completed flight deck certification Aug. 11.\n';
    const doc = new ReleaseDocument(text, 'plaintext');
    assert.strictEqual(doc.blocks[0].kind, 'byline');
    assert.strictEqual(doc.dateline?.place, 'USS GERALD R. FORD, At Sea');
    assert.deepStrictEqual(findings(text), []);
  });

  it('reads a byline with a Navy rating abbreviation, so the dateline after it is found', () => {
    const text = 'Ford departs Norfolk\n\nBy MC3 Logan Pierce\nUSS Gerald R. Ford (CVN 78) Public Affairs\n12 Mar 2026\n\nNORFOLK, Va. (March 10, 2026) – The aircraft carrier USS Gerald R. Ford (CVN 78) departed Naval Station Norfolk.\n';
    const doc = new ReleaseDocument(text, 'plaintext');
    assert.deepStrictEqual(doc.blocks.map((b) => b.kind), ['headline', 'byline', 'furniture', 'furniture', 'body']);
    assert.strictEqual(doc.dateline?.place, 'NORFOLK, Va.');
    assert.ok(!findings(text).some((f) => /NORFOLK|"Va\."/.test(f)), findings(text).join('; '));
  });

  it('checks the story date line for its form', () => {
    assert.ok(findings('By Spc. Ann Lee\nMay 3rd, 2016\n\nFORT HOOD, Texas – Soldiers trained.').includes('date/ordinal "May 3rd"'));
    const text = 'Story by Pfc. John Roe\n\n12 Mar 2015\n\nFORT BRAGG, N.C. – Paratroopers jumped Tuesday.\n';
    assert.strictEqual(fixed(text, 'date/day-month-year')?.split('\n')[2], 'March 12, 2015');
    const caps = 'Story by Pfc. John Roe\n\n12 MAR 2015\n\nFORT BRAGG, N.C. – Paratroopers jumped Tuesday.\n';
    assert.ok(findings(caps).some((f) => f.startsWith('date/')), findings(caps).join('; '));
  });

  it('takes the release date from every story date form', () => {
    const date = (line: string) => new ReleaseDocument(`By Sgt. Ann Lee\n\n${line}\n\nFORT HOOD, Texas – Soldiers trained.`, 'plaintext').releaseDate;
    assert.deepStrictEqual(date('12.03.2026'), { year: 2026, month: 12, day: 3 });
    assert.deepStrictEqual(date('Posted: 12.04.2026 09:15'), { year: 2026, month: 12, day: 4 });
    assert.deepStrictEqual(date('12 March 2015'), { year: 2015, month: 3, day: 12 });
    assert.deepStrictEqual(date('Thursday, March 12, 2015'), { year: 2015, month: 3, day: 12 });
    assert.deepStrictEqual(date('2015-03-12'), { year: 2015, month: 3, day: 12 });
    assert.strictEqual(date('13.45.2026'), undefined);
  });

  it('reads datelines in every dash after a byline', () => {
    for (const dash of ['-', '–', '—', '--']) {
      const doc = new ReleaseDocument(`Story by Cpl. Dan Ruiz\n2nd Marine Division\n\nCAMP LEJEUNE, N.C. ${dash} Marines with the division fired mortars Tuesday.`, 'plaintext');
      assert.strictEqual(doc.dateline?.place, 'CAMP LEJEUNE, N.C.', dash);
    }
  });

  it('finds the story under a photo caption put above it: its byline, unit line, date line and dateline', () => {
    const text = [
      'Soldiers fire an M777 howitzer during a live-fire exercise at Fort Hood, Texas, Aug. 11, 2020. (U.S. Army photo by Spc. Jane Doe)',
      '',
      'Story by Sgt. Ann Lee',
      '1st Cavalry Division Public Affairs',
      '12 Aug 2020',
      '',
      'FORT HOOD, Texas – Soldiers with the division fired artillery Tuesday.',
      '',
    ].join('\n');
    const doc = new ReleaseDocument(text, 'plaintext');
    assert.deepStrictEqual(doc.blocks.map((b) => b.kind), ['body', 'byline', 'furniture', 'furniture', 'body']);
    assert.strictEqual(doc.dateline?.place, 'FORT HOOD, Texas');
    assert.deepStrictEqual(doc.releaseDate, { year: 2020, month: 8, day: 12 });
    assert.ok(findings(text).includes('date/day-month-year "12 Aug 2020"'), findings(text).join('; '));
    assert.ok(!findings(text).some((f) => f.startsWith('usage/us-headline')), 'the caption is not a headline');
  });

  it('takes the first word after the dateline dash as the start of a sentence (no house-style hint on "Soldiers")', () => {
    const text = 'By Sgt. Ann Lee\n\nSOTO CANO AIR BASE, Honduras – Soldiers with Joint Task Force-Bravo delivered food Tuesday. The Soldiers drove.\n';
    assert.deepStrictEqual(findings(text).filter((f) => f.startsWith('usage/service-member-case')), ['usage/service-member-case "Soldiers"']);
    const mid = check(text, { language: 'plaintext' }).find((f) => f.rule === 'usage/service-member-case');
    assert.ok(mid && mid.start > text.indexOf('The Soldiers'), 'only the mid-sentence capital is pointed out');
  });

  it('reads a headline typed right above the dateline line, and a news-service label above the headline', () => {
    const text = 'CNO Visits Sailors Aboard Carrier\nNORFOLK, Va. – Adm. Lisa Franchetti, the chief of naval operations, visited the ship Tuesday.\n';
    const doc = new ReleaseDocument(text, 'press-release');
    assert.deepStrictEqual(doc.blocks.map((b) => b.kind), ['headline', 'body']);
    assert.strictEqual(doc.dateline?.place, 'NORFOLK, Va.');
    assert.ok(!findings(text).some((f) => /acronym|state-abbreviation-body|headline/.test(f)), findings(text).join('; '));
    const labelled = new ReleaseDocument('Navy News\n\nCNO Visits Sailors Aboard Carrier\n\nNORFOLK, Va. – The chief of naval operations visited.', 'press-release');
    assert.deepStrictEqual(labelled.blocks.map((b) => b.kind), ['furniture', 'headline', 'body']);
    // A hard-wrapped paragraph whose next line happens to start with capitals and a dash is not split.
    assert.strictEqual(new ReleaseDocument('The ships sailed with the\nNATO task group – a first.', 'plaintext').blocks.length, 1);
  });

  it('keeps prose that starts with "By" in the body', () => {
    const text = 'Convoy reaches the border\n\nBy noon, the convoy had reached the border crossing near Zagan, Poland.\n\nBy the end of the week, 3 soldiers had finished the course.\n';
    const doc = new ReleaseDocument(text, 'plaintext');
    assert.deepStrictEqual(doc.blocks.map((b) => b.kind), ['headline', 'body', 'body']);
    assert.ok(findings(text).includes('number/spell-out-small "3"'), findings(text).join('; '));
    const headline = new ReleaseDocument('BY LAND, SEA AND AIR\n\nWASHINGTON — The services trained together.', 'plaintext');
    assert.strictEqual(headline.blocks[0].kind, 'headline');
  });

  it('does not read a short title-case line as a unit line unless a byline or headline comes first', () => {
    const doc = new ReleaseDocument('Army Public Affairs\n\nWASHINGTON — The Army named a new chief of public affairs Tuesday.', 'plaintext');
    assert.strictEqual(doc.blocks[0].kind, 'headline');
  });

  it('reads an edited draft as it reads the same text fresh, wherever the edit falls', () => {
    const texts = [DVIDS, 'By SSG Jane Doe\n1st Armored Division Public Affairs\n12 Mar 2015\n\nFORT BLISS, Texas – Soldiers fired.\n\nMore text here.'];
    for (const text of texts) {
      const doc = new ReleaseDocument(text, 'plaintext');
      for (let i = 0; i <= text.length; i++) {
        for (const [start, end, insert] of [[i, Math.min(text.length, i + 1), ''], [i, i, '\n\n'], [i, i, 'x']] as Array<[number, number, string]>) {
          const edited = doc.edited(start, end, insert);
          const fresh = new ReleaseDocument(edited.original, 'plaintext');
          assert.deepStrictEqual(edited.blocks, fresh.blocks, `edit at ${start}`);
          assert.deepStrictEqual(edited.dateline, fresh.dateline, `edit at ${start}`);
        }
      }
    }
  });
});

describe('datelines in every real form', () => {
  it('reads a place inside a place, and asks for the AP abbreviation of its state', () => {
    const text = 'Hospital opens clinic\n\nNMCP, Portsmouth, VA – Naval Medical Center Portsmouth opened a clinic Tuesday.\n';
    const doc = new ReleaseDocument(text, 'plaintext');
    assert.strictEqual(doc.dateline?.place, 'NMCP, Portsmouth, VA');
    assert.deepStrictEqual(findings(text), ['place/state-postal-code "VA"']);
    assert.strictEqual(fixed(text, 'place/state-postal-code')?.split('\n')[2], 'NMCP, Portsmouth, Va. – Naval Medical Center Portsmouth opened a clinic Tuesday.');
    // Three parts are a dateline only with a state at the end.
    assert.strictEqual(new ReleaseDocument('NATO, ARMY, NAVY – the three met.', 'plaintext').dateline, undefined);
  });

  it('reads a ship at sea in the Navy form, the ship in mixed case or in capitals, with no finding', () => {
    const caps = new ReleaseDocument('USS KEARSARGE, At Sea – Sailors trained.', 'plaintext');
    assert.strictEqual(caps.dateline?.place, 'USS KEARSARGE, At Sea');
    const text = 'Story by Sgt. Ann Lee\n\nUSS Kearsarge, At Sea – Sailors and Marines aboard the ship trained Tuesday.\n';
    assert.strictEqual(new ReleaseDocument(text, 'plaintext').dateline?.place, 'USS Kearsarge, At Sea');
    assert.deepStrictEqual(findings(text), []);
  });

  it('asks for capitals in a mixed-case dateline after a byline, and in the wire form with a date', () => {
    const text = 'By Senior Airman Kay Poe\n96th Test Wing Public Affairs\n\nFort Walton Beach, Fla. -- Airmen from the wing cleaned the beach Saturday.\n';
    assert.strictEqual(fixed(text, 'place/dateline-form')?.split('\n')[3], 'FORT WALTON BEACH, Fla. -- Airmen from the wing cleaned the beach Saturday.');
    assert.ok(!findings(text).some((f) => f.startsWith('place/state-abbreviation-body')));
    const wire = 'Washington, March 3, 2011 – The Defense Department announced the award.\n';
    assert.strictEqual(fixed(wire, 'place/dateline-form'), 'WASHINGTON, March 3, 2011 – The Defense Department announced the award.\n');
  });

  it('does not take a hyphenated name for a dateline with a hyphen as its dash', () => {
    const doc = new ReleaseDocument('JTF-Bravo helicopters deliver aid to flooded villages\n\nSOTO CANO AIR BASE, Honduras - Helicopters flew.', 'plaintext');
    assert.strictEqual(doc.blocks[0].kind, 'headline');
    assert.strictEqual(doc.dateline?.place, 'SOTO CANO AIR BASE, Honduras');
    assert.strictEqual(new ReleaseDocument('UH-60 Black Hawk crews flew 41 missions.', 'plaintext').dateline, undefined);
  });

  it('does not take a photo caption with its VIRIN line for a headline', () => {
    const text = 'Airmen de-ice a C-17 Globemaster III at Joint Base Elmendorf-Richardson, Alaska, Feb. 5, 2025. (U.S. Air Force photo by Senior Airman Kendra Voss)\nVIRIN: 250205-F-KV310-1001\n';
    assert.strictEqual(new ReleaseDocument(text, 'plaintext').blocks[0].kind, 'body');
    assert.ok(!findings(text).some((f) => f.startsWith('usage/us-headline')), findings(text).join('; '));
  });

  it('reads the Navy form with the date in parentheses', () => {
    const doc = new ReleaseDocument('By Mass Communication Specialist 3rd Class Li Wu\n\nNORFOLK, Va. (April 1, 2017) – The ship returned.', 'plaintext');
    assert.strictEqual(doc.dateline?.place, 'NORFOLK, Va.');
    assert.deepStrictEqual(doc.releaseDate, { year: 2017, month: 4, day: 1 });
  });
});
