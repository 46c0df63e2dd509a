/**
 * `copydesk check draft.docx` (the built CLI) on documents LibreOffice and pandoc made: findings in
 * every format, --fix-dry-run's diff of the extracted text, --fix written into the document, which
 * LibreOffice then opens and reads as the fixed draft; bad input gets one message and is left alone.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { outsideRelease, resolveOptions, shiftStyles } from '../../checker';
import { checkAndFix } from '../../cli/src/fix';
import { readDocx, storyStyles } from '../../docx';
import { inflateEntry, readZip } from '../../docx/zip';
import { cli, root, tree } from './run';
import { validate } from './sarifValidator';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sofficeToText } = require(path.join(root, 'scripts', 'docx-fixtures.js')) as { sofficeToText: (files: string[], as?: 'txt' | 'fodt') => { status: number | null; texts: string[]; stderr: string } };

const DIR = path.join(root, 'test', 'fixtures', 'docx');
const fixture = (name: string): Buffer => fs.readFileSync(path.join(DIR, name));
const expected = (name: string): string => fs.readFileSync(path.join(DIR, 'expected', name), 'utf8');

/** Each entry's expanded bytes. */
function parts(bytes: Buffer): Map<string, Buffer> {
  return new Map(readZip(new Uint8Array(bytes)).map((e) => [e.name, Buffer.from(inflateEntry(e, { left: Infinity }, () => assert.fail()))]));
}

