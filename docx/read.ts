/**
 * Reading a Word document (WordprocessingML in a zip) into stories of plain text: the body, then
 * each header, footer, the footnotes, endnotes, comments and text boxes, each its own story. A
 * story's text is its paragraphs joined by a blank line, as in a `.release` draft; every character
 * maps back to the run and the element it came from, which is what the writer edits.
 * Bytes in, stories out: no file system, so the CLI, the VS Code client and the browser share it.
 */
import { childElements, descendants, firstChild, isElement, parseXml, textOf, XmlElement, XmlError } from './xml';
import { DocxInputError, inflateEntry, readZip, ZipEntry } from './zip';

/** One character or more of a paragraph's text and where it came from. */
export interface Segment {
  /** Offsets in the paragraph's text. */
  start: number;
  end: number;
  /** The run (`w:r`) it is in, and the element: a `w:t`, or a `w:tab`, `w:br`, `w:sym` … read as one character. */
  run: XmlElement;
  node: XmlElement;
  kind: 'text' | 'atom';
}

/** How a paragraph's style tells the release reading what it is. */
export type ParagraphRole = 'headline' | 'caption';

export interface Paragraph {
  el: XmlElement;
  text: string;
  segments: Segment[];
  /** Offset of the paragraph's text in its story's text. */
  start: number;
  /** The style's name as Word shows it (`Heading 1`), if any. */
  style?: string;
  role?: ParagraphRole;
}

export interface Story {
  /** What findings name: `body`, `header 1`, `footnotes`, `text boxes` … */
  label: string;
  /** The zip entry holding it (`word/document.xml`). */
  part: string;
  paragraphs: Paragraph[];
  text: string;
}

export interface DocxDocument {
  entries: ZipEntry[];
  /** The source of each XML part that was read, by entry name. */
  xml: Map<string, string>;
  stories: Story[];
  /** `w:trackRevisions` is on: fixes are written as tracked changes. */
  trackChanges: boolean;
  /** Byte size of the XML read, for the size limit. */
  expandedSize: number;
}

/** Paragraphs are joined by a blank line, as paragraphs of a `.release` draft are. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * The paragraphs of a story's text as typed: the inverse of joining them by a blank line (a
 * paragraph's own text never holds a blank line, nor starts or ends with a line break; see
 * readParagraph). A run of n line breaks between two paragraphs holds n/2 - 1 empty ones (an odd
 * break left over is dropped); a single break inside a paragraph is a line break, at its start or
 * end it is dropped.
 */
export function splitParagraphs(text: string): string[] {
  const pieces = text.split(/(\n+)/);
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (i % 2 === 0) {
      cur += piece;
      continue;
    }
    if (piece.length === 1) {
      if (cur !== '' && pieces[i + 1] !== '') cur += '\n';
      continue;
    }
    out.push(cur);
    for (let k = 0; k < Math.floor(piece.length / 2) - 1; k++) out.push('');
    cur = '';
  }
  out.push(cur);
  return out;
}

const MAIN_TYPES: Record<string, string | undefined> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml': undefined,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml': undefined,
  'application/vnd.ms-word.document.macroEnabled.main+xml': 'it is macro-enabled (a .docm: Copydesk does not open documents with macros; save it as a .docx in Word)',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml': 'it is a macro-enabled template (.dotm)',
};
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml.';
const STORY_TYPES: Array<[string, string]> = [
  [`${WML}header+xml`, 'header'],
  [`${WML}footer+xml`, 'footer'],
  [`${WML}footnotes+xml`, 'footnotes'],
  [`${WML}endnotes+xml`, 'endnotes'],
  [`${WML}comments+xml`, 'comments'],
];

/** Deleted text (tracked), the VML copy of a text box, properties: never part of the text as it reads. */
const NOT_TEXT = new Set(['w:del', 'w:moveFrom', 'w:pPr', 'w:rPr', 'w:sdtPr', 'mc:Fallback', 'w:txbxContent', 'w:instrText', 'w:delText', 'm:oMath', 'm:oMathPara']);

function atomText(el: XmlElement): string | undefined {
  switch (el.name) {
    case 'w:tab':
    case 'w:ptab':
      return '\t';
    case 'w:br':
    case 'w:cr':
      return '\n';
    case 'w:noBreakHyphen':
      return '\u2011';
    case 'w:sym': {
      // Symbol fonts put their characters at U+F0xx; the character itself is the low byte.
      const code = parseInt(el.attrs['w:char'] ?? '', 16);
      if (!Number.isFinite(code)) return undefined;
      return String.fromCharCode(code >= 0xf000 ? code - 0xf000 : code);
    }
    default:
      return undefined;
  }
}

