/**
 * Edits inside a paragraph, run by run: each edit lands in the runs it covers (new text in the first
 * covered run, the covered text removed from the others), written as splices into the part's XML
 * source; with tracked changes on, as `w:del` and `w:ins` by Copydesk around split runs.
 */
import type { TextEdit } from './diff';
import type { Paragraph, Segment } from './read';
import { escapeAttr, escapeText, firstChild, isElement, XmlElement } from './xml';

export interface WriteOptions {
  /** The date tracked changes carry. */
  now: Date;
  author?: string;
}

export interface Splice {
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

export class PartWriter {
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
export function editParagraph(p: Paragraph, edits: readonly TextEdit[], w: PartWriter): void {
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

