/** Helpers shared by the `usage/…` rules: where running text is, and what is not running text. */
import { Block, ReleaseDocument } from '../document/model';

/** Body paragraphs in mixed case, each with the offset where running text starts (after a dateline). */
export function runningText(doc: ReleaseDocument): Array<{ block: Block; from: number }> {
  return doc.bodyBlocks
    .filter((b) => !b.allCaps && !looksLikeSubhead(doc.text.slice(b.start, b.end)))
    .map((b) => ({ block: b, from: doc.dateline && doc.dateline.start === b.start ? doc.dateline.end : b.start }));
}

/** A one-line paragraph without closing punctuation reads as a subhead or caption label: headline style. */
export function looksLikeSubhead(s: string): boolean {
  if (/[\r\n]/.test(s) || /[.!?:;,"”’)]$/.test(s.trimEnd())) return false;
  // At most 15 words: count the gaps between them, stopping at the 15th (paragraphs are long).
  let gaps = 0;
  const gap = /\s+/g;
  while (gap.exec(s) !== null) if (++gaps >= 15) return false;
  return true;
}

/** Every match of the global regex `re` inside [from, end), offsets into the whole text. */
export function matchesIn(text: string, from: number, end: number, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const slice = text.slice(0, end);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Part of an address, handle or file name (`info@usmc.mil`, `army.mil/US`, `#USMC`). */
export function inAddress(text: string, start: number, end: number): boolean {
  return /[@#/.\\]$/.test(text.slice(Math.max(0, start - 1), start)) || /^(?:@|\/|\.[A-Za-z0-9])/.test(text.slice(end, end + 2));
}

/** The token sits in a run of capitalized words (`US ARMY`, `USMC FORCES PACIFIC`): caps furniture or a designation. */
export function inCapsRun(text: string, start: number, end: number): boolean {
  const prev = /([A-Za-z]+)[ \t]+$/.exec(text.slice(Math.max(0, start - 30), start));
  const next = /^[ \t]+([A-Za-z]+)/.exec(text.slice(end, end + 30));
  const caps = (w: string | undefined) => w !== undefined && w.length >= 3 && /^[A-Z]+$/.test(w);
  return caps(prev?.[1]) || caps(next?.[1]);
}
