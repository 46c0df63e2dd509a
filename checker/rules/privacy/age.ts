import { Block, ReleaseDocument } from '../../document/model';
import { ParagraphReading, perParagraph } from '../../engine/cache';
import { DEATH, HISTORY_YEAR, sentenceAround, storyBlocks, tellsOfDeath } from '../../analysis/privacy';
import { MONTH_AP_STEMS, MONTH_NAMES } from '../../data/months';
import { Rule } from '../../types';

const MONTH = `(?:${[...MONTH_NAMES, ...MONTH_AP_STEMS].join('|')})\\.?`;
/** `Jane Doe, 23,` / `Doe, 23, of Dayton`: an age set off after a name (two capitalized words). */
const AGE_AFTER_NAME = /(?<![\w'’-])[A-Z][a-z'’-]+(?:[ \u00a0][A-Z]\.)?[ \u00a0][A-Z][a-z'’-]+(?:[ \u00a0](?:Jr|Sr)\.?|[ \u00a0](?:II|III|IV))?,[ \u00a0](\d{2})(?=,|[ \u00a0]of\b)/g;
/** `the 23-year-old Soldier`, `a 19-year-old from Ohio`, `age 23`. */
const YEARS_OLD = /\b(\d{1,2})-year-old(?=[ \u00a0](?:[Ss]oldier|[Ss]ailor|[Aa]irman|[Mm]arine|[Gg]uardian|[Cc]oast [Gg]uardsman|service member|man|woman|pilot|officer|sergeant|specialist|private|corporal|captain|lieutenant|medic|mechanic|recruit|cadet|midshipman|veteran|native|student|graduate|mother|father|[A-Z][a-z]+\.?[ \u00a0][A-Z])|,)|\b(?:aged?|Age)[ \u00a0](\d{2})\b(?![ \u00a0-](?:and (?:up|older|over)|or (?:older|over)|to \d|through|groups?|range))/g;
/** `born March 3, 1998`, `born in 1998`, `date of birth`. */
const BORN = new RegExp(`\\bborn[ \\u00a0](?:on[ \\u00a0])?${MONTH}[ \\u00a0]\\d{1,2}(?:,[ \\u00a0](?:19|20)\\d\\d)?|\\bborn[ \\u00a0]in[ \\u00a0](?:${MONTH}[ \\u00a0])?(?:19[5-9]\\d|20\\d\\d)\\b|\\b(?:date of birth|birth ?date|DOB)\\b`, 'g');
/** `A`/`an` opening the sentence or following a verb, not a name's appositive comma (`Doe, a 23-year-old`). */
const ANONYMOUS_BEFORE = /(?:^|[.!?]["”’]?[ \u00a0]+|[—–][ \u00a0]*|[ \u00a0]-[ \u00a0]+|["“(][ \u00a0]*|\b[a-z]+[ \u00a0]+)(?:[Aa]n?|[Oo]ne)[ \u00a0]$/;
/** A relative's age belongs to privacy/family-details. */
const RELATIVE_BEFORE = /\b(?:wife|husband|spouse|son|daughter|child|children|kids|twins|fianc[eé]e?)s?,?[ \u00a0]$/;

const AGES: ParagraphReading<Array<{ start: number; end: number }>> = {
  name: 'privacy-ages',
  ownStrings: true,
  context: () => '',
  read(doc: ReleaseDocument, block: Block) {
    const t = doc.blockText(block);
    const out: Array<{ start: number; end: number }> = [];
    if (!/\d|birth|DOB/.test(t)) return out;
    const add = (start: number, end: number): void => {
      const s = sentenceAround(t, { start: 0, end: t.length }, start, end);
      const sentence = t.slice(s.start, s.end);
      // A historical figure, or the deceased of the sentence.
      if (HISTORY_YEAR.test(sentence) || DEATH.test(sentence)) return;
      out.push({ start, end });
    };
    for (const re of [AGE_AFTER_NAME, YEARS_OLD, BORN]) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(t)) !== null) {
        if (re === AGE_AFTER_NAME) {
          const age = Number(m[1]);
          if (age < 17 || age > 99 || RELATIVE_BEFORE.test(t.slice(Math.max(0, m.index - 20), m.index))) continue;
          const at = m.index + m[0].length - m[1].length;
          add(at, at + m[1].length);
        } else {
          // `A 67-year-old man was hoisted aboard`: an unnamed member of the public, not in apposition
          // to a name (`Doe, a 23-year-old medic`), is nobody's private detail.
          if (re === YEARS_OLD && /^[ \u00a0](?:man|woman)\b/.test(t.slice(m.index + m[0].length)) && ANONYMOUS_BEFORE.test(t.slice(Math.max(0, m.index - 40), m.index))) continue;
          add(m.index, m.index + m[0].length);
        }
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

export const rule: Rule = {
  id: 'privacy/age',
  family: 'privacy',
  description: 'The age or birth date of a living person (Sgt. Jane Doe, 23,): a hint that it needs the person\'s consent.',
  defaultSeverity: 'hint',
  scope: 'document',
  why: 'DoD guidance for public affairs: a living service member\'s age and date of birth are releasable only with the member\'s consent (AP style gives ages, so drafts often carry them). After a death, once the next of kin have been told, the age is part of the casualty release; a historical figure\'s age is history. Copydesk points it out for a person to decide; the security and policy review (DoD Instruction 5230.09) still applies.',
  right: 'Sgt. Jane Doe, of Dayton, Ohio, led the convoy.',
  wrong: 'Sgt. Jane Doe, 23, of Dayton, Ohio, led the convoy.',
  fixable: false,
  check(doc, ctx) {
    if (tellsOfDeath(doc)) return;
    for (const block of storyBlocks(doc)) {
      for (const a of perParagraph(doc, AGES, block)) {
        ctx.report({ start: block.start + a.start, end: block.start + a.end, message: 'An age or birth date of a living person needs the person\'s consent: keep it only if it was given.' });
      }
    }
  },
};
