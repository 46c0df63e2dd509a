/**
 * `copydesk check draft.docx`: each story of the document (the body, headers, footers, footnotes,
 * endnotes, comments, text boxes) checked as its own text, the body as the release; with --fix the
 * fixes written back into the document (docx/write.ts), with --fix-dry-run the diff of the
 * extracted text. Positions are a paragraph (as `line`) and a character in that paragraph's text.
 */
import * as fs from 'fs';
import { outsideRelease, resolveOptions } from '../../checker';
import { DocxDocument, DocxInputError, DocxWriteError, PARAGRAPH_SEPARATOR, readDocx, storyStyles, writeDocx } from '../../docx';
import { formatSize } from '../../node/readDraft';
import { CheckSettings, diffName, FileReport, optionsFor, Position, ReportedFinding } from './checkFile';
import { unifiedDiff } from './diff';
import { positionsFrom } from './format/lines';
import { checkAndFix, writeIfUnchanged } from './fix';

/** Word documents are checked as such; `.doc`, `.docm` and templates get their own message from the reader. */
export const DOCX_FILE = /\.(?:docx|docm|dotx|dotm|doc)$/i;

/**
 * The file itself may be this many times `maxFileSize`: photos make a .docx large, and they are
 * never inflated; the limit that counts is on the XML the text is read from.
 */
export const DOCX_FILE_FACTOR = 20;

/** Paragraph (0-based, as `line`) and character of `offset` in a story's text. */
export function paragraphPositions(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf(PARAGRAPH_SEPARATOR); i >= 0; i = text.indexOf(PARAGRAPH_SEPARATOR, i + PARAGRAPH_SEPARATOR.length)) starts.push(i + PARAGRAPH_SEPARATOR.length);
  return positionsFrom(starts);
}

function readBytes(abs: string, display: string, settings: CheckSettings): Buffer | FileReport {
  const st = fs.statSync(abs);
  if (!st.isFile()) return { display, abs, status: 'skipped', message: 'not a regular file' };
  const max = settings.maxFileSize * DOCX_FILE_FACTOR;
  if (st.size > max) return { display, abs, status: 'skipped', message: `larger than ${formatSize(max)} (${formatSize(st.size)}), ${DOCX_FILE_FACTOR} times the size limit for a Word document's file; raise --max-file-size to check it` };
  return fs.readFileSync(abs);
}

export function checkDocxFile(display: string, abs: string, settings: CheckSettings): FileReport {
  let bytes: Buffer;
  let doc: DocxDocument;
  try {
    const read = readBytes(abs, display, settings);
    if (!Buffer.isBuffer(read)) return read;
    bytes = read;
    doc = readDocx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), settings.maxFileSize);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (err instanceof DocxInputError) return { display, abs, status: 'error', message: `cannot check ${display}: ${e.message}` };
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.message;
    return { display, abs, status: 'error', message: `cannot read ${display}: ${why}` };
  }
  const { options, config } = optionsFor(abs, settings);
  const fixing = settings.fix || settings.fixDryRun;
  const checked = doc.stories.map((s) => {
    // The body is the release; a header, a footnote or a comment is prose but not a release.
    const body = s.label === 'body';
    const resolved = resolveOptions({ ...options, language: body ? 'press-release' : 'plaintext' });
    const keep = body ? undefined : outsideRelease;
    // Its Title and Caption paragraphs tell the release reading what they are.
    const styles = storyStyles(s);
    return { story: s, resolved, keep, styles, result: checkAndFix(s.text, resolved, fixing, settings.fixInclude, keep, styles) };
  });
  const report: FileReport = { display, abs, status: 'checked', fixesApplied: checked.reduce((n, c) => n + c.result.applied, 0) };
  if (config && config.problems.length > 0) report.configProblems = { path: config.path, messages: config.problems.map((p) => p.message) };
  let texts = new Map(checked.map((c) => [c.story.label, c.result.text]));
  let written: DocxDocument | undefined;
  if (fixing && report.fixesApplied! > 0) {
    try {
      const out = writeDocx(doc, texts, { now: new Date() });
      if (settings.fixDryRun) {
        const name = diffName(display);
        report.diff = checked.map((c) => unifiedDiff(withEol(c.story.text), withEol(out.texts.get(c.story.label)!), `a/${name}:${c.story.label}`, `b/${name}:${c.story.label}`)).join('');
      } else if (!writeIfUnchanged(abs, bytes, Buffer.from(out.bytes))) {
        return { ...unfixed(report, doc, checked), status: 'error', message: `${display} changed while Copydesk was checking it; fixes not written (run again)` };
      }
      texts = out.texts;
      written = out.doc;
    } catch (err) {
      if (!(err instanceof DocxWriteError)) throw err;
      return { ...unfixed(report, doc, checked), status: 'error', message: `${display}: fixes not written: ${err.message}` };
    }
  }
  report.parts = checked.map((c) => ({ label: c.story.label, text: texts.get(c.story.label)! }));
  report.findings = checked.flatMap((c) => {
    // A fix the writer could not place as asked (it reads back otherwise) is reported on what the document now says.
    const text = texts.get(c.story.label)!;
    const again = written?.stories.find((s) => s.label === c.story.label);
    const findings = text === c.result.text ? c.result.findings : checkAndFix(text, c.resolved, false, undefined, c.keep, again ? storyStyles(again) : []).findings;
    return findings.map((f) => located(f, c.story.label, text));
  });
  return report;
}


/** The diff of a story's text ends at a line break, as a file's does. */
function withEol(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

function unfixed(
  report: FileReport,
  doc: DocxDocument,
  checked: Array<{ story: { label: string; text: string }; resolved: ReturnType<typeof resolveOptions>; keep?: typeof outsideRelease; styles: ReturnType<typeof storyStyles> }>,
): FileReport {
  return {
    ...report,
    fixesApplied: 0,
    parts: doc.stories.map((s) => ({ label: s.label, text: s.text })),
    findings: checked.flatMap((c) => checkAndFix(c.story.text, c.resolved, false, undefined, c.keep, c.styles).findings.map((f) => located(f, c.story.label, c.story.text))),
  };
}

function located(f: ReturnType<typeof checkAndFix>['findings'][number], part: string, text: string): ReportedFinding {
  const at = paragraphPositions(text);
  return { ...f, part, range: { start: at(f.start), end: at(f.end) } };
}
