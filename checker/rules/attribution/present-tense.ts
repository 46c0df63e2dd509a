import { Report, Rule } from '../../types';
import { ParagraphReading, perParagraph } from '../../engine/cache';
import { Block, ReleaseDocument } from '../../document/model';
import { SPEAKER_ROLES_PLURAL, SPEAKER_ROLES_SINGULAR } from '../../data/attribution';
import { CREDIT_LINE, NOT_NAMES, shiftFix } from '../../lex/text';
import { invertedSpeaker, isPossessive, quoteClosingBefore, quoteInSentence, quoteOpeningAfter } from '../../analysis/attribution';

/** Words before a speaker that make `says` generic rather than attribution (`what he says`, `as they say`). */
const GENERIC_BEFORE = new Set(['what', 'whatever', 'as', 'if', 'whether', 'how', 'than', 'when', 'whenever', 'unless', 'because', 'until', 'who', 'anything', 'everything']);
/** Determiners that turn a capitalized word into a thing or an organization (`the Constitution says`, `the Pentagon says`). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'each', 'every', 'The', 'A', 'An', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our']);
/** `says goodbye`, `says a prayer`: the verb of a ritual, not of attribution. */
const NOT_SPEECH_AFTER = /^\s+(?:goodbye|good-bye|farewell|hello|thanks|grace|a prayer|a few words)\b/;
const SINGULAR = new Set(SPEAKER_ROLES_SINGULAR);
const PLURAL = new Set(SPEAKER_ROLES_PLURAL);

export const rule: Rule = {
  id: 'attribution/present-tense',
  family: 'attribution',
  description: 'Attribution in the present tense ("Carter says") instead of "said".',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'AP: news attribution is past tense; "said" reports what was said at a known time. Headlines use the present tense, so they are not checked.',
  right: '"We will win," Carter said.',
  wrong: '"We will win," Carter says.',
  fixable: true,
  check(doc, ctx) {
    const found: Report[] = [];
    let pastCount = 0;
    for (const block of doc.bodyBlocks) {
      const read = perParagraph(doc, PARAGRAPH_TENSES, block);
      pastCount += read.past;
      for (const r of read.found) found.push(shiftReport(r, block.start));
    }
    // A feature written in the present tense throughout is a deliberate choice: point it out quietly.
    const consistentFeature = pastCount === 0 && found.length >= 2;
    for (const r of found) {
      if (consistentFeature) {
        r.severity = 'hint';
        r.message += ' (the whole release uses present-tense attribution: fine in a feature, not in news)';
      }
      ctx.report(r);
    }
  },
};

/** A body paragraph's present-tense attributions (relative to its start) and its count of past-tense ones: they depend on its text and quotations. */
const PARAGRAPH_TENSES: ParagraphReading<{ past: number; found: Report[] }> = {
  name: 'attribution-tenses',
  context: (doc, block) => doc.quoteSignature(block),
  read(doc, block) {
    const { past, found } = readParagraph(doc, block);
    return { past, found: found.map((r) => shiftReport(r, -block.start)) };
  },
};

/** One paragraph's present-tense attributions and its count of past-tense ones. */
function readParagraph(doc: ReleaseDocument, block: Block): { past: number; found: Report[] } {
  const text = doc.text;
  const found: Report[] = [];
  const past = countPast(doc, block);
  const slice = text.slice(0, block.end);
  // Photo captions are written in the present tense (`Carter says goodbye to troops …`).
  if (CREDIT_LINE.test(slice.slice(block.start))) return { past, found };
  const verbRe = /\b(says|say|Says)\b/g;
  verbRe.lastIndex = block.start;
  let m: RegExpExecArray | null;
  while ((m = verbRe.exec(slice)) !== null) {
    const start = m.index;
    const end = start + m[1].length;
    if (NOT_SPEECH_AFTER.test(text.slice(end, Math.min(block.end, end + 12)))) continue;
    const before = speakerBefore(doc, block, start, m[1]);
    if (!before && !speakerAfter(doc, block, start, end, m[1])) continue;
    const said = m[1] === 'Says' ? 'Said' : 'said';
    // `"…," says Carter.` becomes `Carter said.` in one step (see attribution/verb-before-name).
    const swap = before || m[1] === 'Says' ? undefined : invertedSpeaker(doc, block, end);
    const spanEnd = swap ? swap.end : end;
    const newText = swap ? `${text.slice(swap.start, swap.end)} said` : said;
    found.push({
      start,
      end: spanEnd,
      message: `Attribution is past tense in news copy: use "${said}" instead of "${m[1]}"${swap ? ', with the speaker first' : ''}.`,
      fix: { title: `Change to "${newText}"`, edits: [{ start, end: spanEnd, newText }] },
    });
  }
  return { past, found };
}

