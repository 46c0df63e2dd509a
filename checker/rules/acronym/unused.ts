import { Rule } from '../../types';
import { analyzeAcronyms } from '../../analysis/acronym';

export const rule: Rule = {
  id: 'acronym/unused',
  family: 'acronym',
  description: 'A short form given in parentheses but never used again.',
  defaultSeverity: 'hint',
  scope: 'document',
  why: 'AP: use a short form only if it recurs. A parenthetical the reader never needs again is clutter.',
  right: 'Operation Inherent Resolve continues. … OIR forces',
  wrong: 'Operation Inherent Resolve (OIR) continues. (and OIR never appears again)',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    const infos = [...analyzeAcronyms(doc, ctx.options.acronyms ?? {}).values()].filter((info) => info.parens.length > 0);
    const later = laterUses(text, new Set(infos.map((info) => info.short)));
    for (const info of infos) {
      for (const def of info.parens) {
        const paren = def.paren!;
        if (def !== info.parens[0]) continue; // a repeated definition is acronym/defined-twice's
        // Any later occurrence counts (headlines aside), even in caps text or inflected.
        const used = later(info.short, paren.end);
        if (used) continue;
        const from = text[paren.start - 1] === ' ' ? paren.start - 1 : paren.start;
        ctx.report({
          start: from,
          end: paren.end,
          message: `"${info.short}" is never used again: drop the parenthetical.`,
          suggestions: [{ title: `Remove "${text.slice(paren.start, paren.end)}"`, edits: [{ start: from, end: paren.end, newText: '' }] }],
        });
      }
    }
  },
};

/**
 * Whether `short` occurs at or after `from` as `\\b${short}(?:s|['’]s)?\\b` would find it, outside
 * a parenthesis of its own: the same answer as scanning the rest of the text for each short form,
 * from one index of the words that are short forms (or their plurals).
 */
function laterUses(text: string, shorts: ReadonlySet<string>): (short: string, from: number) => boolean {
  const at = new Map<string, number[]>();
  if (shorts.size > 0) {
    // Word characters as `\b` reads them; a match starts and ends a run of them.
    for (const m of text.matchAll(/[A-Za-z0-9_]+/g)) {
      const w = m[0];
      for (const key of [w, w.endsWith('s') ? w.slice(0, -1) : '']) {
        if (!shorts.has(key)) continue;
        const list = at.get(key);
        if (list) list.push(m.index);
        else at.set(key, [m.index]);
      }
    }
  }
  return (short, from) => {
    const list = at.get(short) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length; i++) {
      const start = list[i];
      let end = start + short.length;
      if (text[end] === 's') end++;
      else if ((text[end] === "'" || text[end] === '’') && text[end + 1] === 's' && !/[A-Za-z0-9_]/.test(text[end + 2] ?? '')) end += 2;
      if (!(text[start - 1] === '(' && text[end] === ')')) return true;
    }
    return false;
  };
}
