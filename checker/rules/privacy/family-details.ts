import { Block, ReleaseDocument } from '../../document/model';
import { ParagraphReading, perParagraph } from '../../engine/cache';
import { HISTORY_YEAR, sentenceAround, storyBlocks, tellsOfDeath } from '../../analysis/privacy';
import { Rule } from '../../types';

const RELATION = "wife|husband|spouse|fianc[eé]e?|girlfriend|boyfriend|sons?|daughters?|child|children|kids|stepsons?|stepdaughters?|twins";
/** Whose relative: a possessive pronoun or a name's possessive (`Doe's wife`). */
const OWNER = "\\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][a-z'’-]+['’]s?)";
/**
 * A relative of a living member: `his wife, Jane,`, `her husband John`, `their two children, ages 4
 * and 7`, `his son, Michael, 6`. Groups: 1 the relation, 2 a name after it, 3 ages after it.
 */
const RELATIVE = new RegExp(
  `${OWNER}[ \\u00a0](?:(?:two|three|four|five|six|\\d|young|infant|newborn|baby|teenage|adult|eldest|oldest|youngest|older|younger|twin|new)[ \\u00a0]){0,2}(${RELATION})\\b(?![ \\u00a0-](?:care|development|centers?|programs?|youth|nations?|units?|forces?|commands?|services?|support)\\b)(?:,?[ \\u00a0]((?:(?:Army|Navy|Air Force|Marine Corps|Marine|Coast Guard|Space Force)[ \\u00a0])?(?:(?:Pvt|Pfc|Spc|Cpl|Sgt|Staff Sgt|Sgt\\. 1st Class|Master Sgt|1st Sgt|Sgt\\. Maj|Lt|1st Lt|2nd Lt|Capt|Maj|Lt\\. Col|Col|Cmdr|Lt\\. Cmdr|Petty Officer(?: [123](?:st|nd|rd) Class)?|Chief Petty Officer|Airman|Senior Airman|Tech\\. Sgt|Chief Warrant Officer \\d|Warrant Officer|Seaman|Lance Cpl|Gunnery Sgt)\\.?[ \\u00a0])?(?!(?:and|or|who|was|is|are|were|will|has|had|also|in|on|at|to|for|of|said|says)\\b)[A-Z][a-z'’-]+(?:[ \\u00a0][A-Z][a-z'’-]+)?)|,?[ \\u00a0]((?:ages?|aged)[ \\u00a0]\\d{1,2}(?:(?:,[ \\u00a0]\\d{1,2})*,?[ \\u00a0](?:and|&)[ \\u00a0]\\d{1,2})?))?`,
  'g',
);

/** Words that put the relatives at the event, where they are seen anyway. */
const AT_THE_EVENT = /\b(?:attended|attend|attending|looked on|look on|watched|watching|pinned|pinning|pin on|joined by|joined|including|in front of|alongside|accompanied|present|surrounded|cheered|greeted|welcomed|reunited|hugged|embraced)\b/;

/** A name that opens with a service or a rank (`Army Capt. Dana Lee`). */
const RANKED = /^(?:Army|Navy|Air Force|Marine|Coast Guard|Space Force|Pvt|Pfc|Spc|Cpl|Sgt|Staff|Master|1st|2nd|Lt|Capt|Maj|Col|Cmdr|Petty|Chief|Airman|Senior|Tech|Warrant|Seaman|Lance|Gunnery)\b/;

interface Relative {
  start: number;
  end: number;
  /** A name or ages is given (a warning), or only the relation (a hint). */
  detail: boolean;
  relation: string;
}

/** The relatives a paragraph names, relative to its start (skipping historical sentences). */
const RELATIVES: ParagraphReading<Relative[]> = {
  name: 'privacy-relatives',
  ownStrings: true,
  context: () => '',
  read(doc: ReleaseDocument, block: Block) {
    const t = doc.blockText(block);
    const out: Relative[] = [];
    if (!/(?:wife|husband|spouse|fianc|friend|son|daughter|child|kids|twins)/.test(t)) return out;
    RELATIVE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RELATIVE.exec(t)) !== null) {
      const s = sentenceAround(t, { start: 0, end: t.length }, m.index, m.index + m[0].length);
      const sentence = t.slice(s.start, s.end);
      if (HISTORY_YEAR.test(sentence)) continue;
      // A relative who serves and is named with a rank is a service member in the story: a hint.
      const serving = m[2] !== undefined && RANKED.test(m[2]);
      const detail = (m[2] !== undefined && !serving) || m[3] !== undefined;
      // Family at the ceremony (`in front of … his wife and two daughters`, `her husband pinned on`) is routine published copy.
      if (!detail && AT_THE_EVENT.test(sentence)) continue;
      // `his son, Michael, 6,`: the name's age is part of the same detail.
      let end = m.index + m[0].length;
      if (m[2]) end += /^,[ \u00a0]\d{1,2}(?=[,)]| (?:and|or)\b)/.exec(t.slice(end))?.[0].length ?? 0;
      out.push({ start: m.index, end, detail, relation: m[1] });
    }
    return out;
  },
};

export const rule: Rule = {
  id: 'privacy/family-details',
  family: 'privacy',
  description: 'Family details of a living service member: a spouse or child named or with their age (a hint when only the relation is named).',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'DoD guidance for public affairs: marital status and family members of a living service member are not releasable without their consent. Names and ages of a spouse or children tell anyone where a family can be found while the member is away. After a death, once the next of kin have been told, the family is part of the story. Copydesk points it out for a person to decide; the security and policy review (DoD Instruction 5230.09) still applies.',
  right: 'Staff Sgt. John Smith thanked the families who supported the battalion during the deployment.',
  wrong: 'Staff Sgt. John Smith thanked his wife, Jane, and their two children, ages 4 and 7.',
  fixable: false,
  check(doc, ctx) {
    // A story of a death (an obituary, a memorial) names the family by design.
    if (tellsOfDeath(doc)) return;
    for (const block of storyBlocks(doc)) {
      for (const r of perParagraph(doc, RELATIVES, block)) {
        const start = block.start + r.start;
        const end = block.start + r.end;
        ctx.report(
          r.detail
            ? { start, end, message: 'Family details of a living service member (a name or an age) need the family\'s consent: leave them out unless it was given.' }
            : { start, end, severity: 'hint', message: `A living member's ${r.relation} is a family detail: keep it only with consent.` },
        );
      }
    }
  },
};
