/**
 * Short forms shared by the `acronym/…` rules and the acronym hover: where each short form is
 * used in body text and where (if anywhere) it is spelled out, in parentheses or not.
 */
import { Block, ReleaseDocument } from '../document/model';
import { ParagraphReading, perDocument, perParagraph, sharedContext } from '../engine/cache';
import { BROKEN, JOINED, wordBits, wordEnd, wordsOf, wordStart } from '../lex/tokens';
import { HoverFacts } from '../types';
import { HULL_SYMBOLS, KNOWN_EXPANSIONS, UNIT_DESIGNATORS, MINOR_WORDS, SERVICE_ABBREVIATIONS, TIME_ZONES, WELL_KNOWN_ACRONYMS } from '../data/acronyms';
import { ranksByServiceForm } from '../data/ranks';
import { analyzeShips } from './ship';
import { STATE_BY_POSTAL } from '../data/states';
import { DATE_WORDS_IN_CAPITALS } from '../data/months';

export interface AcronymUse {
  start: number;
  end: number;
  /** `'s` or plural `s` follows: an inserted expansion would read badly, so no fix. */
  inflected: boolean;
}

export interface AcronymDefinition {
  /** The spelled-out phrase (absent when a parenthetical follows words that do not spell it). */
  phraseStart?: number;
  phraseEnd?: number;
  /** `(ISF)` including its parentheses, when the definition has one. */
  paren?: { start: number; end: number };
  /** Where the definition counts from: the phrase start, else the parenthesis. */
  at: number;
  /**
   * What follows the short form inside its parenthesis, for a unit's own short form with its number
   * or name (`(DESRON 23)` → ` 23`, `(JTF-Bravo)` → `-Bravo`): two such parentheses with different
   * suffixes define two units, not one short form twice.
   */
  suffix?: string;
  /** Given by `known as CVW 9` or `also called …` rather than in parentheses. */
  named?: true;
}

export interface AcronymInfo {
  short: string;
  /** Uses in body text, outside definitions, in document order. */
  uses: AcronymUse[];
  /** Parenthetical definitions in document order. */
  parens: AcronymDefinition[];
  /** The first spelled-out phrase without parentheses, if any (`Iraqi security forces` … `ISF`). */
  phrase?: AcronymDefinition;
  /** Needs no expansion (well known, a project acronym, a time zone ...). */
  exempt: boolean;
  /** The expansion from the built-in table or project settings. */
  known?: string;
}

interface Word {
  text: string;
  start: number;
  end: number;
  /** Punctuation (or a paragraph break) separates this word from the one before. */
  broken: boolean;
  /** Joined to the word before by a hyphen (`Improvised-Threat`): may give no letter. */
  joined: boolean;
  /** Bits, -1 until `spells` reads the word: 1 a minor word, 2 minor once lowercased, 4 a short form (capitals only). */
  flags: number;
}

function flagsOf(word: Word): number {
  if (word.flags < 0) word.flags = wordFlags(word.text);
  return word.flags;
}

const MINOR_LENGTH = Math.max(...[...MINOR_WORDS].map((w) => w.length));

/** The capital of the word's `k`th character: its characters are ASCII letters and apostrophes (see paragraphWords). */
function upperAt(word: Word, k: number): number {
  const c = word.text.charCodeAt(k);
  return c >= 97 && c <= 122 ? c - 32 : c;
}

function wordFlags(w: string): number {
  let caps = w.length > 1;
  let lowerOnly = true;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 65 || c > 90) caps = false;
    else lowerOnly = false;
  }
  // Minor words are short (three letters at most): longer words skip the set.
  const minor = w.length <= MINOR_LENGTH && MINOR_WORDS.has(w);
  const minorLower = lowerOnly ? minor : w.length <= MINOR_LENGTH && MINOR_WORDS.has(w.toLowerCase());
  return (minor ? 1 : 0) | (minorLower ? 2 : 0) | (caps ? 4 : 0);
}

