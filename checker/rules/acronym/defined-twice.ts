import { Rule } from '../../types';
import { analyzeAcronyms } from '../../analysis/acronym';

export const rule: Rule = {
  id: 'acronym/defined-twice',
  family: 'acronym',
  description: 'A short form given in parentheses a second time.',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'A short form is introduced once, on first reference; repeating the parenthetical suggests the copy was pasted together.',
  right: 'Iraqi security forces (ISF) … the ISF offensive',
  wrong: 'Iraqi security forces (ISF) … Iraqi security forces (ISF) advanced',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const info of analyzeAcronyms(doc, ctx.options.acronyms ?? {}).values()) {
      // A unit's short form with its number (`(DESRON 23)`, then `(DESRON 28)`) names another unit.
      const firsts = new Map<string | undefined, (typeof info.parens)[number]>();
      info.parens.forEach((def) => {
        const first = firsts.get(def.suffix);
        if (!first) {
          firsts.set(def.suffix, def);
          return;
        }
        const paren = def.paren!;
        const line = doc.positionAt(first.at).line + 1;
        const message = `"${info.short}" was already spelled out on line ${line}.`;
        // Removing the parenthetical is certain when it directly follows the words that spell it out.
        if (def.phraseStart !== undefined && text[paren.start - 1] === ' ') {
          ctx.report({
            start: paren.start - 1,
            end: paren.end,
            message,
            fix: { title: `Remove "${text.slice(paren.start, paren.end)}"`, edits: [{ start: paren.start - 1, end: paren.end, newText: '' }] },
          });
        } else ctx.report({ start: paren.start, end: paren.end, message });
      });
    }
  },
};
