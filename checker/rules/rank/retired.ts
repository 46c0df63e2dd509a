import { Fix, Rule, TextEdit } from '../../types';
import { sentenceStart } from '../../lex/text';
import { STATE_BY_AP } from '../../data/states';
import { findRetired, rankMentions, repeatedReferences } from '../../analysis/rank';

export const rule: Rule = {
  id: 'rank/retired',
  family: 'rank',
  description: 'A retired officer or NCO written with "Ret." (Gen. (Ret.) Ann Lee, Gen. Ann Lee, USA (Ret.)).',
  defaultSeverity: 'warning',
  scope: 'document',
  yieldsTo: ['rank/repeated'],
  why: 'AP: "retired" is spelled out and lowercase, before the rank: "retired Army Gen. Ann Lee". The abbreviation "Ret." and the service suffix "USA (Ret.)" are not used.',
  right: 'retired Army Gen. Ann Lee',
  wrong: 'Gen. Ann Lee, USA (Ret.)',
  fixable: true,
  check(doc, ctx) {
    // A repeated reference loses rank and `Ret.` together under rank/repeated.
    const repeated = ctx.isEnabled('rank/repeated') ? repeatedReferences(doc) : new Map();
    for (const m of rankMentions(doc)) {
      if (m.inHeadline || repeated.has(m)) continue;
      const found = findRetired(doc.text, m);
      if (!found) continue;
      const insertAt = m.service?.start ?? m.start;
      let fix: Fix | undefined;
      // `Navy Capt. Ann Lee, USA (Ret.)` contradicts itself: point it out, do not guess.
      if (!found.service || !m.service || m.service.service === found.service) {
        const already = /\bretired\s+$/i.test(doc.text.slice(Math.max(m.block.start, insertAt - 10), insertAt));
        const state = found.before ? undefined : stateBefore(doc.text, insertAt);
        const startsSentence = state === 'line end' || isSentenceStart(doc.text, found.before ? found.start : insertAt, m.block.start);
        const word = startsSentence ? 'Retired' : 'retired';
        const service = found.service && !m.service ? `${found.service} ` : '';
        // Small edits that leave the rank token to the other rank rules: insert the word before
        // the rank (or the service), drop the `(Ret.)` or `, USA (Ret.)`.
        const edits: TextEdit[] = [];
        if (found.before) edits.push({ start: found.start, end: found.end, newText: word });
        else {
          const insert = `${already ? '' : `${word} `}${service}`;
          if (insert) edits.push({ start: insertAt, end: insertAt, newText: insert });
          edits.push({ start: found.removeStart, end: found.removeEnd, newText: '' });
        }
        fix = { title: 'Write "retired" before the rank', edits };
      }
      const edits = fix?.edits ?? [];
      // After a state abbreviation (`Norfolk, Va. Capt. Ann Lee (Ret.)`) the sentence may end or go
      // on: "retired" or "Retired" is the writer's call, so both are offered and neither is certain.
      const uncertain = fix !== undefined && !found.before && stateBefore(doc.text, insertAt) === 'space';
      const capitalized = (f: Fix): Fix => ({ title: `${f.title} (a new sentence)`, edits: f.edits.map((e) => ({ ...e, newText: e.newText.replace(/^retired/, 'Retired') })) });
      ctx.report({
        start: Math.min(found.start, ...edits.map((e) => e.start)),
        end: Math.max(found.end, ...edits.map((e) => e.end)),
        message: 'Write "retired" before the rank (retired Army Gen. Ann Lee), not "Ret.".',
        ...(fix && uncertain ? { suggestions: [fix, capitalized(fix)] } : { fix }),
      });
    }
  },
};

/**
 * Whether `at` follows an AP state abbreviation (`Va.`, `N.C.`): on the same line the sentence may
 * or may not end there; at the end of a line it ends (place/state-abbreviation-body agrees).
 */
function stateBefore(text: string, at: number): 'space' | 'line end' | undefined {
  const m = /(\S+)([ \t]*(?:\r\n|\r|\n)?[ \t]*)$/.exec(text.slice(Math.max(0, at - 14), at));
  if (!m || !m[2] || !STATE_BY_AP.has(m[1])) return undefined;
  return /[\r\n]/.test(m[2]) ? 'line end' : 'space';
}

function isSentenceStart(text: string, at: number, blockStart: number): boolean {
  const s = sentenceStart(text, at, blockStart);
  return /^[\s"“‘(]*$/.test(text.slice(s, at));
}