const ROMAN = /^(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Capitalized words that are labels, not short forms (`NOTE:`, `PHOTO:`). */
const LABELS = new Set(['NOTE', 'NOTES', 'PHOTO', 'PHOTOS', 'UPDATE', 'UPDATED', 'CORRECTION', 'EDITOR', 'EDITORS', 'BREAKING', 'VIDEO', 'END']);
/** A candidate word; baseForm decides whether it is a short form. */
const TOKEN = /\b[A-Z][A-Za-z]+\b/g;
/** After the short form in its parenthesis: a unit's number or name (`(DESRON 23)`, `(CLB-26)`, `(JTF-Bravo)`). */
const UNIT_SUFFIX = /^(?:[ -]\d{1,4}[A-Z]?|-[A-Z][a-z]+)(?=\))/;
/** Three-letter missile and bomb designators written with a hyphen and number (`AIM-120`, `GBU-12`). */
const MODEL_PREFIXES = new Set(['AIM', 'AGM', 'BGM', 'RIM', 'MIM', 'GBU', 'CBU', 'UGM', 'LGM', 'ADM', 'AAV', 'ACV', 'LAV', 'JLTV']);
/** Words that name a short form just after them, without parentheses (`Carrier Air Wing 9, known as CVW 9`). */
const NAMED_BY = /(?:\bknown as|\balso called|\bdubbed|\bnicknamed|\breferred to as)\s+(?:the\s+)?["“]?$/;


/** Uppercase count must exceed lowercase so names like `MacFarland` are not short forms. */
export function baseForm(token: string): { base: string; plural: boolean } | undefined {
  // Counted by code unit, not with regular expressions: this runs on every capitalized word.
  let upper = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
  }
  // All capitals then a plural `s` (`MREs`).
  if (upper >= 2 && upper === token.length - 1 && token.charCodeAt(token.length - 1) === 115) return { base: token.slice(0, -1), plural: true };
  const lower = token.length - upper;
  if (upper < 2 || lower >= upper) return undefined;
  return { base: token, plural: false };
}

export function isExempt(short: string, extra: Record<string, string>): boolean {
  return (
    WELL_KNOWN_ACRONYMS.has(short) || SERVICE_ABBREVIATIONS[short] !== undefined || TIME_ZONES.has(short) || DATE_WORDS_IN_CAPITALS.has(short) || STATE_BY_POSTAL.has(short) || ROMAN.test(short) ||
    LABELS.has(short) || ranksByServiceForm(short).length > 0 || (extra[short] !== undefined && extra[short].trim() === '')
  );
}

export function knownExpansion(short: string, extra: Record<string, string>): string | undefined {
  const own = extra[short]?.trim();
  return own ? own : KNOWN_EXPANSIONS[short];
}

/** Whether the token at [start, end) reads as a short form here (not a designation, address or caps phrase). */
function usableToken(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 3);
  // A hull number (`(CVN 78)`, `T-AH 20`): the ship's designator, not a short form to spell out.
  if (/^ \d/.test(after) && HULL_SYMBOLS.has(text.slice(start, end))) return false;
  if (/[@#/.&\d]$/.test(before) || /^-\d/.test(after) || /^(?:[@/&]|\.[A-Za-z]|-[A-Z]{2})/.test(after)) return false;
  if (/[A-Z]{2}-$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  // All-caps runs (`OPERATION INHERENT RESOLVE`) are emphasis or furniture, not short forms.
  const prev = /([A-Za-z]+)[ \t]+$/.exec(text.slice(Math.max(0, start - 30), start));
  const next = /^[ \t]+([A-Za-z]+)/.exec(text.slice(end, end + 30));
  const caps = (w: string | undefined) => w !== undefined && w.length >= 2 && /^[A-Z]+$/.test(w);
  if (caps(prev?.[1]) || caps(next?.[1])) return false;
  // Exercise and operation names are often set in capitals (`Exercise BALIKATAN`).
  if (/^(?:Exercise|exercise|Operation|operation)$/.test(prev?.[1] ?? '') && /^[A-Z]{4,}$/.test(text.slice(start, end))) return false;
  // A label at the start of a line (`PHOTO:`).
  return !(/^:/.test(after) && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, start - 5), start)));
}

/**
 * The paragraph's words from `from` (where its dateline ends), each with its flags still unread.
 * The first is broken from what comes before, as if the paragraph began there.
 */
