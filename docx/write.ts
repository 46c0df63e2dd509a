/**
 * Writing a story's new text back into the document. Paragraphs are matched old to new; inside a
 * changed paragraph each word-level edit lands in the runs it covers: a fix inside one run
 * replaces text in that run, a fix across runs writes the new text in the first run (its
 * formatting) and removes the covered text from the others. Added paragraphs copy the
 * neighbouring paragraph's properties; removed ones go. Only the touched elements of the XML
 * change (spliced into the source as it was); every other part of the zip is copied as stored.
 * With tracked changes on in the document, the edits are tracked changes by "Copydesk".
 */
import { diffSequences, diffWords, TextEdit } from './diff';
import { DocxDocument, Paragraph, PARAGRAPH_SEPARATOR, readDocx, Segment, splitParagraphs, Story } from './read';
import { escapeAttr, escapeText, firstChild, isElement, XmlElement } from './xml';
import { replaced, writeZip } from './zip';

export interface WriteOptions {
  /** The date tracked changes carry. */
  now: Date;
  author?: string;
}

/** The edit could not be written safely; nothing was. */
export class DocxWriteError extends Error {}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** A piece of a touched run: text kept, deleted or inserted, or an element copied as it is. */
interface Piece {
  type: 'keep' | 'del' | 'ins';
  text?: string;
  verbatim?: string;
}

class PartWriter {
  readonly splices: Splice[] = [];
  private nextId: number;
  constructor(
    readonly xml: string,
    readonly tracked: boolean,
    private readonly opts: WriteOptions,
  ) {
    let max = 0;
    for (const m of xml.matchAll(/w:id="(-?\d+)"/g)) max = Math.max(max, Number(m[1]));
    this.nextId = max + 1;
  }

  private mark(kind: 'ins' | 'del'): string {
    const date = this.opts.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return `w:${kind} w:id="${this.nextId++}" w:author="${escapeAttr(this.opts.author ?? 'Copydesk')}" w:date="${date}"`;
  }

  src(el: XmlElement): string {
    return this.xml.slice(el.start, el.end);
  }

  /** Text as run content: tabs and line breaks become their elements. */
  static content(text: string, deleted = false): string {
    const tag = deleted ? 'w:delText' : 'w:t';
    return text
      .split(/(\t|\r?\n)/)
      .filter((s) => s !== '')
      .map((s) => (s === '\t' ? '<w:tab/>' : /\n/.test(s) ? '<w:br/>' : `<${tag} xml:space="preserve">${escapeText(s)}</${tag}>`))
      .join('');
  }

  /** Pieces as run content, adjacent text in one `w:t`. */
  static joined(pieces: readonly Piece[], deleted = false): string {
    let out = '';
    let text = '';
    for (const p of pieces) {
      if (p.verbatim === undefined) {
        text += p.text ?? '';
        continue;
      }
      out += PartWriter.content(text, deleted) + p.verbatim;
      text = '';
    }
    return out + PartWriter.content(text, deleted);
  }

  private wrap(kind: 'ins' | 'del', runs: string): string {
    return `<${this.mark(kind)}>${runs}</w:${kind}>`;
  }

  /** A new run with `text` and the formatting `rPr` (source of a `w:rPr`, or ''). */
  newRun(text: string, rPr: string): string {
    const run = `<w:r>${rPr}${PartWriter.content(text)}</w:r>`;
    return this.tracked ? this.wrap('ins', run) : run;
  }

  /** Rewrites `run`, whose touched segments have the given pieces. */
  rewriteRun(run: XmlElement, pieces: Map<XmlElement, Piece[]>): void {
    if (!this.tracked) {
      const outs = new Map<XmlElement, string>();
      for (const [node, ps] of pieces) outs.set(node, PartWriter.joined(ps.filter((p) => p.type !== 'del')));
      // A run left with nothing but its properties goes.
      const rest = run.children.filter((c) => isElement(c) && c.name !== 'w:rPr' && outs.get(c) !== '');
      if (rest.length === 0) this.splices.push({ start: run.start, end: run.end, text: '' });
      else for (const [node, out] of outs) this.splices.push({ start: node.start, end: node.end, text: out });
      return;
    }
    const open = this.xml.slice(run.start, run.openEnd);
    const rPrEl = firstChild(run, 'w:rPr');
    const rPr = rPrEl ? this.src(rPrEl) : '';
    const all: Piece[] = [];
    for (const c of run.children) {
      if (!isElement(c) || c === rPrEl) continue;
      all.push(...(pieces.get(c) ?? [{ type: 'keep', verbatim: this.src(c) }]));
    }
    let out = '';
    for (let i = 0; i < all.length; ) {
      const type = all[i].type;
      const group: Piece[] = [];
      for (; i < all.length && all[i].type === type; i++) group.push(all[i]);
      const body = PartWriter.joined(group, type === 'del');
      if (body === '') continue;
      const r = `${open}${rPr}${body}</w:r>`;
      out += type === 'keep' ? r : this.wrap(type, type === 'ins' ? `<w:r>${rPr}${body}</w:r>` : r);
    }
    this.splices.push({ start: run.start, end: run.end, text: out });
  }

