import { Rule } from '../../types';
import { Block, ReleaseDocument } from '../../document/model';
import { ACCEPTED_ATTRIBUTION, LOADED_ALWAYS_SPEECH, LOADED_ONLY_WITH_QUOTE, LOADED_THAT_WITH_PERSON, LOADED_VERBS, SPEAKER_ROLES_PLURAL, SPEAKER_ROLES_SINGULAR } from '../../data/attribution';
import { NOT_NAMES } from '../../lex/text';
import { NOT_PERSON } from '../../data/ranks';
import { invertedSpeaker, isPossessive, isPronounSpeaker, paraphraseBefore, phraseAlternation, quoteClosingBefore, quoteOpeningAfter } from '../../analysis/attribution';
import { rankMentions } from '../../analysis/rank';

/** `the commander`, `The unit's commander`, `her spokesman`: a person named by a role. */
const ROLE = `(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur) (?:[a-z]+(?:['’]s)? )?(?:${[...SPEAKER_ROLES_SINGULAR, ...SPEAKER_ROLES_PLURAL].join('|')})`;
const SPEAKER = `(?:${ROLE}|[A-Z][A-Za-z'’.-]+|he|she|they|He|She|They|[a-z]+ (?:spokesman|spokeswoman|spokesperson|officials?|commander|secretary))`;
const VERBS = phraseAlternation(LOADED_VERBS.map((v) => v.past));
const LOADED = new RegExp(`\\b(${SPEAKER})\\s+(${VERBS})\\b|\\b(${VERBS})\\s+(${SPEAKER})\\b`, 'g');
/** A verb of the list anywhere in a paragraph: every match of LOADED holds one, so paragraphs without one are skipped. */
const ANY_VERB = new RegExp(`\\b(?:${VERBS})`);

export const rule: Rule = {
  id: 'attribution/loaded-verb',
  family: 'attribution',
  description: 'An attribution verb other than "said" (stated, claimed, noted, ...).',
  defaultSeverity: 'warning',
  scope: 'neighbours',
  why: 'AP: "said" is neutral and almost always the right verb. Verbs like "claimed", "admitted" or "insisted" editorialize; "stated" and "declared" are stiff.',
  right: '"We will continue to support Iraq," Carter said.',
  wrong: '"We will continue to support Iraq," Carter stated.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    const re = LOADED;
    for (const block of doc.bodyBlocks) {
      if (!ANY_VERB.test(doc.blockText(block))) continue;
      re.lastIndex = block.start;
      const slice = text.slice(0, block.end);
      let m: RegExpExecArray | null;
      while ((m = re.exec(slice)) !== null) {
        const speakerFirst = m[2] !== undefined;
        const rawVerb = speakerFirst ? m[2] : m[3];
        const verb = rawVerb.replace(/\s+/g, ' ');
        const verbStart = speakerFirst ? m.index + m[0].length - m[2].length : m.index;
        const verbEnd = verbStart + rawVerb.length;
        const speaker = speakerFirst ? m[1] : m[4];
        const speakerStart = speakerFirst ? m.index : m.index + m[0].length - m[4].length;
        // `declared Staff Sgt. Jane Doe`, `stated Army Col. Ann Lee`: a rank (or a service and rank) starts the name.
        const ranked = !speakerFirst && rankMentions(doc).some((r) => r.start === speakerStart || r.service?.start === speakerStart);
        if (NOT_NAMES.has(speaker) && !isPronounSpeaker(speaker) && !ranked) continue;
        if (isPossessive(speaker)) continue;
        if (!isAttribution(doc, block, m.index, m.index + m[0].length, verbEnd, verb, speakerFirst, speaker)) continue;
        if (verb === 'added' && !isFirstParagraphOfQuote(doc, block, verbStart)) continue; // AP allows "added" in a later paragraph
        // `"…," explained Carter.` becomes `Carter said.` in one step (see attribution/verb-before-name).
        const swap = speakerFirst ? undefined : invertedSpeaker(doc, block, verbEnd);
        const end = swap ? swap.end : verbEnd;
        const newText = swap ? `${text.slice(swap.start, swap.end)} said` : 'said';
        ctx.report({
          start: verbStart,
          end,
          message: `Use "said" instead of "${verb}" for attribution${swap ? ', with the speaker first' : ''}.`,
          fix: { title: `Change to "${newText}"`, edits: [{ start: verbStart, end, newText }] },
        });
      }
    }
  },
};