function paragraphWords(doc: ReleaseDocument, b: Block, from: number): Word[] {
  const t = doc.blockText(b);
  const w = wordsOf(doc, b);
  const words: Word[] = [];
  for (let i = 0; i < w.count; i++) {
    const start = wordStart(w, i);
    if (start < from) continue;
    const first = words.length === 0;
    const end = wordEnd(w, i);
    const bits = wordBits(w, i);
    words.push({ text: t.slice(start, end), start, end, broken: first || (bits & BROKEN) !== 0, joined: !first && (bits & JOINED) !== 0, flags: -1 });
  }
  return words;
}

/**
 * What one body paragraph contributes to the acronym analysis, offsets relative to the paragraph.
 * It depends only on the paragraph's text (from the dateline's end in the first one) and the
 * project's acronyms.
 */
interface ParagraphAcronyms {
  uses: Array<{ short: string; use: AcronymUse }>;
  parens: Array<{ short: string; def: AcronymDefinition }>;
  /** Short forms given by `known as …`, `also called …`. */
  named: Array<{ short: string; at: number }>;
}

/** Where the words of a body paragraph start: after the dateline in the first one. */
function wordsFrom(doc: ReleaseDocument, b: Block): number {
  return doc.dateline && doc.dateline.start === b.start ? doc.dateline.end - b.start : 0;
}

const PARAGRAPH_ACRONYMS: ParagraphReading<ParagraphAcronyms, { extra: Record<string, string>; extraKey: string }> = {
  name: 'acronym-uses',
  ownStrings: true,
  // The project's acronyms (JSON, or '') alone for every paragraph but the dateline's.
  context: (doc, b, { extraKey }) => (wordsFrom(doc, b) === 0 ? extraKey : `${wordsFrom(doc, b)}|${extraKey}`),
  read: (doc, b, { extra }) => readParagraph(doc, b, wordsFrom(doc, b), extra),
};

/** What a phrase search asks of a paragraph: the letters of every short form looked for (`key`, the same as a string). */
interface PhraseQuery {
  key: string;
  trie: () => LetterTrie;
}

/**
 * The first phrase in a paragraph spelling each short form's letters that it spells, offsets
 * relative to it. The short forms looked for are the same from one edit to the next unless one
 * is added or removed, so this is read again only for the paragraphs an edit changed.
 */
const PARAGRAPH_PHRASES: ParagraphReading<Array<{ letters: string; def: AcronymDefinition }>, PhraseQuery> = {
  name: 'acronym-phrases',
  ownStrings: true,
  // The key itself for every paragraph but the dateline's: one shared string, compared by identity.
  context: (doc, b, { key }) => (wordsFrom(doc, b) === 0 ? key : `${wordsFrom(doc, b)}|${key}`),
  read(doc, b, query) {
    const words = paragraphWords(doc, b, wordsFrom(doc, b));
    const byInitial = wordsByInitial(words);
    const out: Array<{ letters: string; def: AcronymDefinition }> = [];
    for (const letters of candidateLetters(words, query.trie())) {
      const def = phraseIn(words, byInitial, letters);
      if (def) out.push({ letters, def });
    }
    return out;
  },
};

