import { Rule } from '../../types';
import { opensDateline, readShips } from '../../analysis/ship';

/** A word of a name in capitals: two letters or more, all capitals (`KEARSARGE`, `O'KANE`). */
const CAPS_WORD = /^[A-Z][A-Z'’-]+$/;
/** Names whose capitals a machine cannot restore for certain (`MCCAMPBELL`, `MACKINAW` but `MacDonough`). */
const UNSURE = /^MA?C[A-Z]/;

function titleWord(w: string): string {
  return w.replace(/[A-Z]+/g, (run, at: number) => (at === 0 || /[-'’]/.test(w[at - 1]) ? run[0] + run.slice(1).toLowerCase() : run.toLowerCase()));
}

export const rule: Rule = {
  id: 'ship/name-caps',
  family: 'ship',
  description: 'A ship\'s name in all capitals in running text (USS KEARSARGE).',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'Navy message traffic sets ship names in capitals; news copy does not: USS Kearsarge. Capitals are right in a dateline (USS KEARSARGE, At Sea —) and in a headline set in capitals.',
  right: 'Marines aboard USS Kearsarge (LHD 3) trained.',
  wrong: 'Marines aboard USS KEARSARGE (LHD 3) trained.',
  fixable: true,
  check(doc, ctx) {
    for (const b of doc.blocks) {
      if ((b.kind !== 'body' && b.kind !== 'headline') || b.allCaps) continue;
      const t = doc.blockText(b);
      for (const s of readShips(t)) {
        const words = s.name.split(' ');
        if (!words.some((w) => w.length >= 3 && CAPS_WORD.test(w)) || !words.every((w) => CAPS_WORD.test(w) || /^[A-Z]\.$/.test(w))) continue;
        const start = b.start + s.nameStart;
        const end = b.start + s.nameEnd;
        if (doc.dateline && start < doc.dateline.end && end > doc.dateline.start) continue;
        // A line set in capitals (`ABOARD USS KEARSARGE`, `USS KEARSARGE PUBLIC AFFAIRS`).
        const prev = /([A-Za-z]+)[ \t]+$/.exec(t.slice(Math.max(0, s.start - 30), s.start));
        const next = /^[ \t,]+([A-Za-z]+)/.exec(t.slice(s.end, s.end + 30));
        if ((prev && /^[A-Z]{2,}$/.test(prev[1])) || (next && /^[A-Z]{2,}$/.test(next[1]))) continue;
        // A dateline the parser did not take (`USS KEARSARGE, At Sea –` opening a later paragraph).
        if (opensDateline(t, s)) continue;
        const fixed = words.map(titleWord).join(' ');
        const message = `Write the ship's name in capitals and lowercase: "${s.prefix} ${fixed}".`;
        if (words.some((w) => UNSURE.test(w))) {
          // `MCCAMPBELL` is McCampbell; `MACKINAW` may be Mackinaw or MacKinaw.
          const mc = words.map((w) => (UNSURE.test(w) ? w.replace(/^(MA?C)([A-Z])(.*)$/, (_, p: string, c: string, rest: string) => p[0] + p.slice(1).toLowerCase() + c + rest.toLowerCase()) : titleWord(w))).join(' ');
          const options = words.some((w) => /^MC/.test(w)) ? [mc] : [fixed, mc];
          ctx.report({
            start,
            end,
            message: `Write the ship's name in capitals and lowercase (check its capitals: ${options.map((o) => `"${o}"`).join(' or ')}).`,
            suggestions: options.map((o) => ({ title: `Replace with "${o}"`, edits: [{ start, end, newText: o }] })),
          });
        } else ctx.report({ start, end, message, fix: { title: `Replace with "${fixed}"`, edits: [{ start, end, newText: fixed }] } });
      }
    }
  },
};
