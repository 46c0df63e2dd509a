import { Rule } from '../types';
import { analyzeAcronyms } from './_acronym-shared';

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
    for (const info of analyzeAcronyms(doc, ctx.options.acronyms ?? {}).values()) {
      for (const def of info.parens) {
        const paren = def.paren!;
        if (def !== info.parens[0]) continue; // a repeated definition is acronym/defined-twice's
        // Any later occurrence counts (headlines aside), even in caps text or inflected.
        const re = new RegExp(`\\b${info.short}(?:s|['’]s)?\\b`, 'g');
        re.lastIndex = paren.end;
        let used = false;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text)) !== null) {
          if (!(text[m.index - 1] === '(' && text[m.index + m[0].length] === ')')) {
            used = true;
            break;
          }
        }
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
