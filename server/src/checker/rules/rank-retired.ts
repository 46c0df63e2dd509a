import { Fix, Rule, TextEdit } from '../types';
import { Service, SERVICE_SUFFIXES } from '../data/ranks';
import { sentenceStart } from '../text';
import { mentionFacts, RankMention, rankMentions } from './_rank-shared';

const RET = String.raw`(?:[Rr]et(?:\.|ired\b)?|RET\.?)`;
const AFTER_PAREN = new RegExp(String.raw`^[ \t]*\(${RET}\)`);
const AFTER_SERVICE = new RegExp(String.raw`^,?[ \t]*\(?(USA|USAF|USN|USMC|USSF|USCG|U\.S\. (?:Army|Navy|Air Force|Marine Corps|Space Force|Coast Guard))(?:,[ \t]*|[ \t]+)\(?${RET}\)?`);
const BEFORE = new RegExp(String.raw`(?:^|[^\p{L}.(])(\(${RET}\)|Ret\.|RET\.?)[ \t]+$`, 'u');
/** After a removed `, USA (Ret.)` a comma stays only before an appositive (`, the former commander,`). */
const APPOSITIVE = /^,\s*(?:the|a|an|who|whose|which|former|then|now|currently|now-retired)\b/;

export const rule: Rule = {
  id: 'rank/retired',
  family: 'rank',
  description: 'A retired officer or NCO written with "Ret." (Gen. (Ret.) Ann Lee, Gen. Ann Lee, USA (Ret.)).',
  defaultSeverity: 'warning',
  why: 'AP: "retired" is spelled out and lowercase, before the rank: "retired Army Gen. Ann Lee". The abbreviation "Ret." and the service suffix "USA (Ret.)" are not used.',
  right: 'retired Army Gen. Ann Lee',
  wrong: 'Gen. Ann Lee, USA (Ret.)',
  fixable: true,
  check(doc, ctx) {
    for (const m of rankMentions(doc)) {
      if (m.inHeadline) continue;
      const found = findRetired(doc.text, m);
      if (!found) continue;
      const insertAt = m.service?.start ?? m.start;
      let fix: Fix | undefined;
      // `Navy Capt. Ann Lee, USA (Ret.)` contradicts itself: point it out, do not guess.
      if (!found.service || !m.service || m.service.service === found.service) {
        const already = /\bretired\s+$/i.test(doc.text.slice(Math.max(m.block.start, insertAt - 10), insertAt));
        const startsSentence = isSentenceStart(doc.text, found.before ? found.start : insertAt, m.block.start);
        const word = startsSentence ? 'Retired' : 'retired';
        const service = found.service && !m.service ? `${found.service} ` : '';
        // One edit from the start of the rank (or `Ret.`) to the end of the name, so the result reads whole.
        const text = doc.text;
        const rankAndName = text.slice(insertAt, m.last.end);
        let edit: TextEdit;
        if (found.before) edit = { start: found.start, end: m.last.end, newText: `${word} ${service}${rankAndName}` };
        else {
          const kept = found.removeEnd <= m.last.end
            ? text.slice(insertAt, found.removeStart) + text.slice(found.removeEnd, m.last.end)
            : rankAndName;
          edit = { start: insertAt, end: Math.max(m.last.end, found.removeEnd), newText: `${already ? '' : `${word} `}${service}${kept}` };
        }
        const edits = [edit];
        fix = { title: 'Write "retired" before the rank', edits };
      }
      ctx.report({
        start: found.start,
        end: found.end,
        message: 'Write "retired" before the rank (retired Army Gen. Ann Lee), not "Ret.".',
        fix,
        facts: mentionFacts(m),
      });
    }
  },
};

interface Retired {
  /** The span to report. */
  start: number;
  end: number;
  /** The span the fix removes (for forms after the rank). */
  removeStart: number;
  removeEnd: number;
  service?: Service;
  /** `Ret. Gen. Ann Lee`: the abbreviation before the rank becomes the word. */
  before?: boolean;
}

function findRetired(text: string, m: RankMention): Retired | undefined {
  if (m.retiredParen) {
    const { start, end } = m.retiredParen;
    return { start, end, removeStart: start, removeEnd: m.tokens[0].start };
  }
  const from = m.service?.start ?? m.start;
  const before = BEFORE.exec(text.slice(Math.max(m.block.start, from - 20), from));
  if (before) {
    const start = from - before[0].length + before[0].indexOf(before[1]);
    return { start, end: start + before[1].length, removeStart: start, removeEnd: from, before: true };
  }
  const after = text.slice(m.last.end, Math.min(m.block.end, m.last.end + 40));
  const paren = AFTER_PAREN.exec(after);
  if (paren) {
    const start = m.last.end + paren[0].indexOf('(');
    return { start, end: m.last.end + paren[0].length, removeStart: m.last.end, removeEnd: m.last.end + paren[0].length };
  }
  const svc = AFTER_SERVICE.exec(after);
  if (svc) {
    const open = svc[0].match(/\(/g)?.length ?? 0;
    const close = svc[0].match(/\)/g)?.length ?? 0;
    if (open !== close) return undefined;
    const start = m.last.end + svc[0].search(/[^,\s]/);
    let removeEnd = m.last.end + svc[0].length;
    const next = text.slice(removeEnd, Math.min(m.block.end, removeEnd + 30));
    // `Gen. Ann Lee, USA (Ret.), said` loses both commas; `…, USA (Ret.), the former commander,` keeps one.
    if (svc[0].startsWith(',') && next.startsWith(',') && !APPOSITIVE.test(next)) removeEnd += 1;
    const service = SERVICE_SUFFIXES[svc[1]] ?? (svc[1].replace('U.S. ', '') as Service);
    return { start, end: m.last.end + svc[0].length, removeStart: m.last.end, removeEnd, service };
  }
  return undefined;
}

function isSentenceStart(text: string, at: number, blockStart: number): boolean {
  const s = sentenceStart(text, at, blockStart);
  return /^[\s"“‘(]*$/.test(text.slice(s, at));
}
