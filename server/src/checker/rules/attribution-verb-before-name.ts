import { Rule } from '../types';
import { Block, ReleaseDocument } from '../document';
import { SPEAKER_ROLES_PLURAL, SPEAKER_ROLES_SINGULAR } from '../data/attribution';
import { MONTHS, WEEKDAYS } from '../data/months';
import { isPossessive, quoteClosingBefore } from './_attribution-shared';

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

export const rule: Rule = {
  id: 'attribution/verb-before-name',
  family: 'attribution',
  description: 'Inverted attribution ("said Carter") where the name should come first.',
  defaultSeverity: 'warning',
  why: 'AP: put the speaker before the verb ("Carter said"). Invert only when a long title or clause follows the name ("said Smith, who led the study").',
  right: '"We will win," Carter said.',
  wrong: '"We will win," said Carter.',
  fixable: true,
  check(doc, ctx) {
    const re = /\bsaid\b/g;
    for (const block of doc.bodyBlocks) {
      const slice = doc.text.slice(0, block.end);
      re.lastIndex = block.start;
      let m: RegExpExecArray | null;
      while ((m = re.exec(slice)) !== null) {
        const saidStart = m.index;
        if (doc.inQuote(saidStart) || !quoteClosingBefore(doc, saidStart, block)) continue;
        const subject = readSubject(doc.text, saidStart + 4, block.end);
        if (!subject || !shortTail(doc, block, subject.end)) continue;
        const name = doc.text.slice(subject.start, subject.end);
        ctx.report({
          start: saidStart,
          end: subject.end,
          message: `Put the speaker before the verb: "${name} said".`,
          fix: { title: `Change to "${name} said"`, edits: [{ start: saidStart, end: subject.end, newText: `${name} said` }] },
        });
      }
    }
  },
};

/** The speaker after `said `: a pronoun, `the <role>`, or a run of name words (`Lt. Gen. Sean MacFarland`). */
function readSubject(text: string, from: number, limit: number): { start: number; end: number } | undefined {
  const gap = /^[ \t]+/.exec(text.slice(from, from + 4));
  if (!gap) return undefined;
  const start = from + gap[0].length;
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
