import { Rule } from '../../types';
import { creditAgencyAt } from '../../analysis/caption';
import { SERVICE_ABBREVIATIONS as SERVICE } from '../../data/acronyms';
import { inAddress, inCapsRun, matchesIn, runningText } from '../../analysis/usage';

export const rule: Rule = {
  id: 'usage/service-abbreviation',
  family: 'usage',
  description: 'A service abbreviation (USMC, USN, USAF, USCG, USSF) in running text.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  yieldsTo: ['caption/credit-line'],
  why: 'AP and DoD news style: name the service in words (Marine Corps, Navy, Air Force, Coast Guard, Space Force); USMC and USN are internal abbreviations.',
  right: 'Marine Corps Sgt. Ann Lee',
  wrong: 'USMC Sgt. Ann Lee',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const { block, from } of runningText(doc)) {
      for (const m of matchesIn(text, from, block.end, /\b(?:USMC|USN|USAF|USCG|USSF)\b/g)) {
        const start = m.index;
        const end = start + m[0].length;
        if (inAddress(text, start, end) || /^-\d/.test(text.slice(end, end + 2)) || inCapsRun(text, start, end)) continue;
        // `(USMC photo by …)`: the credit line's service is left to caption/credit-line.
        if (creditAgencyAt(doc, ctx, start, end)) continue;
        const word = SERVICE[m[0]];
        const replace = { title: `Replace with "${word}"`, edits: [{ start, end, newText: word }] };
        // Certain where the service reads as a noun or modifier: `the USAF`, `USMC Sgt. Lee`, `USAF Academy`.
        // After a name (`Ann Lee, USAF, said`) the sentence wants rewriting, so only suggest.
        const certain = /\b[Tt]he $/.test(text.slice(Math.max(0, start - 4), start)) || /^ [A-Z][a-z]/.test(text.slice(end, end + 3));
        ctx.report({
          start,
          end,
          message: `Spell out the service: "${word}", not "${m[0]}".`,
          ...(certain ? { fix: replace } : { suggestions: [replace] }),
        });
      }
    }
  },
};
