/**
 * Movements in time, shared by the `opsec/…` rules (STYLE.md section 6): a movement verb (deploy,
 * depart, arrive, transit, redeploy, move, fly, sail, embark) and a time in the same sentence, and
 * whether that time is in the future. "Future" is measured from the release's own date, else the
 * `releaseDate` setting, else the day of the check (passed in as `today`); with none of them, a
 * written date counts as future only when the verb says so (`will deploy Nov. 3`).
 */
import { ReleaseDocument } from '../document/model';
import { MONTH_AP_STEMS, MONTH_BY_NAME, MONTH_NAMES, MONTH_VARIANTS, WEEKDAYS } from '../data/months';
import { Day, ResolvedOptions } from '../types';
import { HISTORY_YEAR } from './privacy';
import { isSentenceEnd } from '../lex/text';

/** The day "future" is measured from, if any. */
export function referenceDay(doc: ReleaseDocument, options: ResolvedOptions): Day | undefined {
  return doc.releaseDate ?? options.releaseDate ?? options.today;
}

const VERB = '(?:deploy|depart|arrive|transit|redeploy|move|fly|sail|embark)';
const VERB_S = '(?:deploys|departs|arrives|transits|redeploys|moves|flies|sails|embarks)';
const VERB_ING = '(?:deploying|departing|arriving|transiting|redeploying|moving|flying|sailing|embarking)';
/**
 * A movement verb in the future (`will deploy`, `is scheduled to depart`, `plans to sail`) or the
 * present that news copy uses for a scheduled event (`departs`, `is deploying`), or a movement
 * noun (`the deployment begins`). Group 1: the future forms, 2: the present, 3: the noun.
 */
export const MOVEMENT = new RegExp(
  `\\b(will[ \\u00a0](?:(?:also|then|soon|now|again|first|likely|not|be|then)[ \\u00a0]){0,2}(?:${VERB}|be[ \\u00a0]${VERB_ING})|(?:(?:is|are)[ \\u00a0])?(?:scheduled|set|slated|expected|planned|planning|plans?|due|going|preparing|prepares?|ready)[ \\u00a0]to[ \\u00a0](?:(?:begin|start)[ \\u00a0])?${VERB})\\b` +
    `|\\b(${VERB_S}|(?<!\\b(?:would|could|should|might|may|must|can|did|to|not|n't|never)[ \\u00a0])${VERB}|(?:is|are)[ \\u00a0]${VERB_ING})\\b|\\b((?:deployment|departure|arrival|redeployment|movement|transit)s?)[ \\u00a0](?:(?:is|are|will)[ \\u00a0])?(?:begins?|starts?|set|scheduled|planned|expected|slated|due)\\b`,
  'g',
);

const MONTH = `(?:${[...MONTH_NAMES, ...MONTH_AP_STEMS, ...MONTH_VARIANTS].join('|')})\\.?`;
/**
 * A time in a sentence: relative (`next Tuesday`, `this weekend`, `in nine days`, `tomorrow`),
 * a weekday, or a date (`Nov. 3`, `Nov. 3, 2026`). Groups: 1 relative, 2 weekday, 3 month, 4 day, 5 year.
 * Seasons and months alone (`this fall`, `in May`) are too broad to tell a movement's timing.
 */
const NUMBER_WORD = '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|several|a few|a couple of)';
export const WHEN = new RegExp(
  `\\b((?:next|this[ \\u00a0]coming|this)[ \\u00a0](?:week(?:end)?|month|${WEEKDAYS.join('|')})|tomorrow|tonight|later[ \\u00a0]this[ \\u00a0](?:week|month)|(?:in|within)[ \\u00a0](?:the[ \\u00a0]next[ \\u00a0])?${NUMBER_WORD}[ \\u00a0](?:hours?|days?|weeks?)|in[ \\u00a0]the[ \\u00a0](?:coming|next)[ \\u00a0](?:days|weeks|hours)|over[ \\u00a0]the[ \\u00a0]next[ \\u00a0](?:\\d{1,2}|few|several|two|three)[ \\u00a0](?:hours|days|weeks))\\b` +
    `|\\b(${WEEKDAYS.join('|')})\\b|\\b(${MONTH})[ \\u00a0](\\d{1,2})(?:st|nd|rd|th)?(?![\\w:])(?:,[ \\u00a0]((?:19|20)\\d{2}))?`,
  'g',
);

/** A past-tense or reporting verb just before a time: the time is that verb's (`announced Tuesday`, `said on Monday`). */
const OTHER_VERB_BEFORE = /\b(?:(?!(?:scheduled|planned|slated|expected|timed)\b)[a-z]+ed|said|says|told|wrote|met|spoke|held|began|was|were)[ \u00a0](?:on[ \u00a0]|last[ \u00a0]|early[ \u00a0]|late[ \u00a0])?$/;
/** Most characters between a movement verb and its time (`will deploy to Poland, Lithuania and Latvia on Nov. 3`). */
const GAP = 60;
/** After a weekday: the date it names (`, July 11`). */
const WEEKDAY_OF_DATE = new RegExp(`^,?[ \\u00a0]${MONTH}[ \\u00a0]\\d`);
const GAP_BEFORE = 30;
/** Words that start another clause between a time and a later verb (`met on July 11 and announced that … will deploy`). */
const CLAUSE_BREAK = /\b(?:and|but|that|which|who|after|before|when|while|said|announced)\b/;

/**
 * A public event's timing is news, not a unit's movement: a flyover, an air show, guests or
 * participants arriving (`The Blue Angels will fly over the stadium at 1 p.m. Saturday`).
 */
