/**
 * A small XML reader for WordprocessingML that keeps every element's place in the source text.
 * The writer splices its edits into the original XML at those places, so that everything it did
 * not touch stays byte for byte as Word or LibreOffice wrote it: a general XML library builds a
 * tree and serialises it again, which reorders attributes, changes quoting and namespaces.
 * A document type declaration is refused (OOXML has none; it is how entity-expansion bombs come).
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  /** Offsets in the source: the element from `<` to the end of its closing tag. */
  start: number;
  end: number;
  /** The end of the start tag, and the start of the closing tag (both `end` when self-closing). */
  openEnd: number;
  closeStart: number;
  children: XmlNode[];
  parent?: XmlElement;
}

export interface XmlText {
  name: '#text';
  start: number;
  end: number;
  /** The text with entities and character references decoded. */
  text: string;
}

export type XmlNode = XmlElement | XmlText;

export class XmlError extends Error {}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(code <= 0x10ffff)) throw new XmlError(`character reference ${whole} is out of range`);
      return String.fromCodePoint(code);
    }
    const e = ENTITIES[ref];
    if (e === undefined) throw new XmlError(`unknown entity ${whole}`);
    return e;
  });
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

const ATTR = /\s*([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/** Parses `xml` into its root element; throws XmlError on anything not well formed. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, start: 0, end: xml.length, openEnd: 0, closeStart: xml.length, children: [] };
  let cur = root;
  let i = 0;
  const fail = (what: string): never => {
    throw new XmlError(`${what} at offset ${i}`);
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      if (cur !== root) cur.children.push({ name: '#text', start: i, end: textEnd, text: decodeEntities(xml.slice(i, textEnd)) });
      else if (xml.slice(i, textEnd).trim() !== '') fail('text outside the root element');
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<?', i)) {
      const e = xml.indexOf('?>', i);
      if (e < 0) fail('unclosed processing instruction');
      i = e + 2;
    } else if (xml.startsWith('<!--', i)) {
      const e = xml.indexOf('-->', i);
      if (e < 0) fail('unclosed comment');
      i = e + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const e = xml.indexOf(']]>', i);
      if (e < 0) fail('unclosed CDATA section');
      cur.children.push({ name: '#text', start: i, end: e + 3, text: xml.slice(i + 9, e) });
      i = e + 3;
    } else if (xml.startsWith('<!', i)) {
      fail('a document type declaration (not allowed in Word documents)');
    } else if (xml.startsWith('</', i)) {
      const e = xml.indexOf('>', i);
      if (e < 0) fail('unclosed end tag');
      const name = xml.slice(i + 2, e).trim();
      if (cur === root || name !== cur.name) fail(`end tag </${name}> does not match <${cur.name}>`);
      cur.closeStart = i;
      cur.end = e + 1;
      cur = cur.parent!;
      i = e + 1;
    } else {
      const nameMatch = /[^\s/>]+/y;
      nameMatch.lastIndex = i + 1;
      const m = nameMatch.exec(xml);
      if (!m) fail('a tag without a name');
      const el: XmlElement = { name: m![0], attrs: {}, start: i, end: -1, openEnd: -1, closeStart: -1, children: [], parent: cur };
      let j = i + 1 + m![0].length;
      for (;;) {
        ATTR.lastIndex = j;
        const a = ATTR.exec(xml);
        if (!a) break;
        el.attrs[a[1]] = decodeEntities(a[2] ?? a[3]);
        j = ATTR.lastIndex;
      }
      while (j < xml.length && /\s/.test(xml[j])) j++;
      if (cur === root && root.children.length > 0) fail('a second root element');
      cur.children.push(el);
      if (xml.startsWith('/>', j)) {
        el.openEnd = el.closeStart = el.end = j + 2;
        i = j + 2;
      } else if (xml[j] === '>') {
        el.openEnd = j + 1;
        i = j + 1;
        cur = el;
      } else {
        i = j;
        fail(`a malformed tag <${el.name}`);
      }
    }
  }
  if (cur !== root) fail(`<${cur.name}> is never closed`);
  const top = root.children.find((c): c is XmlElement => c.name !== '#text');
  if (!top) throw new XmlError('no root element');
  top.parent = undefined;
  return top;
}

export function isElement(n: XmlNode): n is XmlElement {
  return n.name !== '#text';
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && (name === undefined || c.name === name));
}

export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => c.name === name);
}

/** Every element named `name` under `el`, in document order, not descending into `skip` elements. */
export function descendants(el: XmlElement, name: string, skip: ReadonlySet<string> = new Set()): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    for (const c of e.children) {
      if (!isElement(c) || skip.has(c.name)) continue;
      if (c.name === name) out.push(c);
      else visit(c);
    }
  };
  visit(el);
  return out;
}

/** The text content of the element (`w:t`'s text), decoded. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (isElement(c) ? textOf(c) : c.text)).join('');
}
