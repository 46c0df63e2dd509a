import { Rule } from '../../types';
import { STATE_BY_AP } from '../../data/states';
import { bodyProse } from '../../analysis/place';
import { paragraphCaption } from '../../analysis/caption';

const ALTERNATION = [...STATE_BY_AP.keys()]
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/\./g, '\\.'))
  .join('|');
/** `, Va.`; the lookahead keeps `Mass.` from matching `Massachusetts`. The word before is checked by `afterPlace`. */
const AP_AFTER_PLACE = new RegExp(`, (${ALTERNATION})(?![A-Za-z])`, 'g');

/** Longest place word looked at before the comma: a bounded scan, never a backward search over a 10,000-letter run. */
const MAX_PLACE_WORD = 100;

/** Whether the word right before `comma` (an optional period after it) holds a capital letter, as a place name does. */
function afterPlace(text: string, comma: number): boolean {
  let i = comma - 1;
  if (text[i] === '.') i--;
  for (const stop = Math.max(0, i - MAX_PLACE_WORD); i >= stop; i--) {
    const c = text[i];
    if (c >= 'A' && c <= 'Z') return true;
    if (!((c >= 'a' && c <= 'z') || c === "'" || c === '’' || c === '-')) return false;
  }
  return false;
}

/** Words that open a new sentence after the state, so its period also ends the sentence. */
const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'There',
  'His', 'Her', 'Its', 'Our', 'Their', 'In', 'On', 'At', 'After', 'Before', 'During', 'When', 'While', 'But', 'And', 'If',
  'According', 'Since', 'Today', 'Officials', 'Soldiers', 'Sailors', 'Airmen', 'Marines', 'Guardians']);

export const rule: Rule = {
  id: 'place/state-abbreviation-body',
  family: 'place',
  description: 'An AP state abbreviation (Va., Calif.) in body text, where AP spells the state out.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP (since 2014): spell out state names in the body of a story; the abbreviations are for datelines, photo captions and party affiliations.',
  right: 'The ship returned to Norfolk, Virginia, on Friday.',
  wrong: 'The ship returned to Norfolk, Va., on Friday.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const range of bodyProse(doc)) {
      // AP keeps the state abbreviations in photo captions: a paragraph that reads as one is left alone.
      const block = doc.blockAt(range.start);
      const caption = block && paragraphCaption(doc, block);
      if (caption && !caption.trailer) continue;
      const slice = text.slice(range.start, range.end);
      AP_AFTER_PLACE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = AP_AFTER_PLACE.exec(slice)) !== null) {
        const s = STATE_BY_AP.get(m[1]);
        if (!s || !afterPlace(slice, m.index)) continue;
        const start = range.start + m.index + 2;
        const end = start + m[1].length;
        const after = text.slice(end, Math.min(range.end, end + 30));
        const title = `Spell out "${s.name}"`;
        const message = `Spell out the state in body text: "${s.name}", not "${m[1]}".`;
        // The abbreviation's period may also end the sentence: keep one period then.
        const next = /^\s+["“]?([A-Z][a-z]*)/.exec(after);
        if (after === '' || /^[,;:)\]]|^\s+[a-z]|^—|^–/.test(after)) {
          const newText = after === '' ? `${s.name}.` : s.name;
          ctx.report({ start, end, message, fix: { title, edits: [{ start, end, newText }] } });
        } else if (next && SENTENCE_OPENERS.has(next[1])) {
          ctx.report({ start, end, message, fix: { title, edits: [{ start, end, newText: `${s.name}.` }] } });
        } else {
          ctx.report({
            start,
            end,
            message,
            suggestions: [
              { title: `${title} (the sentence ends here)`, edits: [{ start, end, newText: `${s.name}.` }] },
              { title: `${title} (the sentence goes on)`, edits: [{ start, end, newText: `${s.name},` }] },
            ],
          });
        }
      }
    }
  },
};