/** The paragraph's text and its segments; runs inside hyperlinks, insertions, fields and content controls are read in order. */
function readParagraph(p: XmlElement): { text: string; segments: Segment[] } {
  let text = '';
  const segments: Segment[] = [];
  const visitRun = (run: XmlElement): void => {
    for (const c of run.children) {
      if (!isElement(c)) continue;
      let piece = c.name === 'w:t' ? textOf(c).replace(/[\r\n]/g, ' ') : atomText(c);
      if (piece === undefined || piece === '') continue;
      // A blank line separates paragraphs, so a line break never makes one inside a paragraph: a
      // break that opens the paragraph or follows another reads as a space (the element stays as it is).
      if (piece === '\n' && (text === '' || text.endsWith('\n'))) piece = ' ';
      segments.push({ start: text.length, end: text.length + piece.length, run, node: c, kind: c.name === 'w:t' ? 'text' : 'atom' });
      text += piece;
    }
  };
  const visit = (el: XmlElement): void => {
    for (const c of el.children) {
      if (!isElement(c) || NOT_TEXT.has(c.name)) continue;
      if (c.name === 'w:r') visitRun(c);
      else visit(c);
    }
  };
  visit(p);
  // Nor does a break that ends it (a paragraph's text followed by the blank line would read as two breaks).
  if (text.endsWith('\n')) text = `${text.slice(0, -1)} `;
  return { text, segments };
}

/** Each paragraph style's name as Word shows it, and the style it is based on, by id. */
function styleNames(xml: string | undefined): Map<string, { name: string; basedOn?: string }> {
  const names = new Map<string, { name: string; basedOn?: string }>();
  if (!xml) return names;
  for (const s of descendants(parseXml(xml), 'w:style')) {
    const id = s.attrs['w:styleId'];
    const name = firstChild(s, 'w:name')?.attrs['w:val'];
    const basedOn = firstChild(s, 'w:basedOn')?.attrs['w:val'];
    if (id && name) names.set(id, basedOn ? { name, basedOn } : { name });
  }
  return names;
}

/** The role of a style, or of the style it is based on (a house `Release Headline` based on `Title`), a few levels up. */
function roleOfStyle(id: string, styles: Map<string, { name: string; basedOn?: string }>): ParagraphRole | undefined {
  let at: string | undefined = id;
  for (let depth = 0; at !== undefined && depth < 8; depth++) {
    const style = styles.get(at);
    const role = roleOf(style?.name ?? at);
    if (role || !style) return role;
    at = style.basedOn;
  }
  return undefined;
}

/**
 * Word's built-in names (`Title`, `heading 1`, `caption`; Word keeps them in English whatever the
 * language it shows), pandoc's (`Image Caption`), and a house template's that say so (`Headline`,
 * `Photo Cutline`). A table's caption titles a table, not a photo.
 */
function roleOf(style: string | undefined): ParagraphRole | undefined {
  if (!style) return undefined;
  const s = style.toLowerCase().trim();
  if (s === 'title' || /^heading \d$/.test(s) || /\bheadline\b/.test(s)) return 'headline';
  if (/caption|cutline/.test(s) && !/table/.test(s)) return 'caption';
  return undefined;
}

/** The styled paragraphs of a story as spans of its text: what the checker's release reading takes (a Title is the headline, a Caption a caption). */
export function storyStyles(story: Story): Array<{ start: number; end: number; role: ParagraphRole }> {
  return story.paragraphs.flatMap((p) => (p.role ? [{ start: p.start, end: p.start + p.text.length, role: p.role }] : []));
}

function story(label: string, part: string, paragraphs: XmlElement[], styles: Map<string, { name: string; basedOn?: string }>): Story {
  let text = '';
  const out: Paragraph[] = paragraphs.map((el, i) => {
    if (i > 0) text += PARAGRAPH_SEPARATOR;
    const read = readParagraph(el);
    const styleId = firstChild(firstChild(el, 'w:pPr') ?? el, 'w:pStyle')?.attrs['w:val'];
    const style = styleId ? (styles.get(styleId)?.name ?? styleId) : undefined;
    const para: Paragraph = { el, ...read, start: text.length, style, role: styleId ? roleOfStyle(styleId, styles) : undefined };
    text += read.text;
    return para;
  });
  return { label, part, paragraphs: out, text };
}

/** The paragraphs of a part in reading order: tables cell by cell; text boxes left out (they are their own story). */
function paragraphsOf(root: XmlElement): XmlElement[] {
  return descendants(root, 'w:p', NOT_TEXT);
}

function textBoxParagraphs(root: XmlElement): XmlElement[] {
  return descendants(root, 'w:txbxContent', new Set(['mc:Fallback'])).flatMap((box) => paragraphsOf(box));
}

/** A compound file (OLE2): an encrypted .docx (Word wraps those in one) or a Word 97–2003 .doc. */
function compoundFileProblem(bytes: Uint8Array): string | undefined {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length < 8 || !magic.every((b, i) => bytes[i] === b)) return undefined;
  const name = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));
  for (let i = 0; i + name.length <= bytes.length; i++) {
    let k = 0;
    while (k < name.length && bytes[i + k] === name[k]) k++;
    if (k === name.length) return 'it is password-protected: open it in Word, remove the password (File > Info > Protect Document), save it, and check it again';
  }
  return 'it is a Word 97–2003 document (.doc), not a .docx: open it in Word or LibreOffice and save it as a .docx first';
}

