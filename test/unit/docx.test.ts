/**
 * The .docx reader and writer on documents LibreOffice and pandoc made (test/fixtures/docx, made
 * by scripts/docx-fixtures.js): the text as it reads, its parts, and fixes written into the runs
 * they touch and nowhere else.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { zipSync } from 'fflate';
import { DocxInputError, readDocx, storyStyles, writeDocx, type DocxDocument } from '../../docx';
import { parseXml, descendants, firstChild, isElement, type XmlElement } from '../../docx/xml';
import { inflateEntry, readZip, replaced, writeZip } from '../../docx/zip';
import { diffWords } from '../../docx/diff';

const DIR = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'docx');
const MB = 1024 * 1024;
const NOW = new Date('2026-12-03T06:00:00Z');
const bytes = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(DIR, name)));
const open = (name: string): DocxDocument => readDocx(bytes(name), 5 * MB);
const body = (d: DocxDocument): string[] => d.stories[0].paragraphs.map((p) => p.text);
const text = (d: DocxDocument, label: string): string => d.stories.find((s) => s.label === label)!.text;

/** The XML of an entry of a written document. */
function partXml(doc: Uint8Array, name: string): string {
  const e = readZip(doc).find((x) => x.name === name)!;
  return new TextDecoder().decode(inflateEntry(e, { left: Infinity }, () => assert.fail('too big')));
}

/** The run (`w:r`) whose text holds `needle`, and whether its properties make it bold or italic. */
function runWith(xml: string, needle: string): { bold: boolean; italic: boolean; text: string } {
  const root = parseXml(xml);
  const run = descendants(root, 'w:r').find((r) => descendants(r, 'w:t').some((t) => xml.slice(t.openEnd, t.closeStart).includes(needle)));
  assert.ok(run, `no run holds "${needle}"`);
  const rPr = firstChild(run, 'w:rPr');
  const has = (n: string): boolean => !!rPr && firstChild(rPr, n) !== undefined;
  return { bold: has('w:b'), italic: has('w:i'), text: descendants(run, 'w:t').map((t) => xml.slice(t.openEnd, t.closeStart)).join('') };
}

/** The XML with every run and every tracked change removed: what must not change when only runs are edited. */
function withoutRuns(xml: string): string {
  const root = parseXml(xml);
  const cut: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.name === 'w:r' || c.name === 'w:ins' || c.name === 'w:del') cut.push(c);
      else visit(c);
    }
  };
  visit(root);
  let out = '';
  let pos = 0;
  for (const c of cut) {
    out += xml.slice(pos, c.start);
    pos = c.end;
  }
  return out + xml.slice(pos);
}

