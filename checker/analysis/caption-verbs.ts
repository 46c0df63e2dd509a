/**
 * The main verb of a caption's first sentence, read cautiously: a verb in the past tense
 * (`Soldiers fired a round`, `Sailors were aboard`) and a passive (`A round is fired by Soldiers`).
 * Participles that describe the subject (`Soldiers assigned to …`, `Marines deployed with …`) and
 * verbs of clauses inside the sentence (`who trained …`, `after they completed …`) are not the main
 * verb. Where the reading is unsure it finds nothing.
 */
import { Block, ReleaseDocument } from '../document/model';
import { ParagraphReading, perParagraph } from '../engine/cache';
import { Caption, firstSentenceEnd, paragraphCaption, Span } from './caption';

export interface VerbReading {
  past?: Span & { text: string };
  passive?: Span & { text: string };
}

/** Irregular past forms that are never participles (`took`, not `taken`): past whatever follows. */
const PAST_ONLY = new Set(['took', 'gave', 'spoke', 'ran', 'flew', 'drove', 'threw', 'began', 'wrote', 'rode', 'swam', 'went', 'came', 'became', 'ate', 'sang', 'wore', 'chose', 'froze', 'broke', 'tore', 'forgot', 'drew', 'grew', 'knew', 'blew', 'fell', 'withdrew', 'undertook', 'oversaw']);
/** Irregular past forms that are not also present forms or common nouns. */
const IRREGULAR_PAST = new Set([
  'took', 'gave', 'spoke', 'met', 'ran', 'led', 'held', 'flew', 'drove', 'shot', 'threw', 'began', 'made', 'sent', 'won', 'fought',
  'told', 'taught', 'brought', 'caught', 'stood', 'sat', 'wrote', 'rode', 'swam', 'saw', 'went', 'came', 'became', 'paid', 'got',
  'built', 'kept', 'left', 'knelt', 'climbed', 'dug', 'hung', 'fed', 'sang', 'wore', 'rose', 'chose', 'froze', 'bore', 'tore', 'broke', 'spent', 'lit',
]);
/** Past participles of irregular verbs, for the passive (`is shown by`, `are led by`). */
const IRREGULAR_PARTICIPLE = new Set([
  'shown', 'seen', 'given', 'taken', 'held', 'driven', 'flown', 'thrown', 'shot', 'led', 'hit', 'struck', 'met', 'greeted', 'built', 'made',
  'brought', 'caught', 'taught', 'told', 'sent', 'kept', 'worn', 'written', 'ridden', 'fed', 'lifted', 'carried',
]);
/** Words in -ed that are no verbs in the past tense before an object. */
const NOT_PAST = new Set(['red', 'bed', 'led', 'fed', 'shed', 'sled', 'wed', 'armed', 'combined', 'unmanned', 'manned', 'advanced', 'joint', 'based', 'need', 'speed', 'feed', 'seed', 'weed', 'deed', 'breed', 'bleed', 'proceed', 'exceed', 'succeed', 'hundred', 'kindred', 'naked', 'wicked', 'sacred', 'rugged', 'ragged', 'beloved', 'aged', 'tired', 'retired', 'noted', 'detailed', 'dedicated', 'distinguished', 'unidentified', 'simulated', 'automated', 'integrated', 'specialized', 'guided', 'unmanned', 'armored', 'mechanized', 'motorized', 'dismounted', 'embarked', 'forward-deployed', 'deployed', 'assigned', 'attached', 'stationed', 'based', 'selected', 'qualified', 'certified', 'licensed', 'trained', 'experienced', 'skilled', 'wounded', 'injured', 'fallen', 'enlisted', 'commissioned', 'noncommissioned']);
/** What a verb's object opens with. */
const OBJECT = /^(?:a|an|the|their|his|her|its|our|two|three|four|five|six|seven|eight|nine|ten|several|multiple|each|one|some|various|more|[0-9][\w.,-]*)$/;
/** Words that open a clause inside the sentence: its verbs are not the main verb. */
const CLAUSE = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when', 'while', 'after', 'before', 'because', 'since', 'until', 'as', 'during', 'if', 'once', 'they', 'he', 'she', 'we', 'it', 'following']);
/** Words before a form in -ed that make it no main verb in the past tense. */
const NOT_AFTER = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'to', 'the', 'a', 'an', 'and', 'or', 'newly', 'recently', 'previously', 'specially', 'highly', 'well', 'not', 'get', 'gets', 'got']);