function readParagraph(doc: ReleaseDocument, b: Block, from: number, extra: Record<string, string>): ParagraphAcronyms {
  const t = doc.blockText(b);
  // Words are needed here only before a parenthesis; the phrase search reads them again one paragraph at a time.
  let words: Word[] | undefined;
  const out: ParagraphAcronyms = { uses: [], parens: [], named: [] };
  const re = TOKEN;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const form = baseForm(m[0]);
    if (!form) continue;
    let suffix = t[start - 1] === '(' && t[end] !== ')' ? UNIT_SUFFIX.exec(t.slice(end, end + 8))?.[0] : undefined;
    // A hull number (`(CVN 78)`) is a ship's designator, and an aircraft or missile (`(MQ-9)`,
    // `(UH-60)`, `(AIM-120)`) a model: neither a definition nor a use (usableToken).
    if (suffix !== undefined && /^[ -]\d/.test(suffix) && (HULL_SYMBOLS.has(form.base) || (suffix[0] === '-' && (form.base.length < 3 || MODEL_PREFIXES.has(form.base))))) {
      suffix = undefined;
    }
    if (t[start - 1] === '(' && (t[end] === ')' || suffix !== undefined)) {
      const close = end + (suffix?.length ?? 0);
      const def: AcronymDefinition = { paren: { start: start - 1, end: close + 1 }, at: start - 1 };
      if (suffix !== undefined) def.suffix = suffix;
      // The (at most 12) words just before the parenthesis; a binary search keeps long paragraphs linear.
      words ??= paragraphWords(doc, b, from);
      let lo = 0;
      let hi = words.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (words[mid].end <= start - 1) lo = mid + 1;
        else hi = mid;
      }
      const before = words.slice(Math.max(0, lo - 12), lo);
      // The phrase is the run of words just before the parenthesis that spells the short form (with
      // a unit's name after it: `Joint Task Force-Bravo (JTF-Bravo)`).
      const named = suffix !== undefined && /^-[A-Z]/.test(suffix) ? 1 : 0;
      for (let k = 0; k < before.length; k++) {
        const last = spells(before, k, form.base.replace(/[^A-Z]/g, ''));
        if (last >= 0 && last === before.length - 1 - (named && before[before.length - 1].text === suffix!.slice(1) ? 1 : 0)) {
          def.phraseStart = before[k].start;
          def.phraseEnd = before[last].end;
          def.at = def.phraseStart;
          break;
        }
      }
      const known = knownExpansion(form.base, extra);
      if (def.phraseStart === undefined && known && t.slice(Math.max(0, start - 2 - known.length), start - 2).toLowerCase() === known.toLowerCase()) {
        def.phraseStart = def.at = start - 2 - known.length;
        def.phraseEnd = start - 2;
      }
      // A unit's designator in parentheses (`3rd Infantry Division (REAR)`, `26th MEU(SOC)`) is
      // part of its name, not a short form.
      if (def.phraseStart === undefined && UNIT_DESIGNATORS.has(form.base)) continue;
      out.parens.push({ short: form.base, def });
      continue;
    }
    if (!usableToken(t, start, end)) continue;
    if (NAMED_BY.test(t.slice(Math.max(from, start - 24), start))) {
      // `known as CVW 9`: the short form is given here, as a parenthesis would give it.
      out.named.push({ short: form.base, at: start });
      continue;
    }
    // An inserted expansion would also read badly before a designator glued on (`MEU(SOC)`).
    const inflected = form.plural || /^['’]s\b/.test(t.slice(end, end + 3)) || t[end] === '(';
    out.uses.push({ short: form.base, use: { start, end: start + form.base.length, inflected } });
  }
  return out;
}

/** Body paragraphs (not all capitals) with what each contributes, in order. */
function paragraphs(doc: ReleaseDocument, extra: Record<string, string>): Array<{ block: Block; p: ParagraphAcronyms }> {
  const query = { extra, extraKey: Object.keys(extra).length === 0 ? '' : JSON.stringify(extra) };
  const out: Array<{ block: Block; p: ParagraphAcronyms }> = [];
  for (const b of doc.bodyBlocks) if (!b.allCaps) out.push({ block: b, p: perParagraph(doc, PARAGRAPH_ACRONYMS, b, query) });
  return out;
}

/**
 * Whether the words from `i` spell `letters`: each significant word gives its initial
 * (`Iraqi security forces` → ISF), or for short forms of five letters or more a prefix of up to
 * four (`Central Command` → CENTCOM); minor words may give one or be skipped. Returns the index
 * of the last word, or -1.
 */
function spells(words: Word[], i: number, letters: string, li = 0, used = 0): number {
  if (li === letters.length) return used >= 2 ? i - 1 : -1;
  if (i >= words.length || (used > 0 && words[i].broken)) return -1;
  const word = words[i];
  flagsOf(word);
  const minor = (word.flags & 1) !== 0 || ((word.flags & 2) !== 0 && used > 0);
  if (used === 0 && minor) return -1;
  // Another short form (`ISIL fighters`) spells nothing; only long short forms take syllables (CENT-COM).
  if ((word.flags & 4) !== 0) return -1;
  const most = letters.length >= 5 ? 4 : 1;
  for (let k = Math.min(most, word.text.length, letters.length - li); k >= 1; k--) {
    let same = true;
    for (let c = 0; c < k && same; c++) same = upperAt(word, c) === letters.charCodeAt(li + c);
    if (!same) continue;
    const r = spells(words, i + 1, letters, li + k, used + 1);
    if (r >= 0) return r;
  }
  return (minor || word.joined) && li > 0 ? spells(words, i + 1, letters, li, used) : -1;
}