describe('copydesk check on Word documents (the built CLI)', function () {
  this.timeout(120000);
  let t: ReturnType<typeof tree>;
  beforeEach(() => {
    t = tree({
      'libreoffice-release.docx': fixture('libreoffice-release.docx'),
      'pandoc-release.docx': fixture('pandoc-release.docx'),
      'libreoffice-tracked.docx': fixture('libreoffice-tracked.docx'),
      'libreoffice-styled.docx': fixture('libreoffice-styled.docx'),
      'drafts/other.release': 'WASHINGTON — LTG Sean MacFarland spoke.\n',
      'drafts/unit.docx': fixture('pandoc-release.docx'),
    });
  });
  afterEach(() => t.remove());

  it('text: the paragraph and character of each finding, the part when not the body, the paragraph shown', () => {
    const r = cli(['check', 'libreoffice-release.docx'], { cwd: t.dir });
    assert.strictEqual(r.code, 1, r.stderr);
    const lines = r.stdout.split('\n');
    assert.strictEqual(lines[0], 'libreoffice-release.docx:4:83: error date/ordinal: No ordinal in dates: write "July 11", not "July 11th". [fix: Remove "th"]');
    assert.strictEqual(lines[1], '    WASHINGTON — Secretary of Defense Ash Carter met with Iraqi leaders in Baghdad on July 11th and announced that 560 more U.S. troops will deploy to Iraq.');
    assert.ok(lines.includes('libreoffice-release.docx [header 1]:1:40: error date/ordinal: No ordinal in dates: write "July 11", not "July 11th". [fix: Remove "th"]'), r.stdout);
    assert.ok(lines.includes('libreoffice-release.docx [footnotes]:1:70: error date/ordinal: No ordinal in dates: write "July 14", not "July 14th". [fix: Remove "th"]'), r.stdout);
    assert.ok(lines.some((l) => l.startsWith('libreoffice-release.docx:6:33: error time/military:')), r.stdout);
  });

  it('json: the part, offsets in its text and the paragraph as the line; sarif: the region in the extracted text, the part in a property, no byte fixes; github: the part in the title', () => {
    const json = JSON.parse(cli(['check', '--format', 'json', 'libreoffice-release.docx'], { cwd: t.dir }).stdout) as { files: Array<{ findings: Array<Record<string, unknown>> }> };
    const ordinal = json.files[0].findings.find((f) => f.part === 'footnotes')!;
    assert.deepStrictEqual(
      { rule: ordinal.rule, part: ordinal.part, start: ordinal.start, end: ordinal.end, range: ordinal.range },
      { rule: 'date/ordinal', part: 'footnotes', start: 69, end: 78, range: { start: { line: 0, character: 69 }, end: { line: 0, character: 78 } } },
    );
    const log = cli(['check', '--format', 'sarif', 'libreoffice-release.docx'], { cwd: t.dir }).stdout;
    assert.deepStrictEqual(validate(log, t.dir, 'docx'), []);
    const sarif = JSON.parse(log) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    const result = sarif.runs[0].results.find((x) => (x.properties as { part?: string } | undefined)?.part === 'header 1')!;
    const loc = (result.locations as Array<{ physicalLocation: { region: object } }>)[0].physicalLocation;
    assert.deepStrictEqual(loc.region, { startLine: 1, startColumn: 40, endLine: 1, endColumn: 49, charOffset: 39, charLength: 9 });
    assert.strictEqual(result.fixes, undefined);
    const github = cli(['check', '--format', 'github', 'libreoffice-release.docx'], { cwd: t.dir }).stdout;
    assert.match(github, /^::error file=libreoffice-release\.docx,line=1,col=70,endLine=1,endColumn=79,title=Copydesk date\/ordinal \(footnotes%2C paragraph 1\)::/m);
  });

  it('a folder picks up .docx only when --ext lists it', () => {
    assert.doesNotMatch(cli(['check', 'drafts'], { cwd: t.dir }).stdout, /unit\.docx/);
    const r = cli(['check', '--ext', 'release,docx', 'drafts'], { cwd: t.dir });
    assert.match(r.stdout, /^drafts\/unit\.docx:4:83: error date\/ordinal/m);
    assert.match(r.stdout, /^drafts\/other\.release:1:14: error rank\/service-abbreviation/m);
  });

  it('--fix-dry-run: the diff of the extracted text of each part, nothing written', () => {
    const before = fs.readFileSync(path.join(t.dir, 'libreoffice-release.docx'));
    const r = cli(['check', '--fix-dry-run', 'libreoffice-release.docx'], { cwd: t.dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^--- a\/libreoffice-release\.docx:body\n\+\+\+ b\/libreoffice-release\.docx:body\n/);
    assert.match(r.stdout, /^-MacFarland briefed reporters at 1400 hours and said the additional troops will arrive by Aug\. 2016\.\n\+MacFarland briefed reporters at 2 p\.m\. and said the additional troops will arrive by August 2016\.$/m);
    assert.match(r.stdout, /^--- a\/libreoffice-release\.docx:header 1\n\+\+\+ b\/libreoffice-release\.docx:header 1\n@@ -1 \+1 @@\n-Defense Press Operations news release, July 11th, 2016\n\+Defense Press Operations news release, July 11, 2016$/m);
    assert.match(r.stderr, /10 fixes would be applied in 1 file; nothing written/);
    assert.deepStrictEqual(fs.readFileSync(path.join(t.dir, 'libreoffice-release.docx')), before);
  });

  it('--fix writes the fixes into the document: LibreOffice opens it and reads the fixed draft; styles and other parts unchanged', () => {
    const names = ['libreoffice-release.docx', 'pandoc-release.docx'];
    const r = cli(['check', '--fix', ...names], { cwd: t.dir });
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^libreoffice-release\.docx: 10 fixes applied$/m);
    assert.match(r.stdout, /^pandoc-release\.docx: 5 fixes applied$/m);
    const lo = sofficeToText(names.map((n) => path.join(t.dir, n)));
    assert.strictEqual(lo.status, 0, lo.stderr);
    assert.strictEqual(lo.texts[0], expected('libreoffice-release.fixed.txt'));
    assert.strictEqual(lo.texts[1], expected('pandoc-release.fixed.txt'));
    for (const name of names) {
      const before = parts(fixture(name));
      const after = parts(fs.readFileSync(path.join(t.dir, name)));
      assert.deepStrictEqual([...after.keys()], [...before.keys()]);
      const changed = [...before.keys()].filter((k) => !before.get(k)!.equals(after.get(k)!));
      assert.deepStrictEqual(changed, name.startsWith('pandoc') ? ['word/document.xml', 'word/footnotes.xml'] : ['word/document.xml', 'word/header1.xml', 'word/footnotes.xml', 'word/comments.xml'], name);
    }
    // LibreOffice's own reading of the parts a text export leaves out: the header, the footnote, the comment, the text box.
    const odf = sofficeToText([path.join(t.dir, 'libreoffice-release.docx')], 'fodt');
    assert.strictEqual(odf.status, 0, odf.stderr);
    const shown = odf.texts[0].replace(/<[^>]+>/g, ' ');
    for (const fixed of ['news release, July 11, 2016', 'engineers arrive on July 14.', 'unit: August 2016 or September 2016?', 'deployed on July 4.']) assert.ok(shown.includes(fixed), `LibreOffice does not read "${fixed}"`);
    for (const gone of ['July 11th', 'July 14th', 'July 4th', 'Aug. 2016']) assert.ok(!shown.includes(gone), `LibreOffice still reads "${gone}"`);
    // The fixed text as the project's own reader reads it: the bold date stays bold (the writer's unit tests check the runs).
    const fixed = readDocx(new Uint8Array(fs.readFileSync(path.join(t.dir, 'libreoffice-release.docx'))), 5 * 1024 * 1024);
    assert.strictEqual(fixed.stories.find((s) => s.label === 'footnotes')!.text, 'The airfield lies about 40 miles south of Mosul; engineers arrive on July 14.');
  });

  it('--fix on a document with tracked changes on: the fixes are tracked changes by Copydesk, LibreOffice opens it', () => {
    const r = cli(['check', '--fix', 'libreoffice-tracked.docx'], { cwd: t.dir });
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    const file = path.join(t.dir, 'libreoffice-tracked.docx');
    const xml = parts(fs.readFileSync(file)).get('word/document.xml')!.toString('utf8');
    assert.strictEqual((xml.match(/w:author="Copydesk"/g) ?? []).length, 4);
    const lo = sofficeToText([file]);
    assert.strictEqual(lo.status, 0, lo.stderr);
    // LibreOffice's text export shows tracked changes unaccepted: each deletion, then its insertion.
    assert.match(lo.texts[0], /on July 11th11 and announced/);
    assert.match(lo.texts[0], /He consulted with Maj\. Gen\. LTGLt\. Gen\. Sean MacFarland/);
    // Accepted, as the project's reader reads it, it is the fixed draft.
    const accepted = readDocx(new Uint8Array(fs.readFileSync(file)), 5 * 1024 * 1024).stories[0].paragraphs.map((p) => p.text);
    assert.strictEqual(accepted[3], 'He consulted with Lt. Gen. Sean MacFarland, the commander of Operation Inherent Resolve.');
  });

  it("paragraph styles: the document's Title is its headline and its Caption a caption, where its text alone reads otherwise", () => {
    type Json = { files: Array<{ findings: Array<{ rule: string; range: { start: { line: number } } }> }> };
    const found = (file: string): string[] =>
      (JSON.parse(cli(['check', '--format', 'json', file], { cwd: t.dir }).stdout) as Json).files[0].findings.map((f) => `${f.range.start.line + 1} ${f.rule}`);
    const docx = found('libreoffice-styled.docx');
    // The same text as a plain draft (lines, not paragraphs): the unit line on top reads as the headline, the Title as the first paragraph.
    const body = readDocx(new Uint8Array(fixture('libreoffice-styled.docx')), 5 * 1024 * 1024).stories[0];
    fs.writeFileSync(path.join(t.dir, 'styled.release'), body.text);
    const plain = found('styled.release');
    assert.ok(plain.includes('5 structure/missing-dateline'), plain.join('\n'));
    assert.ok(plain.includes('1 usage/us-headline'), plain.join('\n'));
    assert.ok(!plain.some((f) => f.endsWith('caption/credit-line')), plain.join('\n'));
    // Read with its styles: the dateline under the Title is found, and the Caption paragraph (the 8th) lacks its credit line.
    assert.ok(docx.includes('8 caption/credit-line'), docx.join('\n'));
    for (const gone of ['structure/missing-dateline', 'usage/us-headline', 'acronym/undefined']) assert.ok(!docx.some((f) => f.endsWith(gone)), docx.join('\n'));
  });

  it('--fix moves the paragraph styles with each pass: the Caption after a shortened headline is still the caption', () => {
    const body = readDocx(new Uint8Array(fixture('libreoffice-styled.docx')), 5 * 1024 * 1024).stories[0];
    // The Title dated `July 4th`: its fix makes the headline two characters shorter, and moves every paragraph after it.
    const at = body.text.indexOf('NATO allies') + 'NATO allies'.length;
    const text = `${body.text.slice(0, at)} on July 4th${body.text.slice(at)}`;
    const styles = shiftStyles(storyStyles(body), at, at, ' on July 4th'.length);
    const fixed = checkAndFix(text, resolveOptions({}), true, 'errorsAndWarnings', undefined, styles);
    assert.strictEqual(fixed.applied, 1);
    assert.strictEqual(fixed.doc.text.slice(fixed.doc.headline!.start, fixed.doc.headline!.end), 'Paratroopers jump into Poland with NATO allies on July 4');
    const credit = fixed.findings.filter((f) => f.rule === 'caption/credit-line');
    assert.deepStrictEqual(
      credit.map((f) => fixed.text.slice(f.start, f.end)),
      ['2024.'],
    );
    assert.ok(fixed.text.slice(0, credit[0].start).endsWith('Torun, Poland, March 3, '));
  });

  it('a part other than the body is prose: no headline or release-structure finding there, nor their fixes', () => {
    // A header as DoD templates have it. Read as a release, its second line is a headline (`US`) and the release has no contact.
    const header = 'FOR IMMEDIATE RELEASE\n\nU.S. Army Garrison Fort Hood, Texas';
    const asRelease = checkAndFix(header, resolveOptions({}), true, 'all');
    assert.strictEqual(asRelease.text, 'FOR IMMEDIATE RELEASE\n\nUS Army Garrison Fort Hood, Texas');
    const asPart = checkAndFix(header, resolveOptions({}), true, 'all', outsideRelease);
    assert.strictEqual(asPart.text, header);
    assert.deepStrictEqual(asPart.findings.map((f) => f.rule), []);
  });

  it('bad input: one message naming the file and what it is; the file untouched; exit 2', () => {
    const files: Record<string, Buffer> = {
      'legacy.doc': fixture('bad/libreoffice-tracked.doc'),
      'macros.docm': fixture('bad/libreoffice-tracked.docm'),
      'renamed.docx': Buffer.from('FOR IMMEDIATE RELEASE\n'),
      'cut.docx': fixture('libreoffice-release.docx').subarray(0, 3000),
    };
    const bad = tree(files);
    try {
      for (const [name, bytes] of Object.entries(files)) {
        const r = cli(['check', '--fix', name], { cwd: bad.dir });
        assert.strictEqual(r.code, 2, `${name}: ${r.stderr}`);
        assert.strictEqual(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.match(r.stderr, new RegExp(`^copydesk: cannot check ${name.replace('.', '\\.')}: it `), r.stderr);
        assert.deepStrictEqual(fs.readFileSync(path.join(bad.dir, name)), bytes);
      }
      assert.match(cli(['check', 'legacy.doc'], { cwd: bad.dir }).stderr, /Word 97–2003 document \(\.doc\)/);
      assert.match(cli(['check', 'macros.docm'], { cwd: bad.dir }).stderr, /macro-enabled/);
      const big = cli(['check', '--max-file-size', '10KB', path.join(t.dir, 'pandoc-release.docx')]);
      assert.match(big.stderr, /its text expands to larger than the size limit/);
    } finally {
      bad.remove();
    }
  });
});
