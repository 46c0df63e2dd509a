import { Rule } from '../../types';
import { analyzeAcronyms } from '../../analysis/acronym';

export const rule: Rule = {
  id: 'acronym/parentheses',
  family: 'acronym',
  description: 'House style: a spelled-out full form must carry its short form in parentheses.',
  defaultSeverity: 'hint',
  scope: 'document',
  why: 'AP does not require the short form in parentheses (and the default house style leaves it optional); many DoD offices do. With the house setting acronymParentheses = "required", a full form spelled out without "(ISF)" is flagged.',
  right: 'Iraqi security forces (ISF) … the ISF offensive',
  wrong: 'Iraqi security forces … the ISF offensive (under acronymParentheses = "required")',
  fixable: true,
  check(doc, ctx) {
    if (ctx.options.house?.acronymParentheses !== 'required') return;
    for (const info of analyzeAcronyms(doc, ctx.options.acronyms ?? {}).values()) {
      const phrase = info.phrase;
      if (info.exempt || !phrase || phrase.phraseEnd === undefined || info.uses.length === 0) continue;
      if (info.parens.some((p) => p.at < phrase.at) || info.uses[0].start < phrase.at) continue;
      const spelled = doc.text.slice(phrase.phraseStart, phrase.phraseEnd);
      const newText = `${spelled} (${info.short})`;
      ctx.report({
        start: phrase.phraseStart!,
        end: phrase.phraseEnd,
        message: `House style: add "(${info.short})" after the full form.`,
        fix: { title: `Add "(${info.short})"`, edits: [{ start: phrase.phraseStart!, end: phrase.phraseEnd, newText }] },
      });
    }
  },
};