/** Indices of a paragraph's words by their uppercased initial, so each short form looks only at candidate starts. */
function wordsByInitial(words: Word[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  words.forEach((w, i) => {
    const c = w.text[0].toUpperCase();
    const list = map.get(c);
    if (list) list.push(i);
    else map.set(c, [i]);
  });
  return map;
}

/** The first phrase in one paragraph's words whose initials give `letters` (offsets relative to it), or null. */
function phraseIn(words: Word[], byInitial: Map<string, number[]>, letters: string): AcronymDefinition | null {
  const second = letters.charCodeAt(1);
  for (const i of byInitial.get(letters[0]) ?? []) {
    // Quick rejections `spells` would reach too: a phrase has two words or more, unbroken; a short
    // form of up to four letters takes its second letter from the next word unless that word is minor.
    const next = words[i + 1];
    if (next === undefined || next.broken) continue;
    if (letters.length < 5 && (next.text.charCodeAt(0) & 0xdf) !== second && !next.joined && (flagsOf(next) & 3) === 0) continue;
    const last = spells(words, i, letters);
    if (last >= 0) return { phraseStart: words[i].start, phraseEnd: words[last].end, at: words[i].start };
  }
  return null;
}

/**
 * For each short form, the first phrase in the body whose initials give it (a phrase never runs
 * over two paragraphs), else its known expansion anywhere. Paragraph by paragraph, so that only
 * one paragraph's words are held at a time.
 */
function findPhrases(doc: ReleaseDocument, paras: Array<{ block: Block }>, infos: AcronymInfo[], lowerText: () => string): Map<AcronymInfo, AcronymDefinition> {
  const found = new Map<AcronymInfo, AcronymDefinition>();
  // A short form of fewer than two capitals spells nothing and has no fallback either.
  const byLetters = new Map<string, AcronymInfo[]>();
  for (const info of infos) {
    const letters = info.short.replace(/[^A-Z]/g, '');
    if (letters.length < 2) continue;
    const list = byLetters.get(letters);
    if (list) list.push(info);
    else byLetters.set(letters, [info]);
  }
  // Each paragraph is asked only about the short forms its words could spell (a superset found
  // through a trie of the letters still looked for), so thousands of short forms over thousands
  // of paragraphs stay linear.
  const all = [...byLetters.keys()];
  let trie: LetterTrie | undefined;
  const query: PhraseQuery = {
    key: sharedContext(doc, 'acronym-letters', [...all].sort().join(',')),
    trie: () => (trie ??= letterTrie(all)),
  };
  // The first paragraph (in order) that spells a short form defines it.
  for (const { block } of paras) {
    if (byLetters.size === 0) break;
    for (const { letters, def } of perParagraph(doc, PARAGRAPH_PHRASES, block, query)) {
      const list = byLetters.get(letters);
      if (!list) continue;
      for (const info of list) found.set(info, { phraseStart: def.phraseStart! + block.start, phraseEnd: def.phraseEnd! + block.start, at: def.at + block.start });
      byLetters.delete(letters);
    }
  }
  for (const list of byLetters.values()) {
    for (const info of list) {
      if (!info.known) continue;
      const at = lowerText().indexOf(info.known.toLowerCase());
      if (at >= 0) found.set(info, { phraseStart: at, phraseEnd: at + info.known.length, at });
    }
  }
  return found;
}

interface TrieNode {
  id: number;
  /** By capital letter, A (0) to Z (25): the letters come from `[^A-Z]`-stripped short forms. */
  children: Array<TrieNode | undefined>;
  /** How many children there are. */
  count: number;
  /** The letters that end here, if any. */
  letters?: string;
}

interface LetterTrie {
  root: TrieNode;
  size: number;
}

function letterTrie(all: Iterable<string>): LetterTrie {
  const root: TrieNode = { id: 0, children: new Array<TrieNode | undefined>(26).fill(undefined), count: 0 };
  let size = 1;
  for (const letters of all) {
    let node = root;
    for (let i = 0; i < letters.length; i++) {
      const c = letters.charCodeAt(i);
      let next = node.children[c - 65];
      if (!next) {
        next = { id: size++, children: new Array<TrieNode | undefined>(26).fill(undefined), count: 0 };
        node.children[c - 65] = next;
        node.count++;
      }
      node = next;
    }
    node.letters = letters;
  }
  return { root, size };
}

/**
 * The letters in the trie that `spells` might find in these words: the same walk (a significant
 * first word, unbroken words after it, each giving its first one to four letters, minor or joined
 * words skipped), looser only in always allowing up to four letters a word. Each (word, trie node)
 * is walked once.
 */
function candidateLetters(words: Word[], trie: LetterTrie): Set<string> {
  const out = new Set<string>();
  // (word, trie node, min(used, 2)) states already walked: stamps in a buffer kept between calls
  // (a Set of numbers for paragraphs too large for it). Walks from the root are never repeated, so
  // they are not recorded.
  const states = words.length * trie.size * 3;
  const stamps = states <= MAX_STAMPS ? stampBuffer(states) : undefined;
  const stamp = stamps ? nextStamp(stamps) : 0;
  const seen = stamps ? undefined : new Set<number>();
  const walk = (i: number, node: TrieNode, used: number): void => {
    if (node.letters !== undefined && used >= 2) out.add(node.letters);
    if (i >= words.length || node.count === 0 || (used > 0 && words[i].broken)) return;
    if (used > 0) {
      const key = (i * trie.size + node.id) * 3 + Math.min(used, 2);
      if (stamps) {
        if (stamps[key] === stamp) return;
        stamps[key] = stamp;
      } else {
        if (seen!.has(key)) return;
        seen!.add(key);
      }
    }
    const word = words[i];
    flagsOf(word);
    const minor = (word.flags & 1) !== 0 || ((word.flags & 2) !== 0 && used > 0);
    if (used === 0 && minor) return;
    if ((word.flags & 4) !== 0) return;
    let at: TrieNode | undefined = node;
    for (let k = 0; k < Math.min(4, word.text.length); k++) {
      const u = upperAt(word, k) - 65;
      at = u >= 0 && u < 26 ? at.children[u] : undefined;
      if (!at) break;
      walk(i + 1, at, used + 1);
    }
    if ((minor || word.joined) && node !== trie.root) walk(i + 1, node, used);
  };
  const root = trie.root.children;
  for (let i = 0; i < words.length; i++) {
    // The first character is an ASCII letter (see paragraphWords): its capital without toUpperCase.
    const c = words[i].text.charCodeAt(0);
    if (root[(c >= 97 ? c - 32 : c) - 65]) walk(i, trie.root, 0);
  }
  return out;
}

/** Largest state table candidateLetters keeps in a stamp buffer (4 MB of Int32). */
const MAX_STAMPS = 1 << 20;
let stampStore: { stamps: Int32Array; stamp: number } = { stamps: new Int32Array(0), stamp: 0 };

function stampBuffer(size: number): Int32Array {
  if (stampStore.stamps.length < size) stampStore = { stamps: new Int32Array(Math.max(size, stampStore.stamps.length * 2, 1024)), stamp: 0 };
  return stampStore.stamps;
}

function nextStamp(stamps: Int32Array): number {
  if (stampStore.stamp >= 0x7fffffff) {
    stamps.fill(0);
    stampStore.stamp = 0;
  }
  return ++stampStore.stamp;
}

/** Short forms of the body text with their uses and definitions. */
export function analyzeAcronyms(doc: ReleaseDocument, extra: Record<string, string> = {}): Map<string, AcronymInfo> {
  // Once per document and project acronym table (the options' own object, the same for every rule).
  const byExtra = perDocument(doc, 'acronyms', () => new Map<Record<string, string>, Map<string, AcronymInfo>>());
  let result = byExtra.get(extra);
  if (!result) {
    result = readAcronyms(doc, extra);
    byExtra.set(extra, result);
  }
  return result;
}

function readAcronyms(doc: ReleaseDocument, extra: Record<string, string>): Map<string, AcronymInfo> {
  const text = doc.text;
  const result = new Map<string, AcronymInfo>();
  const info = (short: string): AcronymInfo => {
    let i = result.get(short);
    if (!i) {
      i = { short, uses: [], parens: [], exempt: isExempt(short, extra), known: knownExpansion(short, extra) };
      result.set(short, i);
    }
    return i;
  };
  const paras = paragraphs(doc, extra);
  const named = new Map<AcronymInfo, number>();
  for (const { block, p } of paras) {
    const base = block.start;
    for (const { short, def } of p.parens) {
      const abs: AcronymDefinition = { paren: { start: def.paren!.start + base, end: def.paren!.end + base }, at: def.at + base };
      if (def.phraseStart !== undefined) {
        abs.phraseStart = def.phraseStart + base;
        abs.phraseEnd = def.phraseEnd! + base;
      }
      if (def.suffix !== undefined) abs.suffix = def.suffix;
      info(short).parens.push(abs);
    }
    for (const { short, at } of p.named) {
      const i = info(short);
      named.set(i, Math.min(named.get(i) ?? Infinity, at + base));
    }
    for (const { short, use } of p.uses) info(short).uses.push({ start: use.start + base, end: use.end + base, inflected: use.inflected });
  }
  // A word of a ship's name set in capitals (`USS GERALD R. FORD`, then `the MACKINAW`) is the name, not a short form.
  const shipWords = new Set<string>();
  for (const ship of analyzeShips(doc)) for (const w of ship.key.split(' ')) if (w.length >= 3) shipWords.add(w);
  if (shipWords.size > 0) for (const i of result.values()) if (!i.exempt && shipWords.has(i.short.toLowerCase())) i.exempt = true;
  let lower: string | undefined;
  const lowerText = (): string => (lower ??= text.toLowerCase());
  const phrases = findPhrases(doc, paras, [...result.values()].filter((i) => !i.exempt), lowerText);
  for (const i of result.values()) {
    if (i.exempt) continue;
    const firstUse = i.uses[0]?.start ?? text.length;
    const phrase = phrases.get(i);
    const namedAt = named.get(i);
    if (namedAt !== undefined && (!phrase || namedAt < phrase.at) && !i.parens.some((p) => p.at < namedAt)) {
      // Named without parentheses before any spelled-out phrase: that is where it is given.
      i.phrase = { at: namedAt, named: true };
      continue;
    }
    if (!phrase || i.parens.some((p) => p.phraseStart === phrase.phraseStart)) continue;
    if (phrase.at < firstUse || !i.parens.some((p) => p.at < firstUse)) i.phrase = phrase;
  }
  return result;
}

/** Where a short form is first spelled out, in any way. */
export function firstDefinition(i: AcronymInfo): AcronymDefinition | undefined {
  // The earliest; on a tie the parenthesis before the phrase, the earlier parenthesis first.
  let first: AcronymDefinition | undefined;
  for (const d of i.parens) if (first === undefined || d.at < first.at) first = d;
  if (i.phrase && (first === undefined || i.phrase.at < first.at)) first = i.phrase;
  return first;
}

export function acronymFacts(doc: ReleaseDocument, i: AcronymInfo): HoverFacts {
  // Per short form: each of a thousand definitions of one short form reports the same.
  const known = perDocument(doc, 'acronym-facts', () => new Map<AcronymInfo, HoverFacts>());
  let facts = known.get(i);
  if (!facts) {
    facts = readAcronymFacts(doc, i);
    known.set(i, facts);
  }
  return { heading: facts.heading, lines: [...facts.lines] };
}

function readAcronymFacts(doc: ReleaseDocument, i: AcronymInfo): HoverFacts {
  const def = firstDefinition(i);
  const lines: string[] = [];
  const spelled = def?.phraseStart !== undefined ? doc.text.slice(def.phraseStart, def.phraseEnd).replace(/\s+/g, ' ') : undefined;
  if (spelled) lines.push(`Spelled out as "${spelled}" on line ${doc.positionAt(def!.at).line + 1}.`);
  else if (def?.named) lines.push(`Named on line ${doc.positionAt(def.at).line + 1}.`);
  else if (def) lines.push(`Defined in parentheses on line ${doc.positionAt(def.at).line + 1}.`);
  else if (i.exempt) lines.push('Well known: needs no expansion.');
  else lines.push('Not spelled out in this release.');
  if (i.known && i.known !== spelled) lines.push(`Known expansion: ${i.known}.`);
  return { heading: i.short, lines };
}
