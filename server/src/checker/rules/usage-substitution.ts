import { Rule } from '../types';
import { wordAfter, wordBefore } from '../text';

/**
 * Office-specific substitutions from `.copydesk.json` ("flag X, suggest Y"). Patterns are
 * literal phrases matched as whole words, so user input can never make matching slow.
 */
export const rule: Rule = {
  id: 'usage/substitution',
  family: 'usage',
  description: 'An office-specific term the project configuration asks to replace.',
  defaultSeverity: 'warning',
  why: 'Press offices keep their own list of preferred terms (unit names, program names, words to avoid); `.copydesk.json` carries it so every writer gets the same advice.',
  right: 'the Joint Improvised-Threat Defeat Agency (with {"flag": "JIEDDO", "suggest": "Joint Improvised-Threat Defeat Agency"})',
  wrong: 'JIEDDO',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const sub of ctx.options.substitutions) {
      const flag = sub.flag.trim();
      if (!flag) continue;
      for (let i = text.indexOf(flag); i >= 0; i = text.indexOf(flag, i + flag.length)) {
        const end = i + flag.length;
        if (wordBefore(text, i) || wordAfter(text, end)) continue;
        ctx.report({
          start: i,
          end,
          message: sub.message ?? `Use "${sub.suggest}" instead of "${flag}" (project style).`,
          fix: { title: `Replace with "${sub.suggest}"`, edits: [{ start: i, end, newText: sub.suggest }] },
        });
      }
    }
  },
};
