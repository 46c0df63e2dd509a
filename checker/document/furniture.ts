/**
 * The lines of story furniture that stand between a headline and the body in unit news copy:
 * the byline (`Story by Staff Sgt. Jane Doe`), the unit public affairs line under it
 * (`509th Bomb Wing Public Affairs`) and the story date line (`12.03.2026`, `12 Mar 2015`).
 * None of them is a sentence; parse.ts keeps them out of the body, so the dateline after them is
 * found and no body rule reads them.
 */
import { isValidDate, MONTH_BY_NAME } from '../data/months';
import type { SimpleDate } from './model';

/** How a byline opens: `By`, `Story by`, `Story and photos by`, `Courtesy Story` (DVIDS, no name after it). */
const BYLINE_LEAD = /^(?:(?:Story|STORY|Article|Words|Text|Photos?|Video)(?: (?:and|&) (?:[Pp]hotos?|[Ss]tory|[Vv]ideo|[Gg]raphics?))? [Bb]y|By|BY|Courtesy [Ss]tory(?: [Bb]y)?|COURTESY STORY(?: BY)?)(?=\s|$)/;
/** Words a name or a unit may hold in lower case (`Sgt. 1st Class Juan de la Cruz`, `Office of the Secretary`). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'at', 'de', 'del', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'dos', 'du', 'y', 'e', 'bin', 'al', 'in', '&', '|', '-', '–', '—', '/']);
/** A word of a name or unit: capitalized, a figure or an ordinal (`2nd`), or an abbreviation in parentheses. */
const NAME_WORD = /^[("“]?(?:\p{Lu}[\p{L}\p{N}'’.-]*|\d+(?:st|nd|rd|th|d)?|[A-Z]-\d+)[)"”,;:|]*$/u;
/** A short abbreviation that may end the line with its period (`Jr.`, `Div.`, `Bn.`, an initial). */
const ENDING_ABBREVIATION = /(?:^|\s)(?:\p{Lu}\p{Ll}{0,3}\.|\p{Lu}\.)$/u;

/** A line of names, units and figures only, with no sentence in it. */
function namesOnly(rest: string, maxWords: number): boolean {
  const words = rest.split(/\s+/).filter((w) => w !== '');
  if (words.length > maxWords) return false;
  let connectors = 0;
  for (const w of words) {
    if (CONNECTORS.has(w.replace(/[,;:]$/, ''))) {
      connectors++;
      continue;
    }
    if (!NAME_WORD.test(w)) return false;
  }
  if (connectors * 2 > words.length) return false;
  return !/[.!?]["”’]?$/.test(rest) || ENDING_ABBREVIATION.test(rest);
}

/** A byline: `By SSG Jane Doe`, `Story by Pfc. John Roe`, `By Mass Communication Specialist 2nd Class Ann Lee, USS Gerald R. Ford (CVN 78) Public Affairs`. */
export function isByline(s: string): boolean {
  if (s.length > 240 || /[\r\n]/.test(s)) return false;
  const lead = BYLINE_LEAD.exec(s);
  if (!lead) return false;
  const rest = s.slice(lead[0].length).trim();
  if (rest === '') return /^Courtesy|^COURTESY/.test(s);
  // `By the numbers`, `By noon, the convoy …`: the word after `By` starts a name.
  if (!/^\p{Lu}/u.test(rest) || /^(?:The|THE|This|These|That|Then|Now|Next|Early|Late|Last|Mid|All)\b/.test(rest)) return false;
  return namesOnly(rest, 32);
}

/** The end of a unit's public affairs line. */
const PUBLIC_AFFAIRS =
  /(?:Public Affairs(?: (?:Office|Detachment|Section|Directorate|Team|Staff|Division|Branch))?|Office of (?:Public Affairs|Communications?|Strategic Communication)|Public Affairs Office|\bPAO|Communication Strategy and Operations|COMMSTRAT|Strategic Communications?|Media Relations|Press Office|Communications? (?:Office|Directorate|Team|Division)|News Service|DoD News|DOD News|Defense Media Activity|Public Information Office)\)?$/;

/**
 * A unit line: `509th Bomb Wing Public Affairs` wherever it stands before the body and a headline
 * or byline came before it; right after a byline, any short line of names (`1st Armored Division`).
 */
export function isUnitLine(s: string, afterByline: boolean, seenHeadline: boolean): boolean {
  if (s.length > 140 || /[\r\n]/.test(s)) return false;
  if (!(afterByline || seenHeadline)) return false;
  if (PUBLIC_AFFAIRS.test(s) && namesOnly(s, 16)) return true;
  return afterByline && namesOnly(s, 10);
}

const MONTH_WORD = String.raw`[A-Za-z]{3,9}\.?`;
/** `Posted:`, `Date:`, `Published on` before a story date. */
const DATE_LABEL = String.raw`(?:(?:Date|DATE|Posted|POSTED|Published|PUBLISHED|Updated|UPDATED|Released|RELEASED|Dated)(?: on)?:?\s+)?`;
const WEEKDAY = String.raw`(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?`;
/** A time after the date on a web page's date line (`12.04.2026 09:15`, `March 3, 2011 at 2:15 p.m. EST`). */
const TIME_AFTER = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?`;
const STORY_DATE = new RegExp(
  String.raw`^${DATE_LABEL}${WEEKDAY}(?:(${MONTH_WORD}) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})|(\d{1,2})(?:st|nd|rd|th)? (${MONTH_WORD}),? (\d{4})|(\d{1,2})([./])(\d{1,2})\8(\d{4})|(\d{4})-(\d{2})-(\d{2}))${TIME_AFTER}$`,
);

/** The date a story date line gives (`12.03.2026` is month first, as DVIDS writes it), or undefined. */
export function readStoryDate(s: string): SimpleDate | undefined {
  const m = STORY_DATE.exec(s.trim());
  if (!m) return undefined;
  const month = (word: string): number | undefined => MONTH_BY_NAME.get(word.replace('.', '').toLowerCase());
  let d: SimpleDate | undefined;
  if (m[1] !== undefined) {
    const mo = month(m[1]);
    d = mo ? { year: Number(m[3]), month: mo, day: Number(m[2]) } : undefined;
  } else if (m[4] !== undefined) {
    const mo = month(m[5]);
    d = mo ? { year: Number(m[6]), month: mo, day: Number(m[4]) } : undefined;
  } else if (m[7] !== undefined) d = { year: Number(m[10]), month: Number(m[7]), day: Number(m[9]) };
  else d = { year: Number(m[11]), month: Number(m[12]), day: Number(m[13]) };
  return d && isValidDate(d.year, d.month, d.day) ? d : undefined;
}

/** Other lines of a story page's furniture: `News ID: 123456`, `Posted: 12.04.2026 09:15`. */
const STORY_META = /^(?:News ID|NEWS ID|Story ID|Photo ID):?\s+\S{1,40}$/;

/** A line that only dates the story, or gives its page's identifiers. */
export function isStoryDateLine(s: string): boolean {
  return s.length <= 80 && (readStoryDate(s) !== undefined || STORY_META.test(s));
}