/** Prepositions after a participle that make it an action done to the subject (`is lowered from`). */
const MOVED = /^(?:from|onto|into|over|across|through|down|off|toward|towards)$/;
/** Participles that describe where or what the subject is (`are stationed`, `is based`), never read as a passive. */
const NOT_PASSIVE = new Set(['assigned', 'attached', 'stationed', 'based', 'located', 'deployed', 'embarked', 'equipped', 'positioned', 'scheduled', 'slated', 'tasked', 'trained', 'qualified', 'certified', 'dressed', 'armed', 'silhouetted']);

const WORD = /[A-Za-z][A-Za-z'’-]*/g;

function readVerbs(t: string, first: Span): VerbReading {
  const out: VerbReading = {};
  const words: Array<{ text: string; start: number; end: number }> = [];
  // Skip text in parentheses and quotations (a hull number, a quoted title).
  // Only the sentence's first 600 characters are read (its main verb is near its start); bounded
  // patterns keep a paragraph of unclosed marks linear.
  const sentence = t.slice(first.start, Math.min(first.end, first.start + 600)).replace(/\([^()]{0,200}\)|["“][^"”]{0,300}["”]/g, (s) => ' '.repeat(s.length));
  for (const m of sentence.matchAll(WORD)) words.push({ text: m[0], start: first.start + (m.index ?? 0), end: first.start + (m.index ?? 0) + m[0].length });
  for (let i = 0; i < words.length && i < 60; i++) {
    const w = words[i].text;
    const lower = w.toLowerCase();
    if (CLAUSE.has(lower) && w === lower) break;
    if (w !== lower) continue;
    const prev = words[i - 1]?.text.toLowerCase();
    const next = words[i + 1]?.text;
    // Passive: `is fired by`, `are greeted by`, `was presented with … by` is not read.
    if ((lower === 'is' || lower === 'are' || lower === 'was' || lower === 'were') && i > 0) {
      let j = i + 1;
      if (words[j] && /ly$/.test(words[j].text)) j++;
      const part = words[j]?.text;
      const after = words[j + 1];
      const adjacent = after !== undefined && /^\s+$/.test(t.slice(words[j].end, after.start));
      if (part && (/^[a-z]{3,}ed$/.test(part) || IRREGULAR_PARTICIPLE.has(part)) && !NOT_PASSIVE.has(part) && adjacent) {
        // `is fired by`, and a movement done to the subject (`is lowered from`, `are hoisted into`);
        // a state (`are assigned to`, `is located in`, `are equipped with`) is no passive here.
        if (after.text === 'by') out.passive = { start: words[i].start, end: after.end, text: t.slice(words[i].start, after.end) };
        else if (MOVED.test(after.text)) out.passive = { start: words[i].start, end: words[j].end, text: t.slice(words[i].start, words[j].end) };
      }
      if (lower === 'was' || lower === 'were') out.past = { start: words[i].start, end: words[i].end, text: w };
      break;
    }
    const isPast = PAST_ONLY.has(lower) || IRREGULAR_PAST.has(lower) || (/^[a-z]{3,}ed$/.test(lower) && !NOT_PAST.has(lower));
    if (!isPast || i === 0 || (prev !== undefined && NOT_AFTER.has(prev))) continue;
    if (!PAST_ONLY.has(lower) && (next === undefined || !OBJECT.test(next))) continue;
    out.past = { start: words[i].start, end: words[i].end, text: w };
    break;
  }
  return out;
}

const FIRST_SENTENCE_VERBS: ParagraphReading<VerbReading> = {
  name: 'caption-verbs',
  ownStrings: true,
  context: () => '',
  read(doc: ReleaseDocument, block: Block) {
    const t = doc.blockText(block);
    const own = paragraphCaption(doc, block);
    const end = t.trimEnd().length;
    const first = own && !own.trailer ? own.first : { start: 0, end: firstSentenceEnd(t, 0, end) };
    return readVerbs(t, first);
  },
};

/** The past-tense main verb and the passive of a caption's first sentence, absolute offsets. */
export function firstSentenceVerbs(doc: ReleaseDocument, caption: Caption): VerbReading {
  const r = perParagraph(doc, FIRST_SENTENCE_VERBS, caption.block);
  const by = caption.block.start;
  return {
    ...(r.past ? { past: { ...r.past, start: r.past.start + by, end: r.past.end + by } } : {}),
    ...(r.passive ? { passive: { ...r.passive, start: r.passive.start + by, end: r.passive.end + by } } : {}),
  };
}