  /** A copy of a paragraph's properties for a new paragraph: no section break, no revision marks. */
  propertiesFor(p: XmlElement): string {
    const pPr = firstChild(p, 'w:pPr');
    let s = pPr ? this.src(pPr) : '';
    if (pPr) {
      const cut = pPr.children.filter((c): c is XmlElement => isElement(c) && (c.name === 'w:sectPr' || c.name === 'w:pPrChange'));
      const rPr = firstChild(pPr, 'w:rPr');
      if (rPr) cut.push(...rPr.children.filter((c): c is XmlElement => isElement(c) && /^w:(?:ins|del|moveFrom|moveTo)$/.test(c.name)));
      for (const c of cut.sort((a, b) => b.start - a.start)) s = s.slice(0, c.start - pPr.start) + s.slice(c.end - pPr.start);
    }
    if (!this.tracked) return s;
    const mark = `<${this.mark('ins')}/>`;
    if (s === '') return `<w:pPr><w:rPr>${mark}</w:rPr></w:pPr>`;
    if (/<w:rPr>/.test(s)) return s.replace(/<w:rPr>/, `<w:rPr>${mark}`);
    if (/<w:rPr\/>/.test(s)) return s.replace(/<w:rPr\/>/, `<w:rPr>${mark}</w:rPr>`);
    return s.endsWith('/>') ? `${s.slice(0, -2)}><w:rPr>${mark}</w:rPr></w:pPr>` : s.replace(/<\/w:pPr>$/, `<w:rPr>${mark}</w:rPr></w:pPr>`);
  }

  firstRunProperties(p: Paragraph): string {
    const run = p.segments[0]?.run;
    const rPr = run ? firstChild(run, 'w:rPr') : undefined;
    return rPr ? this.src(rPr) : '';
  }
}

/** The pieces of one segment under `edits` (offsets in the paragraph), and which segment hosts each insertion. */
function piecesFor(p: Paragraph, edits: readonly TextEdit[], w: PartWriter): Map<XmlElement, Map<XmlElement, Piece[]>> {
  const byRun = new Map<XmlElement, Map<XmlElement, Piece[]>>();
  const ops = new Map<Segment, Array<{ from: number; to: number; insert: string }>>();
  const add = (seg: Segment, from: number, to: number, insert: string): void => {
    const list = ops.get(seg) ?? [];
    list.push({ from, to, insert });
    ops.set(seg, list);
  };
  for (const e of edits) {
    const covered = p.segments.filter((s) => s.start < e.end && s.end > e.start);
    // An insertion goes into the text before it (it takes that formatting), else the text after it.
    const host =
      covered[0] ??
      p.segments.find((s) => s.start < e.start && s.end > e.start) ??
      [...p.segments].reverse().find((s) => s.end === e.start && s.kind === 'text') ??
      p.segments.find((s) => s.start === e.start) ??
      p.segments[p.segments.length - 1];
    for (const s of covered) add(s, Math.max(e.start, s.start) - s.start, Math.min(e.end, s.end) - s.start, s === host ? e.newText : '');
    if (!covered.includes(host)) {
      const at = Math.min(Math.max(e.start - host.start, 0), host.end - host.start);
      add(host, at, at, e.newText);
    }
  }
  for (const [seg, list] of ops) {
    list.sort((a, b) => a.from - b.from || a.to - b.to);
    const pieces: Piece[] = [];
    const text = p.text.slice(seg.start, seg.end);
    const atom = seg.kind === 'atom' ? w.src(seg.node) : undefined;
    let pos = 0;
    const keep = (to: number): void => {
      if (to <= pos) return;
      pieces.push(atom !== undefined ? { type: 'keep', verbatim: atom } : { type: 'keep', text: text.slice(pos, to) });
      pos = to;
    };
    for (const op of list) {
      keep(op.from);
      if (op.to > pos) {
        pieces.push(atom !== undefined ? { type: 'del', verbatim: atom } : { type: 'del', text: text.slice(pos, op.to) });
        pos = op.to;
      }
      if (op.insert) pieces.push({ type: 'ins', text: op.insert });
    }
    keep(text.length);
    const runPieces = byRun.get(seg.run) ?? new Map<XmlElement, Piece[]>();
    runPieces.set(seg.node, pieces);
    byRun.set(seg.run, runPieces);
  }
  return byRun;
}

/** Edits inside one paragraph. A paragraph with no text gets a new run. */
function editParagraph(p: Paragraph, edits: readonly TextEdit[], w: PartWriter): void {
  if (edits.length === 0) return;
  if (p.segments.length === 0) {
    const text = edits.map((e) => e.newText).join('');
    if (text === '') return;
    const run = w.newRun(text, '');
    if (p.el.openEnd === p.el.end) w.splices.push({ start: p.el.start, end: p.el.end, text: `${w.xml.slice(p.el.start, p.el.end - 2)}>${run}</w:p>` });
    else w.splices.push({ start: p.el.closeStart, end: p.el.closeStart, text: run });
    return;
  }
  for (const [run, pieces] of piecesFor(p, edits, w)) w.rewriteRun(run, pieces);
}

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
 * back before it is returned: if it does not read as the texts expected, nothing is returned but
 * an error, so that a file is never overwritten with a document that does not say what it should.
 */
export function writeDocx(doc: DocxDocument, texts: ReadonlyMap<string, string>, opts: WriteOptions): { bytes: Uint8Array; texts: Map<string, string> } {
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
  return { bytes, texts: expected };
}