describe('docx: reading documents LibreOffice and pandoc wrote', () => {
  it('reads the body paragraph by paragraph, tables cell by cell, and each other part as its own story', () => {
    const d = open('libreoffice-release.docx');
    assert.deepStrictEqual(body(d).slice(0, 4), [
      'FOR IMMEDIATE RELEASE',
      'Release No. NR-245-16',
      'Carter announces 560 more troops for Iraq',
      'WASHINGTON — Secretary of Defense Ash Carter met with Iraqi leaders in Baghdad on July 11th and announced that 560 more U.S. troops will deploy to Iraq.',
    ]);
    // A hyperlink reads as the text it shows.
    assert.strictEqual(body(d)[6], 'Read the release at Defense.gov after July 12th.');
    assert.deepStrictEqual(body(d).slice(7, 11), ['Unit', 'Troops', '101st Airborne Division', '400']);
    assert.deepStrictEqual(
      d.stories.map((s) => s.label),
      ['body', 'header 1', 'footer 1', 'footnotes', 'comments', 'text boxes'],
    );
    assert.strictEqual(text(d, 'comments'), 'Check the date with the unit: Aug. 2016 or Sept. 2016?');
    // The text box once, though the document holds it twice (DrawingML and its VML fallback).
    assert.strictEqual(text(d, 'text boxes'), 'The 101st Airborne Division deployed on July 4th.');
    assert.strictEqual(text(d, 'header 1'), 'Defense Press Operations news release, July 11th, 2016');
    // The page number field reads as its shown result.
    assert.strictEqual(text(d, 'footer 1'), 'Page 1');
    assert.strictEqual(text(d, 'footnotes'), 'The airfield lies about 40 miles south of Mosul; engineers arrive on July 14th.');
    // Paragraphs are joined by a blank line, as in a .release draft.
    assert.ok(d.stories[0].text.startsWith('FOR IMMEDIATE RELEASE\n\nRelease No. NR-245-16\n\n'));
  });

  it('reads the paragraph style: Title is the headline, Caption a caption', () => {
    for (const name of ['libreoffice-release.docx', 'pandoc-release.docx']) {
      const ps = open(name).stories[0].paragraphs;
      assert.deepStrictEqual(ps.filter((p) => p.role === 'headline').map((p) => p.text), ['Carter announces 560 more troops for Iraq'], name);
      assert.deepStrictEqual(ps.filter((p) => p.role === 'caption').map((p) => p.style), ['Caption'], name);
    }
  });

  it("a house style named as a headline, or based on Title, is a headline; a table's caption is no photo caption; the styled paragraphs are spans of the story's text", () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(DIR, 'libreoffice-styled.docx')));
    const story = readDocx(bytes, 5 * 1024 * 1024).stories[0];
    assert.deepStrictEqual(
      storyStyles(story).map((s) => [s.role, story.text.slice(s.start, s.end)]),
      [
        ['headline', 'Paratroopers jump into Poland with NATO allies'],
        ['headline', 'Allies on the drop zone'],
        ['caption', 'Paratroopers of the 82nd Airborne Division descend over a drop zone near Torun, Poland, March 3, 2024.'],
      ],
    );
    // The same document with a house template's styles: the Title renamed `Release Headline`, the
    // subhead's style renamed `DoD Head 2` and based on the Title, the Caption renamed as Word names a table's.
    const restyled = (xml: string): string =>
      xml
        .replace('<w:name w:val="Title"/>', '<w:name w:val="Release Headline"/>')
        .replace(/(<w:style [^>]*w:styleId="Heading2"[^>]*>[\s\S]*?)<w:name w:val="Heading 2"\/>([\s\S]*?)<w:basedOn w:val="Normal"\/>/, '$1<w:name w:val="DoD Head 2"/>$2<w:basedOn w:val="Title"/>')
        .replace('<w:name w:val="Caption"/>', '<w:name w:val="Table Caption"/>');
    const entries = readZip(bytes).map((e) => {
      if (e.name !== 'word/styles.xml') return e;
      const xml = new TextDecoder().decode(inflateEntry(e, { left: Infinity }, () => assert.fail()));
      const changed = restyled(xml);
      for (const name of ['Release Headline', 'DoD Head 2', 'w:basedOn w:val="Title"', 'Table Caption']) assert.ok(changed.includes(name), name);
      return replaced(e, new TextEncoder().encode(changed));
    });
    const again = readDocx(writeZip(entries), 5 * 1024 * 1024).stories[0];
    assert.deepStrictEqual(
      again.paragraphs.filter((p) => p.style !== 'Normal').map((p) => [p.style, p.role]),
      [
        ['Release Headline', 'headline'],
        ['DoD Head 2', 'headline'],
        ['Table Caption', undefined],
      ],
    );
  });

  it('reads pandoc\'s many small runs as one text, and its footnote', () => {
    const d = open('pandoc-release.docx');
    assert.strictEqual(body(d)[5], 'MacFarland briefed reporters at 1400 hours and said the additional troops will arrive by Aug.\u00a02016.');
    assert.strictEqual(text(d, 'footnotes'), ' The airfield lies about 40 miles south of Mosul; engineers arrive on July 14th.');
  });

  it('reads tracked changes as accepted: deleted text is not in the text, inserted text is', () => {
    const d = open('libreoffice-tracked.docx');
    assert.strictEqual(d.trackChanges, true);
    assert.strictEqual(body(d)[3], 'He consulted with LTG Sean MacFarland, the commander of Operation Inherent Resolve.');
    assert.ok(!d.stories[0].text.includes('Maj. Gen.'));
    assert.strictEqual(open('libreoffice-release.docx').trackChanges, false);
  });
});

describe('docx: line breaks inside a paragraph', () => {
  it('never read as a blank line, so a paragraph stays one paragraph when a fix is written elsewhere', () => {
    // Word writes a break at the start or end of a paragraph, and two in a row, for spacing.
    const entries = readZip(bytes('libreoffice-release.docx'));
    const files: Record<string, Uint8Array> = {};
    for (const e of entries) files[e.name] = inflateEntry(e, { left: Infinity }, () => assert.fail());
    const xml = new TextDecoder().decode(files['word/document.xml']).replace('<w:t>Release No. NR-245-16</w:t>', '<w:br/><w:t>Release No.</w:t><w:br/><w:br/><w:t>NR-245-16</w:t><w:br/>');
    files['word/document.xml'] = new TextEncoder().encode(xml);
    const d = readDocx(zipSync(files), 5 * MB);
    assert.strictEqual(body(d)[1], ' Release No.\n NR-245-16 ');
    const out = writeDocx(d, new Map([['body', d.stories[0].text.replace('LTG', 'Lt. Gen.')]]), { now: NOW });
    const again = partXml(out.bytes, 'word/document.xml');
    assert.ok(again.includes('<w:br/><w:t>Release No.</w:t><w:br/><w:br/><w:t>NR-245-16</w:t><w:br/>'), 'the breaks are as they were');
    assert.strictEqual(body(readDocx(out.bytes, 5 * MB)).length, body(d).length);
  });
});

