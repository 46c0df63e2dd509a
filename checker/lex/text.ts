/** Small text helpers shared by rules. */
import { Fix } from '../types';
import { MONTH_AP_STEMS, MONTH_NAMES } from '../data/months';

/** A fix moved by `by` characters (a paragraph's result reused where the paragraph now stands). */
export function shiftFix(f: Fix, by: number): Fix {
  return { title: f.title, edits: f.edits.map((e) => ({ start: e.start + by, end: e.end + by, newText: e.newText })) };
}

/** Words that start sentences and never follow a rank as a name (`... the rank of Gen. The ceremony`). */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'Their',
  'His', 'Her', 'Its', 'Our', 'In', 'On', 'At', 'As', 'After', 'Before', 'During', 'When', 'While', 'But', 'And', 'Or',
  'If', 'For', 'From', 'To', 'With', 'By', 'Of', 'Today', 'Tomorrow', 'Yesterday', 'Now', 'Then', 'Also', 'However',
  'According', 'Since', 'Because', 'Although', 'Officials', 'Soldiers', 'Sailors', 'Airmen', 'Marines', 'Guardians',
  'Army', 'Navy', 'Air', 'Marine', 'Space', 'Coast', 'Force', 'Corps', 'Guard', 'U', 'US', 'Department', 'Defense',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  ...MONTH_NAMES, ...MONTH_AP_STEMS, 'Staff', 'Command', 'Commander', 'Chief', 'Officer', 'Class',
]);

/** A personal name token: a capital letter then letters, apostrophes or hyphens (`MacFarland`, `O'Neil`, `al-Abadi`). */
export const NAME_TOKEN = "[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*|[A-Z]\\.";

/** Whether text[start, end) holds an ASCII digit (what `\d` matches): patterns that need one skip paragraphs without. */
export function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** True if the character before `offset` is a word character (the match is inside a word). */
export function wordBefore(text: string, offset: number): boolean {
  return offset > 0 && /[\p{L}\p{N}_]/u.test(text[offset - 1]);
}

export function wordAfter(text: string, offset: number): boolean {
  return offset < text.length && /[\p{L}\p{N}_]/u.test(text[offset]);
}

/** Offset of the start of the sentence holding `offset`, within [blockStart, offset]. */
export function sentenceStart(text: string, offset: number, blockStart: number): number {
  for (let i = offset - 1; i > blockStart; i--) {
    const c = text[i];
    if ((c === ' ' || c === '\n') && /[.!?]["”’)]?$/.test(text.slice(Math.max(blockStart, i - 3), i)) && isSentenceEnd(text, i)) {
      return i + 1;
    }
  }
  return blockStart;
}

const ABBREVIATIONS = /(?:\b(?:Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Pfc|Spc|Brig|Mr|Mrs|Ms|Dr|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|Co|Inc|Jr|Sr|Va|Md|Calif|Fla|Ga|Pa|Tech|Vol|vs|etc|[A-Z])\.)$/;

/** Whether the period before `spaceAt` ends a sentence (not `Gen.` before a name, not `U.S.` mid-sentence). */
export function isSentenceEnd(text: string, spaceAt: number): boolean {
  const before = text.slice(Math.max(0, spaceAt - 8), spaceAt);
  if (!ABBREVIATIONS.test(before)) return true;
  const next = /^\s+([A-Z][a-z]*)/.exec(text.slice(spaceAt, spaceAt + 30));
  return next !== null && NOT_NAMES.has(next[1]);
}

/**
 * A paragraph that carries a photo, video or story credit (`(U.S. Army photo by Spc. Jane Doe)`,
 * `Story by …`, `Courtesy photo`): a caption or byline, which repeats full ranks and names and
 * describes a picture in the present tense by convention (`(U.S. Air Force photo/Staff Sgt. …)` too).
 * The one test every rule uses.
 */
export const CREDIT_LINE =
  /\b(?:photos?|story|video|graphic|illustration|article)\s+(?:by|courtesy)\b|\bcourtesy\s+(?:photo|graphic)|\bphoto\s+illustration\b|\((?:U\.S\. )?(?:\w+ |(?:Air Force|Marine Corps|Coast Guard|Space Force|Army National Guard|Air National Guard|Army Reserve) )?(?:photo|video)\b|\bphoto\s?\/\s?\w/i;