function shiftReport(r: Report, by: number): Report {
  const out: Report = { ...r, start: r.start + by, end: r.end + by };
  if (r.fix) out.fix = shiftFix(r.fix, by);
  return out;
}

/** `Carter says`, `he says`, `the secretary says`, `officials say`. */
function speakerBefore(doc: ReleaseDocument, block: Block, verbStart: number, verb: string): boolean {
  const before = doc.text.slice(Math.max(block.start, verbStart - 60), verbStart);
  const words = before.split(/\s+/).filter((w) => w !== '').map((w) => w.replace(/^["“(]/, ''));
  if (words.length === 0 || !/\s$/.test(before)) return false;
  const last = words[words.length - 1];
  // `Officials say …` opening a sentence is the role noun, capitalized.
  const word = /^[A-Z][a-z]+$/.test(last) && (SINGULAR.has(last.toLowerCase()) || PLURAL.has(last.toLowerCase())) ? last.toLowerCase() : last;
  const prev = words.length > 1 ? words[words.length - 2] : undefined;
  // `what Carter says`, `what the general says`
  if (words.slice(-3, -1).some((w) => GENERIC_BEFORE.has(w.toLowerCase()))) return false;
  const plural = verb === 'say';
  if (/^(?:he|she|He|She)$/.test(word)) return !plural;
  if (/^(?:they|They)$/.test(word)) return plural && nextToQuote(doc, block, verbStart, verb);
  if (/^[a-z]+$/.test(word)) {
    if (plural ? !PLURAL.has(word) : !SINGULAR.has(word)) return false;
    // `officials say` stands alone; `the secretary says` needs its article (not `Defense secretary says` in a list).
    return plural || (prev !== undefined && /^(?:the|The)$/.test(prev)) || nextToQuote(doc, block, verbStart, verb);
  }
  // A person's name: capitalized, not possessive, not a thing behind an article.
  if (plural || !/^[A-Z][A-Za-z'’-]*[a-z]$/.test(word) || isPossessive(word)) return false;
  if (NOT_NAMES.has(word)) return false;
  if (prev !== undefined && DETERMINERS.has(prev)) return false;
  return true;
}

/** `"…," says Carter.` The inverted order is attribution only right after a quotation. */
function speakerAfter(doc: ReleaseDocument, block: Block, verbStart: number, verbEnd: number, verb: string): boolean {
  if (!quoteClosingBefore(doc, verbStart, block)) return false;
  const after = /^\s+(?:the\s+)?([A-Za-z][A-Za-z'’.-]*)/.exec(doc.text.slice(verbEnd, Math.min(block.end, verbEnd + 40)));
  if (!after) return false;
  const word = after[1];
  if (/^[A-Z]/.test(word)) return !NOT_NAMES.has(word) || /^(?:He|She|They)$/.test(word);
  return verb === 'say' ? PLURAL.has(word) || word === 'they' : SINGULAR.has(word) || word === 'he' || word === 'she';
}

function nextToQuote(doc: ReleaseDocument, block: Block, verbStart: number, verb: string): boolean {
  return quoteInSentence(doc, verbStart, block) || quoteOpeningAfter(doc, verbStart + verb.length, block) !== undefined;
}

/** Past-tense attributions outside quotations, to tell a present-tense feature from a slip. */
function countPast(doc: ReleaseDocument, block: Block): number {
  let n = 0;
  const re = /\b(?:said|told)\b/g;
  const slice = doc.text.slice(0, block.end);
  re.lastIndex = block.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) if (!doc.inQuote(m.index)) n++;
  return n;
}