/**
 * Whether speaker + verb attribute speech. Many of these verbs have ordinary senses
 * (`ISIL claimed responsibility`, `Obama declared an emergency`, `he explained the plan`), so the
 * verb must sit against a quotation (`"…," Carter stated` / `Carter stated, "…"`), or introduce a
 * `that` clause (not for verbs that are everyday English), or be a verb that only means speech.
 */
function isAttribution(doc: ReleaseDocument, block: Block, start: number, end: number, verbEnd: number, verb: string, speakerFirst: boolean, speaker: string): boolean {
  if (quoteClosingBefore(doc, start, block) || quoteOpeningAfter(doc, end, block)) return true;
  if (paraphraseTail(doc, block, start, verbEnd, speakerFirst)) return true;
  if (!speakerFirst) return false;
  if (LOADED_ALWAYS_SPEECH.has(verb)) return true;
  if (!/^\s+that\b/.test(doc.text.slice(verbEnd, verbEnd + 8))) return false;
  if (!LOADED_ONLY_WITH_QUOTE.has(verb)) return true;
  // `that year`, `that day`: a time, not a clause.
  if (THAT_TIME.test(doc.text.slice(verbEnd, verbEnd + 20))) return false;
  // `Smith explained that …`, `He noted that …`: speech when a person speaks (`the report noted that` is not).
  return LOADED_THAT_WITH_PERSON.has(verb) && isPersonSpeaker(doc, start, speaker);
}

/** A pronoun, a role (`the commander`) or a name not led by `the` (`the Pentagon noted that`) nor in capitals (`NATO`). */
const THAT_TIME = /^\s+that\s+(?:year|day|week|month|time|morning|afternoon|evening|night|summer|spring|fall|winter|season|decade)\b/;

/** Organizations that make statements in military copy, besides the organization words of NOT_PERSON. */
const ORGANIZATIONS: ReadonlySet<string> = new Set([
  'Pentagon', 'Congress', 'Boeing', 'Raytheon', 'Grumman', 'Lockheed', 'Leidos', 'Huntington', 'Ingalls', 'Department',
  'Ministry', 'Embassy', 'Government', 'Navy', 'Army', 'Marines', 'Guard', 'Force', 'Report', 'Study', 'Survey', 'Memo',
]);

function isPersonSpeaker(doc: ReleaseDocument, start: number, speaker: string): boolean {
  if (isPronounSpeaker(speaker)) return true;
  // `the commander`, `agency officials`; not `which officials` (a relative clause).
  if (/ /.test(speaker)) return !/^(?:which|that|who|whom|whose|what|where|when|as)\b/i.test(speaker);
  if (/^[A-Z]{2,}$/.test(speaker) || /[.]$/.test(speaker)) return false;
  // `General Dynamics noted that`, `Lockheed Martin Corporation explained that`: an organization.
  if (NOT_PERSON.has(speaker) || ORGANIZATIONS.has(speaker)) return false;
  return !/\b[Tt]he\s+$/.test(doc.text.slice(Math.max(0, start - 5), start));
}

/**
 * The attribution ends a sentence of paraphrase after a comma: `The unit trained for weeks, Lopez
 * remarked.` or `…, remarked Lopez.` (at least four words of the sentence before the comma).
 */
function paraphraseTail(doc: ReleaseDocument, block: Block, start: number, verbEnd: number, speakerFirst: boolean): boolean {
  if (!paraphraseBefore(doc, block, start)) return false;
  let after = verbEnd;
  if (!speakerFirst) {
    const subject = invertedSpeaker(doc, block, verbEnd);
    if (!subject) return false;
    after = subject.end;
  }
  return /^[.!?](?:\s|$)/.test(doc.text.slice(after, after + 2)) || after === block.end;
}

const EARLIER_ATTRIBUTION = new RegExp(`\\b(?:${[...ACCEPTED_ATTRIBUTION, ...LOADED_VERBS.flatMap((v) => [v.past, v.present]), 'says'].filter((v) => v !== 'added' && v !== 'adds').join('|')})\\b`);

/** "added" is fine when the speaker was already attributed earlier in the paragraph or in the one before. */
function isFirstParagraphOfQuote(doc: ReleaseDocument, block: Block, at: number): boolean {
  const before = doc.text.slice(block.start, at);
  // Any attribution earlier in the paragraph, even with a verb this rule also flags (`Carter stated. He added`).
  if (EARLIER_ATTRIBUTION.test(before)) return false;
  // The previous paragraph quoted or paraphrased someone: "added" continues their remarks.
  const { prev } = doc.bodyNeighbours(block);
  return prev === undefined || !/["“”]|\b(?:said|told)\b/.test(doc.text.slice(prev.start, prev.end));
}
