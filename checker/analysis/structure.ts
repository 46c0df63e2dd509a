/** What release furniture a draft has, for the `structure/…` rules. */
import { Block, ReleaseDocument } from '../document/model';
import { ParagraphReading, perDocument, perParagraph } from '../engine/cache';
import { captionOnly } from './caption';

const RELEASE_TAG = /^[ \t]*(?:FOR IMMEDIATE RELEASE|HOLD FOR RELEASE|EMBARGOED(?: UNTIL| FOR RELEASE)?|For Immediate Release|Hold for Release|Hold For Release|Embargoed (?:until|Until))\b/m;
const HOLD = /^[ \t]*(?:HOLD FOR RELEASE|Hold [Ff]or Release|EMBARGOED|Embargoed)\b[^\n]*/m;
const RELEASE_LABEL = /^[ \t]*(?:NEWS RELEASE|PRESS RELEASE|MEDIA ADVISORY|News Release|Press Release|Media Advisory)\s*$/m;
const RELEASE_NUMBER = /^[ \t]*(?:Release (?:No\.|Number)|RELEASE (?:NO\.|NUMBER)|Release #|No\. ?\d|NR[- ]\d)/m;
const CONTACT_LABEL = /^[ \t]*(?:(?:Media |Public Affairs |Press )?Contacts?|MEDIA CONTACTS?|CONTACTS?|POC|Point of [Cc]ontact)\b\s*:?/m;
const PHONE = /\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b/;
const EMAIL_AT = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]/y;
const END_MARK = /^[ \t]*(?:#\s?#\s?#|-\s?30\s?-|-?END-?)[ \t]*$/m;
/**
 * The service mark Navy and Coast Guard copy closes with (`-USN-`, `-USCG-`): it ends a release as
 * `###` does, but a news story carries it too, so it does not make a draft a release.
 */
const SERVICE_END_MARK = /^[ \t]*-(?:USN|USCG|USMC|USAF|USSF|USA)-[ \t]*$/m;

export interface Furniture {
  tag: boolean;
  hold: { start: number; end: number } | undefined;
  label: boolean;
  number: boolean;
  contact: boolean;
  endMark: boolean;
  /** A service end mark (`-USCG-`): the release is complete, though the mark alone does not make one. */
  serviceEndMark: boolean;
  /** Every paragraph of prose is a photo caption (a caption file). */
  captions: boolean;
}

/** A phone number or an e-mail address anywhere in the text. E-mail is looked for only around each `@`. */
function hasPhoneOrEmail(t: string): boolean {
  if (PHONE.test(t)) return true;
  for (let at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
    let from = at;
    while (from > 0 && at - from < 65 && /[\w.+-]/.test(t[from - 1])) from--;
    EMAIL_AT.lastIndex = from;
    if (from < at && EMAIL_AT.test(t)) return true;
  }
  return false;
}

/** What a paragraph shows of the release's furniture wherever it stands: 1 a contact label, 2 an end mark, 4 a service end mark. */
const FURNITURE_FLAGS: ParagraphReading<number> = {
  name: 'furniture-flags',
  ownStrings: true,
  context: () => '',
  read(doc: ReleaseDocument, block: Block) {
    const s = doc.blockText(block);
    return (CONTACT_LABEL.test(s) ? 1 : 0) | (END_MARK.test(s) ? 2 : 0) | (SERVICE_END_MARK.test(s) ? 4 : 0);
  },
};

/** Release furniture lives outside body paragraphs (a body sentence may start "Embargoed goods ..."). Read once per document. */
export function furnitureOf(doc: ReleaseDocument): Furniture {
  return perDocument(doc, 'furniture', () => readFurniture(doc));
}

function readFurniture(doc: ReleaseDocument): Furniture {
  const t = doc.text;
  const f: Furniture = { tag: false, hold: undefined, label: false, number: false, contact: hasPhoneOrEmail(t), endMark: false, serviceEndMark: false, captions: captionOnly(doc) };
  for (const b of doc.blocks) {
    // Body paragraphs are the bulk of a long draft: what they show is kept per paragraph.
    const bodyFlags = perParagraph(doc, FURNITURE_FLAGS, b);
    if (bodyFlags & 1) f.contact = true;
    if (bodyFlags & 2 || b.kind === 'endmark') f.endMark = true;
    if (bodyFlags & 4) f.serviceEndMark = true;
    if (b.kind === 'body' && !b.allCaps) continue;
    const s = doc.blockText(b);
    if (RELEASE_TAG.test(s)) f.tag = true;
    if (RELEASE_LABEL.test(s)) f.label = true;
    if (RELEASE_NUMBER.test(s)) f.number = true;
    const hold = f.hold ? null : HOLD.exec(s);
    if (hold) {
      const start = b.start + hold.index + (hold[0].length - hold[0].trimStart().length);
      f.hold = { start, end: b.start + hold.index + hold[0].trimEnd().length };
    }
  }
  return f;
}

/**
 * A draft is treated as a release only when it carries release furniture of its own (a release tag,
 * a NEWS RELEASE label, a release number or an end mark). A dateline alone makes a news story,
 * and a web page copy (`Published`, `By ...`) is neither: the structure rules stay silent on both.
 * Nor is a caption file (every paragraph a photo caption), even with an end mark under it.
 */
export function looksLikeRelease(f: Furniture): boolean {
  return f.tag || f.label || f.number || (f.endMark && !f.captions);
}

/** The range of the first non-blank line of the text (where document-level hints are shown). */
export function firstLine(doc: ReleaseDocument): { start: number; end: number } {
  const b = doc.blocks[0];
  if (!b) return { start: 0, end: 0 };
  const nl = doc.text.slice(b.start, b.end).search(/\r?\n|\r/);
  return { start: b.start, end: nl < 0 ? b.end : b.start + nl };
}

/** The range of the last non-blank line. */
export function lastLine(doc: ReleaseDocument): { start: number; end: number } {
  const b = doc.blocks[doc.blocks.length - 1];
  if (!b) return { start: 0, end: 0 };
  const s = doc.text.slice(b.start, b.end);
  const nl = Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'));
  return { start: nl < 0 ? b.start : b.start + nl + 1, end: b.end };
}
