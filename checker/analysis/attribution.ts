/** Helpers shared by the attribution/* and quote/* rules: where quotations sit relative to a verb. */
import { Block, Quote, ReleaseDocument } from '../document/model';
import { sentenceStart } from '../lex/text';
import { ACCEPTED_ATTRIBUTION, LOADED_VERBS, SPEAKER_ROLES_PLURAL, SPEAKER_ROLES_SINGULAR } from '../data/attribution';
import { MONTHS, WEEKDAYS } from '../data/months';

export const OPEN_MARKS = '"“«„';
export const CLOSE_MARKS = '"”»“';

export function isPronounSpeaker(word: string): boolean {
  return /^(?:he|she|they|He|She|They)$/.test(word);
}

/** True when the word ends in a possessive (`Carter's stated goal` is not attribution). */
export function isPossessive(word: string): boolean {
  return /['’]s?$/.test(word);
}

/**
 * The closed quotation whose closing mark sits just before `pos` (only spaces between, and a comma
 * left outside the mark: `"…", Carter said`). This is the `"…," Carter said` position.
 */
export function quoteClosingBefore(doc: ReleaseDocument, pos: number, block: Block): Quote | undefined {
  const text = doc.text;
  let i = pos;
  while (i > block.start && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n' || text[i - 1] === '\r')) i--;
  if (text[i - 1] === ',') i--;
  if (i <= block.start || !CLOSE_MARKS.includes(text[i - 1])) return undefined;
  const q = doc.quoteAt(i - 1);
  return q && q.closed && q.end === i ? q : undefined;
}

/** The quotation whose opening mark follows `pos` after an optional comma or colon (`Carter said, "…"`). */
export function quoteOpeningAfter(doc: ReleaseDocument, pos: number, block: Block): Quote | undefined {
  const m = /^[,:]?[ \t\r\n]*/.exec(doc.text.slice(pos, Math.min(block.end, pos + 8)));
  const at = pos + (m ? m[0].length : 0);
  if (at >= block.end || !OPEN_MARKS.includes(doc.text[at])) return undefined;
  const q = doc.quoteAt(at);
  return q && q.start === at ? q : undefined;
}

/**
 * A clause of paraphrase ends with a comma just before `pos` (`The unit trained for weeks, | said
 * Smith.`): at least four words of its sentence before the comma, and no quotation mark in them.
 */
export function paraphraseBefore(doc: ReleaseDocument, block: Block, pos: number): boolean {
  const text = doc.text;
  const comma = /,[ \t]*$/.exec(text.slice(Math.max(block.start, pos - 3), pos));
  if (!comma) return false;
  const clauseEnd = pos - comma[0].length;
  const clause = text.slice(sentenceStart(text, clauseEnd, block.start), clauseEnd);
  if (/["“”]/.test(clause)) return false;
  return clause.trim().split(/\s+/).length >= 4;
}

/** Bounds of the sentence holding `at`, within its block. */
export function sentenceBounds(doc: ReleaseDocument, at: number, block: Block): { start: number; end: number } {
  const start = sentenceStart(doc.text, at, block.start);
  const m = /[.!?]["”]?(?=\s|$)/.exec(doc.text.slice(at, block.end));
  return { start, end: m ? at + m.index + m[0].length : block.end };
}

/** Whether a direct quotation overlaps the sentence holding `at`. */
export function quoteInSentence(doc: ReleaseDocument, at: number, block: Block): boolean {
  const { start, end } = sentenceBounds(doc, at, block);
  return doc.quoteAt(start) !== undefined || doc.quotesStartingIn(start, end).length > 0;
}

/** Word-boundary alternation of phrases, with internal spaces matching any run of spaces. */
export function phraseAlternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/ /g, '\\s+'))
    .join('|');
}

/** Capitalized words that end a name run (`said Carter Tuesday` is Carter, then a day). */
const STOP_WORDS = new Set<string>([
  ...WEEKDAYS,
  ...MONTHS.flatMap((m) => [m.name, ...m.variants, m.ap.replace('.', '')]),
  'Today', 'Tomorrow', 'Yesterday', 'In', 'On', 'At', 'During', 'After', 'Before', 'While', 'When', 'From', 'To', 'With',
  'By', 'For', 'But', 'And', 'Or', 'As', 'Since', 'Because', 'Although', 'However', 'Then', 'Now', 'Also', 'The', 'A',
  'An', 'This', 'That', 'These', 'Those', 'There', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'Who', 'Which',
]);
/** Abbreviations whose period is part of a name, not a sentence end. */
const NAME_ABBREVIATIONS = /^(?:(?:[A-Z]\.){2,}|(?:[A-Z]|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Pfc|Spc|Brig|Ens|Amn|Tech|Mr|Mrs|Ms|Dr|Rev|Sen|Rep|Gov|Jr|Sr|St|Ret)\.)$/;
const CONNECTORS = new Set(['of', 'de', 'da', 'del', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'la', 'le', 'du']);
/** Words a short tail may start with: time and place, not a clause or a second subject. */
const TAIL_STARTS = new Set([
  'in', 'at', 'on', 'during', 'after', 'before', 'while', 'when', 'from', 'to', 'about', 'with', 'via', 'today',
  'yesterday', 'tonight', 'earlier', 'later', 'recently', 'afterward', 'afterwards', 'then', 'as', 'last', 'this',
  'here', 'there', 'again', 'also', 'upon', 'following', 'through', 'over', 'near', 'aboard', 'outside', 'inside',
]);
const MAX_TAIL_WORDS = 8;
const DAYS_AND_MONTHS = new Set<string>([...WEEKDAYS, ...MONTHS.flatMap((m) => [m.name, m.ap.replace('.', '')])]);
const ROLES = new Set([...SPEAKER_ROLES_SINGULAR, ...SPEAKER_ROLES_PLURAL]);

/**
 * The speaker of an inverted attribution that should be swapped (`"…," said Carter.`): the verb
 * ends at `verbEnd`, the speaker follows, and nothing long follows the speaker.
 */
export function invertedSpeaker(doc: ReleaseDocument, block: Block, verbEnd: number): { start: number; end: number } | undefined {
  const subject = readSubject(doc.text, verbEnd, block.end);
  return subject && shortTail(doc, block, subject.end) ? subject : undefined;
}

/** Verbs of attribution, accepted or loaded, past or present. */
const SPEECH_VERB = `(?:${[...ACCEPTED_ATTRIBUTION.filter((v) => v !== 'according to'), ...LOADED_VERBS.flatMap((v) => [v.past, v.present]), 'says']
  .map((v) => v.replace(/ /g, '\\s+'))
  .join('|')})`;
const VERB_AFTER = new RegExp(`^[\\s,]*${SPEECH_VERB}\\b`);
const VERB_BEFORE_QUOTE = new RegExp(`\\b${SPEECH_VERB}[,:]?\\s*$`);

/**
 * Who a quotation is attributed to, read with the same subject reader as the attribution rules:
 * `"…," Carter said`, `"…," said Carter`, or `Carter said, "…"` (the nearest subject before the verb).
 */
export function quoteSpeaker(doc: ReleaseDocument, q: Quote): string | undefined {
  const block = doc.blockAt(q.start);
  if (!block) return undefined;
  const text = doc.text;
  const limit = Math.min(block.end, q.end + 120);
  if (q.closed) {
    const verb = VERB_AFTER.exec(text.slice(q.end, limit));
    const subject = verb ? readSubject(text, q.end + verb[0].length, limit) : readSubject(text, q.end + (/^,/.test(text.slice(q.end, q.end + 1)) ? 1 : 0), limit);
    if (subject && (verb || VERB_AFTER.test(text.slice(subject.end, limit)))) return text.slice(subject.start, subject.end);
  }
  const from = Math.max(block.start, q.start - 120);
  const before = text.slice(from, q.start);
  const verb = VERB_BEFORE_QUOTE.exec(before);
  if (!verb) return undefined;
  // The subject is the longest run of name words (or pronoun, or `the <role>`) that ends right before the verb.
  const head = before.slice(0, verb.index).trimEnd();
  for (let i = 0; i < head.length; i++) {
    if (i > 0 && !/[\s(]/.test(head[i - 1])) continue;
    const subject = subjectAt(text, from + i, from + head.length);
    if (subject && subject.end === from + head.length) return text.slice(subject.start, subject.end);
  }
  return undefined;
}

/** The speaker after `said `: a pronoun, `the <role>`, or a run of name words (`Lt. Gen. Sean MacFarland`). */
function readSubject(text: string, from: number, limit: number): { start: number; end: number } | undefined {
  const gap = /^[ \t]+/.exec(text.slice(from, from + 4));
  return gap ? subjectAt(text, from + gap[0].length, limit) : undefined;
}

function subjectAt(text: string, start: number, limit: number): { start: number; end: number } | undefined {
  const word = /^[\p{L}0-9][\p{L}0-9'’.-]*/u;
  const first = word.exec(text.slice(start, limit));
  if (!first) return undefined;
  const pronoun = /^(?:he|she|they)\b/.exec(first[0]);
  if (pronoun) return first[0].length === pronoun[0].length || first[0][pronoun[0].length] === '.' ? { start, end: start + pronoun[0].length } : undefined;
  if (first[0] === 'the') {
    const role = /^the (?:[a-z]+ )?([a-z]+)/.exec(text.slice(start, limit));
    return role && ROLES.has(role[1]) ? { start, end: start + role[0].length } : undefined;
  }
  let pos = start;
  let end = -1;
  for (let n = 0; n < 12; n++) {
    const w = word.exec(text.slice(pos, limit));
    if (!w) break;
    let token = w[0];
    // A trailing period belongs to the name only for abbreviations followed by more name.
    if (token.endsWith('.') && !NAME_ABBREVIATIONS.test(token)) token = token.slice(0, -1);
    const bare = token.replace(/\.$/, '');
    const capital = /^\p{Lu}/u.test(bare);
    const nameLike = capital ? !STOP_WORDS.has(bare) : /^\d+(?:st|nd|rd|th)?$/.test(bare) || CONNECTORS.has(bare) || /^al-\p{Lu}/u.test(bare);
    if (!nameLike || (n === 0 && !capital && !/^\d+(?:st|nd|rd|th)$/.test(bare))) break;
    if (capital) end = pos + token.length;
    pos += token.length;
    if (token !== w[0] || !/^ [\p{L}0-9]/u.test(text.slice(pos, pos + 2))) break;
    pos += 1;
  }
  if (end < 0) return undefined;
  const lastWord = text.slice(start, end).split(' ').pop() ?? '';
  // `said John Doe Jr.` ends on an abbreviation that also ends the sentence; `said Carter's aide` is not Carter.
  if (NAME_ABBREVIATIONS.test(lastWord) || isPossessive(lastWord)) return undefined;
  return { start, end };
}

/** Nothing long follows the name: the sentence ends, the quotation resumes, or a short time/place tail. */
function shortTail(doc: ReleaseDocument, block: Block, at: number): boolean {
  const rest = doc.text.slice(at, block.end);
  if (/^[.!?](?:\s|$)/.test(rest) || rest === '') return true;
  if (/^,\s*["“]/.test(rest)) return true;
  if (!/^ [A-Za-z]/.test(rest)) return false;
  const sentence = /^[^.!?]*[.!?](?=\s|$|["”])/.exec(rest)?.[0] ?? rest;
  if (/[,;:—–(]|--/.test(sentence)) return false;
  const words = sentence.trim().split(/\s+/);
  const first = words[0].replace(/[.!?]$/, '');
  return words.length <= MAX_TAIL_WORDS && (TAIL_STARTS.has(first) || DAYS_AND_MONTHS.has(first));
}