const PUBLIC_EVENT = /\b(?:fly(?:ing)?[ \u00a0]over|flyovers?|flybys?|air[ \u00a0]?shows?|open[ \u00a0]house|parades?|concerts?|performances?|demonstration[ \u00a0]team|spectators|guests|visitors|attendees|participants|the[ \u00a0]public|registration|kickoff|tickets)\b/i;

/**
 * The command releases the movement itself: the sentence says a service, the department or a
 * command announced it (`… are deploying to Europe this month, the Army announced`, `The Department
 * of the Army announced today the upcoming deployment of …`). What it announced is released.
 */
const ANNOUNCED_BY_COMMAND = /\b(?:(?:the[ \u00a0])?(?:Army|Navy|Air[ \u00a0]Force|Marine[ \u00a0]Corps|Space[ \u00a0]Force|Coast[ \u00a0]Guard|National[ \u00a0]Guard|Pentagon|Defense[ \u00a0]Department|War[ \u00a0]Department|Department[ \u00a0]of[ \u00a0](?:Defense|War|the[ \u00a0](?:Army|Navy|Air[ \u00a0]Force))|DOD|DoD|department|service|command)|U\.S\.[ \u00a0](?:[A-Z][\w-]+[ \u00a0]){1,3}Command|(?:Army|Navy|Air[ \u00a0]Force|Marine[ \u00a0]Corps|Pentagon|defense|military|service|command)[ \u00a0]officials)[ \u00a0](?:has[ \u00a0]|have[ \u00a0]|officially[ \u00a0])?announced\b/;

export interface Movement {
  /** The verb phrase and the time, in the sentence (offsets into the text). */
  verb: { start: number; end: number; future: boolean };
  when: { start: number; end: number };
  /** Where the two lie together: the finding's range. */
  start: number;
  end: number;
}

function dayNumber(d: Day): number {
  return d.year * 400 + d.month * 32 + d.day;
}

/** Whether a time found by WHEN is in the future for a verb of this tense, measured from `ref`. */
function isFuture(m: RegExpExecArray, futureVerb: boolean, ref: Day | undefined): boolean {
  if (m[1]) return true;
  // A weekday that opens a full date (`Tuesday, July 11, 2016`) is judged by the date after it.
  if (m[2]) return true;
  const month = MONTH_BY_NAME.get(m[3].replace('.', '').toLowerCase());
  if (month === undefined) return false;
  const day = Number(m[4]);
  if (m[5]) {
    const when = { year: Number(m[5]), month, day };
    return ref ? dayNumber(when) > dayNumber(ref) : futureVerb;
  }
  // No year: a future verb means the next such date; a present one needs a reference to tell.
  if (futureVerb) return true;
  return ref !== undefined && dayNumber({ year: ref.year, month, day }) > dayNumber(ref);
}

/** The future movements of one sentence [start, end) of `text`. */
export function futureMovements(text: string, sentence: { start: number; end: number }, ref: Day | undefined): Movement[] {
  const s = text.slice(sentence.start, sentence.end);
  if (HISTORY_YEAR.test(s) || PUBLIC_EVENT.test(s) || ANNOUNCED_BY_COMMAND.test(s)) return [];
  const out: Movement[] = [];
  MOVEMENT.lastIndex = 0;
  const verbs: Array<{ start: number; end: number; future: boolean }> = [];
  let m: RegExpExecArray | null;
  while ((m = MOVEMENT.exec(s)) !== null) verbs.push({ start: m.index, end: m.index + m[0].length, future: m[1] !== undefined || m[3] !== undefined });
  if (verbs.length === 0) return out;
  WHEN.lastIndex = 0;
  // Times come in order: `i` is the first verb that does not end before this time.
  let i = 0;
  while ((m = WHEN.exec(s)) !== null) {
    const w = { start: m.index, end: m.index + m[0].length };
    while (i < verbs.length && verbs[i].end <= w.start) i++;
    // The nearest verb before the time, else the nearest after it.
    const verb = i > 0 ? verbs[i - 1] : verbs.find((v) => v.start >= w.end);
    if (m[2] && WEEKDAY_OF_DATE.test(s.slice(w.end, w.end + 12))) continue;
    if (!verb || !isFuture(m, verb.future, ref)) continue;
    // The time belongs to another verb (`the Army announced Tuesday`), or lies too far from the movement.
    if (OTHER_VERB_BEFORE.test(s.slice(Math.max(0, w.start - 24), w.start))) continue;
    if (Math.max(w.start - verb.end, verb.start - w.end) > GAP) continue;
    // A time before the verb opens its clause (`Next Tuesday, the brigade will deploy`), close to it.
    if (verb.start >= w.end && (verb.start - w.end > GAP_BEFORE || CLAUSE_BREAK.test(s.slice(w.end, verb.start)))) continue;
    const start = Math.min(verb.start, w.start);
    const end = Math.max(verb.end, w.end);
    out.push({
      verb: { start: sentence.start + verb.start, end: sentence.start + verb.end, future: verb.future },
      when: { start: sentence.start + w.start, end: sentence.start + w.end },
      start: sentence.start + start,
      end: sentence.start + end,
    });
  }
  return out;
}

/** Sentence ranges of a block (split where a period, question or exclamation mark ends a sentence). */
export function sentencesOf(text: string, block: { start: number; end: number }): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const END = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g;
  const slice = text.slice(block.start, block.end);
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = END.exec(slice)) !== null) {
    const at = m.index + m[0].length;
    if (!isSentenceEnd(text, block.start + at)) continue;
    out.push({ start: block.start + from, end: block.start + at });
    from = at;
  }
  out.push({ start: block.start + from, end: block.end });
  return out;
}