describe('docx: writing fixes back', () => {
  it('a fix inside one run keeps its formatting; a fix across runs takes the first run\'s and clears the others', () => {
    const d = open('pandoc-release.docx');
    const before = d.stories[0].text;
    const after = before.replace('July 11th', 'July 11').replace('1400 hours', '2 p.m.');
    const out = writeDocx(d, new Map([['body', after]]), { now: NOW });
    assert.strictEqual(out.texts.get('body'), after);
    const xml = partXml(out.bytes, 'word/document.xml');
    assert.deepStrictEqual(runWith(xml, 'July 11'), { bold: true, italic: false, text: 'July 11' });
    // `1400` was bold, ` hours and said …` plain: the new text is in the bold run, the plain run lost `hours`.
    assert.deepStrictEqual(runWith(xml, '2 p.m.'), { bold: true, italic: false, text: '2 p.m.' });
    assert.deepStrictEqual(runWith(xml, 'and said the additional'), { bold: false, italic: false, text: ' and said the additional troops will arrive by Aug.\u00a02016.' });
    assert.deepStrictEqual(runWith(xml, 'Iraqi leaders'), { bold: false, italic: true, text: 'Iraqi leaders' });
    assert.strictEqual(readDocx(out.bytes, 5 * MB).stories[0].text, after);
  });

  it('changes nothing but the touched runs: every other part is stored as it was, the edited part differs only in runs', () => {
    const d = open('libreoffice-release.docx');
    const out = writeDocx(d, new Map([['body', d.stories[0].text.replace('LTG', 'Lt. Gen.')], ['footnotes', text(d, 'footnotes').replace('July 14th', 'July 14')]]), { now: NOW });
    const old = readZip(bytes('libreoffice-release.docx'));
    const now = readZip(out.bytes);
    assert.deepStrictEqual(now.map((e) => e.name), old.map((e) => e.name));
    for (const e of old) {
      const n = now.find((x) => x.name === e.name)!;
      if (e.name === 'word/document.xml' || e.name === 'word/footnotes.xml') {
        assert.notStrictEqual(partXml(out.bytes, e.name), partXml(bytes('libreoffice-release.docx'), e.name));
        assert.strictEqual(withoutRuns(partXml(out.bytes, e.name)), withoutRuns(partXml(bytes('libreoffice-release.docx'), e.name)), e.name);
      } else {
        assert.deepStrictEqual(Buffer.from(n.raw), Buffer.from(e.raw), `${e.name} is stored as it was`);
      }
    }
  });

  it('with tracked changes on, writes the fix as a deletion and an insertion by Copydesk', () => {
    const d = open('libreoffice-tracked.docx');
    const after = d.stories[0].text.replace('July 11th', 'July 11');
    const out = writeDocx(d, new Map([['body', after]]), { now: NOW });
    const xml = partXml(out.bytes, 'word/document.xml');
    assert.match(xml, /<w:del w:id="\d+" w:author="Copydesk" w:date="2026-12-03T06:00:00Z"><w:r><w:rPr><w:b\/><\/w:rPr><w:delText xml:space="preserve">11th<\/w:delText><\/w:r><\/w:del>/);
    assert.match(xml, /<w:ins w:id="\d+" w:author="Copydesk" w:date="2026-12-03T06:00:00Z"><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">11<\/w:t><\/w:r><\/w:ins>/);
    // The editor's own tracked changes stay.
    assert.match(xml, /w:author="Jane Editor"/);
    assert.strictEqual(readDocx(out.bytes, 5 * MB).stories[0].text, after);
  });

  it('an added paragraph takes its neighbour\'s formatting; a removed one goes; a table cell keeps its paragraph', () => {
    const d = open('libreoffice-release.docx');
    const ps = body(d);
    const next = [...ps.slice(0, 4), 'Carter spoke at the Pentagon.', ...ps.slice(4, 7), '', ...ps.slice(8)];
    const out = writeDocx(d, new Map([['body', next.join('\n\n')]]), { now: NOW });
    const again = readDocx(out.bytes, 5 * MB).stories[0];
    assert.deepStrictEqual(again.paragraphs.map((p) => p.text), next);
    assert.strictEqual(again.paragraphs[4].style, again.paragraphs[3].style);
    const removed = [...ps.slice(0, 1), ...ps.slice(2)];
    const gone = readDocx(writeDocx(d, new Map([['body', removed.join('\n\n')]]), { now: NOW }).bytes, 5 * MB);
    assert.deepStrictEqual(body(gone), removed);
    // `Troops` is its cell's only paragraph: removed from the text, the cell keeps it, empty.
    const cell = ps.indexOf('Troops');
    const noCell = writeDocx(d, new Map([['body', [...ps.slice(0, cell), ...ps.slice(cell + 1)].join('\n\n')]]), { now: NOW });
    assert.strictEqual(body(readDocx(noCell.bytes, 5 * MB))[cell], '');
    assert.strictEqual(noCell.texts.get('body')!.split('\n\n')[cell], '');
  });

  it('diffs word by word, so fixes far apart stay small edits; spaces between changes join them', () => {
    assert.deepStrictEqual(diffWords('LTG Sean met at 1400 hours on July 11th.', 'Lt. Gen. Sean met at 2 p.m. on July 11.'), [
      { start: 0, end: 3, newText: 'Lt. Gen.' },
      { start: 16, end: 26, newText: '2 p.m.' },
      { start: 35, end: 39, newText: '11' },
    ]);
  });
});

describe('docx: bad input gets one message naming what it is', () => {
  const message = (b: Uint8Array, max = 5 * MB): string => {
    try {
      readDocx(b, max);
    } catch (e) {
      assert.ok(e instanceof DocxInputError, String(e));
      return e.message;
    }
    return assert.fail('read without complaint');
  };

  it('a legacy .doc, a .docm, a password-protected document, text, a truncated file', () => {
    assert.match(message(bytes('bad/libreoffice-tracked.doc')), /Word 97–2003 document \(\.doc\).*save it as a \.docx/);
    assert.match(message(bytes('bad/libreoffice-tracked.docm')), /macro-enabled/);
    // Word encrypts a .docx into a compound file holding an EncryptedPackage stream; no Debian tool makes one, so its signature is built here.
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    cfb.set([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]), 512);
    assert.match(message(cfb), /password-protected/);
    assert.match(message(new TextEncoder().encode('FOR IMMEDIATE RELEASE\n')), /not a zip archive/);
    const whole = bytes('libreoffice-release.docx');
    assert.match(message(whole.subarray(0, whole.length - 300)), /not a zip archive|damaged|cut short/);
  });

  it('a zip bomb stops at the size limit, measured on the expanded XML', () => {
    const entries = readZip(bytes('libreoffice-release.docx'));
    const files: Record<string, Uint8Array> = {};
    for (const e of entries) files[e.name] = inflateEntry(e, { left: Infinity }, () => assert.fail());
    // 50 MB of XML that deflates to about 50 kB.
    files['word/document.xml'] = new TextEncoder().encode(`<w:document xmlns:w="x"><w:body>${' '.repeat(50 * MB)}</w:body></w:document>`);
    const bomb = zipSync(files);
    assert.ok(bomb.length < MB);
    assert.match(message(bomb), /expands to larger than the size limit \(5 MB\)/);
  });

  it('a damaged part, an entity declaration, a character that does not exist', () => {
    const entries = readZip(bytes('libreoffice-release.docx'));
    const files: Record<string, Uint8Array> = {};
    for (const e of entries) files[e.name] = inflateEntry(e, { left: Infinity }, () => assert.fail());
    files['word/document.xml'] = new TextEncoder().encode('<w:document xmlns:w="x"><w:body><w:p></w:body></w:document>');
    assert.match(message(zipSync(files)), /its part word\/document.xml is damaged/);
    files['word/document.xml'] = new TextEncoder().encode('<!DOCTYPE d [<!ENTITY a "aaaa">]><w:document xmlns:w="x"><w:body/></w:document>');
    assert.match(message(zipSync(files)), /document type declaration/);
    files['word/document.xml'] = new TextEncoder().encode('<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&#x110000;</w:t></w:r></w:p></w:body></w:document>');
    assert.match(message(zipSync(files)), /character reference &#x110000; is out of range/);
  });
});
