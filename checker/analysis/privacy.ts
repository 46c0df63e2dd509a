/**
 * Shared readings of the `privacy/…` rules (STYLE.md section 6): where the contact block is, the
 * sentence around a match, and whether a draft tells of a death (different rules apply to the
 * deceased once the next of kin have been told: their age and family are part of the story).
 */
import { Block, ReleaseDocument } from '../document/model';
import { ParagraphReading, perDocument, perParagraph } from '../engine/cache';
import { isSentenceEnd, sentenceStart } from '../lex/text';

/** How far a sentence is looked for either side of a match (keeps one huge paragraph linear). */
const REACH = 320;

/** The sentence holding [start, end) inside `block`, looked for at most REACH characters either side. */
export function sentenceAround(text: string, block: { start: number; end: number }, start: number, end = start): { start: number; end: number } {
  const from = sentenceStart(text, start, Math.max(block.start, start - REACH));
  let to = Math.min(block.end, end + REACH);
  for (let i = end; i < to; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= block.end || /[\s"”’)]/.test(text[i + 1]))) {
      const space = /^["”’)]?\s/.exec(text.slice(i + 1, i + 3));
      if (!space || isSentenceEnd(text, i + 1 + (space[0].length - 1))) {
        to = i + 1;
        break;
      }
    }
  }
  return { start: from, end: to };
}

/** A contact label, a `For more information` line, or the media line that ends many releases. */
const CONTACT = /^[ \t]*(?:(?:Media |Public Affairs |Press |News )?(?:Contacts?|CONTACTS?|POC|Point of [Cc]ontact|Inquiries|Queries)\b|MEDIA CONTACTS?|For (?:more|further|additional) information|FOR MORE INFORMATION|Media (?:may|can|should|wishing|interested|representatives)|Members of the media|Journalists|Reporters|Editors?(?: note)?:)/m;

/** Whether a block is (or opens) the release's contact information: office numbers and addresses are fine there. */
export function isContactBlock(doc: ReleaseDocument, block: Block): boolean {
  return block.kind === 'furniture' || block.kind === 'endmark' || CONTACT.test(doc.blockText(block));
}

/** Blocks the privacy rules read: the headline and body, not furniture (where the contact block is). */
export function storyBlocks(doc: ReleaseDocument): Block[] {
  return doc.blocks.filter((b) => (b.kind === 'body' || b.kind === 'headline') && !isContactBlock(doc, b));
}

/** A death told: the deceased's age and family are released once the next of kin have been told. */
export const DEATH = /\b(?:died|dies|was killed|were killed|killed in action|passed away|funeral|memorial (?:service|ceremony)|laid to rest|posthumous(?:ly)?|survived by|in memoriam|dignified transfer|next of kin|obituary|fallen (?:soldiers?|sailors?|airm[ae]n|marines?|service members?|heroe?s?|comrades?))\b/i;

const DEATH_TOLD: ParagraphReading<boolean> = {
  name: 'privacy-death',
  ownStrings: true,
  context: () => '',
  read: (doc, block) => DEATH.test(doc.blockText(block)),
};

/** Whether any paragraph of the draft tells of a death (once per document; each paragraph's answer is kept). */
export function tellsOfDeath(doc: ReleaseDocument): boolean {
  const root = doc.root;
  return perDocument(root, 'privacy-death', () => root.blocks.some((b) => b.kind !== 'furniture' && perParagraph(root, DEATH_TOLD, b)));
}

/** A year before this in the sentence makes it history (a historical figure's age, a past address). */
export const HISTORY_YEAR = /\b(?:1[5-8]\d\d|19[0-8]\d)\b/;
