/**
 * Writing a story's new text back into the document. Paragraphs are matched old to new; inside a
 * changed paragraph each word-level edit lands in the runs it covers: a fix inside one run
 * replaces text in that run, a fix across runs writes the new text in the first run (its
 * formatting) and removes the covered text from the others. Added paragraphs copy the
 * neighbouring paragraph's properties; removed ones go. Only the touched elements of the XML
 * change (spliced into the source as it was); every other part of the zip is copied as stored.
 * With tracked changes on in the document, the edits are tracked changes by "Copydesk".
 */
import { diffSequences, diffWords } from './diff';
import { DocxDocument, Paragraph, PARAGRAPH_SEPARATOR, readDocx, splitParagraphs, Story } from './read';
import { editParagraph, PartWriter, Splice, WriteOptions } from './runs';
import { firstChild, isElement } from './xml';
import { replaced, writeZip } from './zip';

export type { WriteOptions } from './runs';

/** The edit could not be written safely; nothing was. */
export class DocxWriteError extends Error {}

/** A paragraph that can go: not a table cell's last, not the one carrying the section's page setup. */
function removable(p: Paragraph): boolean {
  const parent = p.el.parent;
  if (!parent) return false;
  if (firstChild(firstChild(p.el, 'w:pPr') ?? p.el, 'w:sectPr')) return false;
  return parent.children.some((c) => c !== p.el && isElement(c) && (c.name === 'w:p' || c.name === 'w:tbl'));
}

/** The splices that turn `story`'s text into `text`, and the text the document will read as after them. */
function planStory(story: Story, text: string, w: PartWriter): string {
  const olds = story.paragraphs.map((p) => p.text);
  const news = splitParagraphs(text);
  // What each old paragraph becomes (null: removed), and the paragraphs added before an old one (by its index; `olds.length` for the end).
  const result: Array<string | null> = [...olds];
  const added = new Map<number, string[]>();
  const inserts: Array<{ at: number; texts: string[] }> = [];
  for (const h of diffSequences(olds, news)) {
    const paired = Math.min(h.aEnd - h.aStart, h.bEnd - h.bStart);
    for (let k = 0; k < paired; k++) {
      editParagraph(story.paragraphs[h.aStart + k], diffWords(olds[h.aStart + k], news[h.bStart + k]), w);
      result[h.aStart + k] = news[h.bStart + k];
    }
    for (let k = h.aStart + paired; k < h.aEnd; k++) {
      const p = story.paragraphs[k];
      if (!w.tracked && removable(p)) {
        w.splices.push({ start: p.el.start, end: p.el.end, text: '' });
        result[k] = null;
      } else {
        // Emptied instead (a tracked deletion keeps its paragraph mark; a table cell needs a paragraph).
        editParagraph(p, [{ start: 0, end: p.text.length, newText: '' }], w);
        result[k] = '';
      }
    }
    if (h.bEnd - h.bStart > paired) inserts.push({ at: h.aStart + paired, texts: news.slice(h.bStart + paired, h.bEnd) });
  }
  for (const ins of inserts) {
    // The new paragraphs follow the paragraph before them and take its formatting (the first paragraph's when they open the story).
    const before = ins.at > 0 ? story.paragraphs[ins.at - 1] : undefined;
    const model = before ?? story.paragraphs[ins.at];
    if (!model) throw new DocxWriteError(`the ${story.label} has no paragraph to model a new one on`);
    const rPr = w.firstRunProperties(model);
    const xml = ins.texts.map((t) => `<w:p>${w.propertiesFor(model.el)}${t === '' ? '' : w.newRun(t, rPr)}</w:p>`).join('');
    const at = before ? before.el.end : model.el.start;
    w.splices.push({ start: at, end: at, text: xml });
    added.set(ins.at, ins.texts);
  }
  const out: string[] = [];
  for (let k = 0; k <= olds.length; k++) {
    out.push(...(added.get(k) ?? []));
    const r = result[k];
    if (k < olds.length && r !== null) out.push(r);
  }
  return out.join(PARAGRAPH_SEPARATOR);
}

function applySplices(xml: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos) throw new DocxWriteError('two edits overlap in the document XML; nothing was written');
    out += xml.slice(pos, s.start) + s.text;
    pos = s.end;
  }
  return out + xml.slice(pos);
}

/**
 * The document with each story in `texts` (by label) changed to its new text. The result is read
 * back before it is returned (`doc`: the document as read back): if it does not read as the texts expected, nothing is returned but
 * an error, so that a file is never overwritten with a document that does not say what it should.
 */
export function writeDocx(doc: DocxDocument, texts: ReadonlyMap<string, string>, opts: WriteOptions): { bytes: Uint8Array; texts: Map<string, string>; doc: DocxDocument } {
  const writers = new Map<string, PartWriter>();
  const expected = new Map<string, string>();
  for (const story of doc.stories) {
    const text = texts.get(story.label);
    if (text === undefined || text === story.text) {
      expected.set(story.label, story.text);
      continue;
    }
    let w = writers.get(story.part);
    if (!w) writers.set(story.part, (w = new PartWriter(doc.xml.get(story.part)!, doc.trackChanges, opts)));
    expected.set(story.label, planStory(story, text.replace(/\r\n?/g, '\n'), w));
  }
  const entries = doc.entries.map((e) => {
    const w = writers.get(e.name);
    return w && w.splices.length > 0 ? replaced(e, new TextEncoder().encode(applySplices(w.xml, w.splices))) : e;
  });
  const bytes = writeZip(entries);
  let again: DocxDocument;
  try {
    again = readDocx(bytes, Number.MAX_SAFE_INTEGER);
  } catch (err) {
    throw new DocxWriteError(`the edited document would not read back (${(err as Error).message}); nothing was written`);
  }
  for (const s of again.stories) {
    if (expected.has(s.label) && expected.get(s.label) !== s.text) throw new DocxWriteError(`the edited ${s.label} would not read back as the new text; nothing was written`);
  }
  return { bytes, texts: expected, doc: again };
}
