import { Rule, RuleContext, Substitution } from '../../types';
import { wordAfter, wordBefore } from '../../lex/text';
import { compilePattern, patternMatches } from '../../lex/pattern';

/**
 * Office-specific substitutions from `.copydesk.json` ("flag X, suggest Y"). A `flag` is a literal
 * phrase matched as whole words; a `pattern` is an RE2 regular expression (linear time), so user
 * input can never make matching slow.
 */
export const rule: Rule = {
  id: 'usage/substitution',
  family: 'usage',
  description: 'An office-specific term the project configuration asks to replace.',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'Press offices keep their own list of preferred terms (unit names, program names, words to avoid); `.copydesk.json` carries it so every writer gets the same advice.',
  right: 'the Joint Improvised-Threat Defeat Agency (with {"flag": "JIEDDO", "suggest": "Joint Improvised-Threat Defeat Agency"})',
  wrong: 'JIEDDO',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const sub of ctx.options.substitutions) {
      if (sub.pattern !== undefined) {
        const compiled = compilePattern(sub.pattern);
        // An invalid pattern is reported on the configuration, not here.
        if (!compiled.ok) continue;
        for (const m of patternMatches(compiled.re, text)) report(ctx, sub, text.slice(m.start, m.end), m.start, m.end);
        continue;
      }
      const flag = (sub.flag ?? '').trim();
      if (!flag) continue;
      for (let i = text.indexOf(flag); i >= 0; i = text.indexOf(flag, i + flag.length)) {
        const end = i + flag.length;
        if (wordBefore(text, i) || wordAfter(text, end)) continue;
        report(ctx, sub, flag, i, end);
      }
    }
  },
};

function report(ctx: RuleContext, sub: Substitution, matched: string, start: number, end: number): void {
  const found = matched.length > 60 ? `${matched.slice(0, 59)}…` : matched;
  ctx.report({
    start,
    end,
    message: sub.message ?? `Use "${sub.suggest}" instead of "${found}" (project style).`,
    fix: { title: `Replace with "${sub.suggest}"`, edits: [{ start, end, newText: sub.suggest }] },
  });
}
