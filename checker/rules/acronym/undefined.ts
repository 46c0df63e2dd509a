import { Rule } from '../../types';
import { sentenceStart } from '../../lex/text';
import { analyzeAcronyms, firstDefinition } from '../../analysis/acronym';

export const rule: Rule = {
  id: 'acronym/undefined',
  family: 'acronym',
  description: 'A short form (ISF, CENTCOM, IED) used before it is spelled out.',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'AP: spell out a name on first reference and use the short form only after it; readers outside the Pentagon do not know OIR or ISF. Well-known short forms (U.S., NATO, FBI, DOD) need no expansion.',
  right: 'Iraqi security forces retook the airfield. … the ISF offensive',
  wrong: 'The ISF retook the airfield.',
  fixable: true,
  check(doc, ctx) {
    const extra = ctx.options.acronyms ?? {};
    for (const info of analyzeAcronyms(doc, extra).values()) {
      const first = info.uses[0];
      if (info.exempt || !first) continue;
      const def = firstDefinition(info);
      if (def && def.at < first.start) continue;
      const later = def ? ` (it is spelled out later, on line ${doc.positionAt(def.at).line + 1})` : '';
      const report = {
        start: first.start,
        end: first.end,
        message: `Spell out "${info.short}" on first reference${later}.`,
      };
      if (info.known && !def && !first.inflected) {
        const block = doc.blockAt(first.start);
        const atStart = block !== undefined && sentenceStart(doc.text, first.start, block.start) === first.start;
        const full = atStart ? info.known[0].toUpperCase() + info.known.slice(1) : info.known;
        // The house style decides the parentheses: AP and the presets write the full form alone;
        // acronymParentheses "required" adds the short form after it, as acronym/parentheses asks.
        const newText = ctx.options.house?.acronymParentheses === 'required' ? `${full} (${info.short})` : full;
        ctx.report({ ...report, fix: { title: `Spell out: ${newText}`, edits: [{ start: first.start, end: first.end, newText }] } });
      } else ctx.report(report);
    }
  },
};