export function tooLargeMessage(limit: number, what: string): string {
  const mb = +(limit / (1024 * 1024)).toFixed(3);
  return `${what} larger than the size limit (${mb} MB); raise maxFileSize (--max-file-size, copydesk.maxFileSize) to check it`;
}

/**
 * Reads a .docx. `maxSize` bounds the XML it expands to (so a zip bomb stops there). Anything that
 * is not a Word document Copydesk can edit throws a DocxInputError whose message says what it is.
 */
export function readDocx(bytes: Uint8Array, maxSize: number): DocxDocument {
  const cfb = compoundFileProblem(bytes);
  if (cfb) throw new DocxInputError(cfb);
  const entries = readZip(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const budget = { left: maxSize };
  const tooBig = (): never => {
    throw new DocxInputError(tooLargeMessage(maxSize, 'its text expands to'));
  };
  const xml = new Map<string, string>();
  const read = (name: string): string | undefined => {
    const e = byName.get(name);
    if (!e) return undefined;
    let s = xml.get(name);
    if (s === undefined) {
      try {
        s = new TextDecoder('utf-8', { fatal: true }).decode(inflateEntry(e, budget, tooBig)).replace(/^\uFEFF/, '');
      } catch (err) {
        if (err instanceof DocxInputError) throw err;
        throw new DocxInputError(`its part ${name} is not UTF-8`);
      }
      xml.set(name, s);
    }
    return s;
  };
  const parse = (name: string, s: string): XmlElement => {
    try {
      return parseXml(s);
    } catch (err) {
      if (err instanceof XmlError) throw new DocxInputError(`its part ${name} is damaged (${err.message})`);
      throw err;
    }
  };
  const typesXml = read('[Content_Types].xml');
  if (!typesXml) throw new DocxInputError(byName.has('content.xml') ? 'it is an OpenDocument text (.odt), not a .docx' : 'it is a zip archive but not a Word document');
  if ([...byName.keys()].some((n) => /vbaProject\.bin$/i.test(n))) throw new DocxInputError(MAIN_TYPES['application/vnd.ms-word.document.macroEnabled.main+xml']);
  const overrides = childElements(parse('[Content_Types].xml', typesXml), 'Override').map((o) => ({ part: (o.attrs.PartName ?? '').replace(/^\//, ''), type: o.attrs.ContentType ?? '' }));
  const main = overrides.find((o) => o.type in MAIN_TYPES);
  if (!main) throw new DocxInputError('it is a zip archive but not a Word document (no main document part)');
  const refused = MAIN_TYPES[main.type];
  if (refused) throw new DocxInputError(refused);
  const stylesPart = overrides.find((o) => o.type === `${WML}styles+xml`)?.part;
  const styles = styleNames(stylesPart ? read(stylesPart) : undefined);
  const settingsPart = overrides.find((o) => o.type === `${WML}settings+xml`)?.part;
  const settingsXml = settingsPart ? read(settingsPart) : undefined;
  const trackChanges = settingsPart && settingsXml ? descendants(parse(settingsPart, settingsXml), 'w:trackRevisions').some((t) => !/^(?:0|false|off)$/.test(t.attrs['w:val'] ?? '')) : false;

  const mainXml = read(main.part);
  if (mainXml === undefined) throw new DocxInputError(`its main part ${main.part} is missing`);
  const body = firstChild(parse(main.part, mainXml), 'w:body');
  if (!body) throw new DocxInputError(`its main part ${main.part} has no body`);
  const stories: Story[] = [story('body', main.part, paragraphsOf(body), styles)];
  const boxes = textBoxParagraphs(body);
  for (const [type, kind] of STORY_TYPES) {
    const parts = overrides.filter((o) => o.type === type).sort((a, b) => a.part.localeCompare(b.part, 'en', { numeric: true }));
    parts.forEach((o, i) => {
      const s = read(o.part);
      if (s === undefined) return;
      const root = parse(o.part, s);
      // Footnote and endnote separators are lines, not notes.
      const notes = kind === 'footnotes' || kind === 'endnotes' ? childElements(root).filter((n) => !n.attrs['w:type'] || n.attrs['w:type'] === 'normal') : [root];
      const paragraphs = notes.flatMap((n) => [...paragraphsOf(n), ...textBoxParagraphs(n)]);
      if (paragraphs.length === 0) return;
      stories.push(story(kind === 'header' || kind === 'footer' ? `${kind} ${i + 1}` : kind, o.part, paragraphs, styles));
    });
  }
  if (boxes.length > 0) stories.push(story('text boxes', main.part, boxes, styles));
  return { entries, xml, stories, trackChanges, expandedSize: maxSize - budget.left };
}
