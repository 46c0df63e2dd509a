import { Rule } from '../../types';
import { sentenceStart } from '../../lex/text';

/** Members of each service as the services capitalize them. `Marine` and `Guardian` are left out: lowercase they are ordinary words. */
const MEMBERS: ReadonlyArray<readonly [string, string]> = [
  ['soldier', 'Soldier'],
  ['soldiers', 'Soldiers'],
  ['sailor', 'Sailor'],
  ['sailors', 'Sailors'],
  ['airman', 'Airman'],
  ['airmen', 'Airmen'],
];
/**
 * A capital that belongs to a name, not to house style: the word is followed by another capitalized
 * word of the name (`Soldier's Medal`, `Airman's Medal`, the `Soldier's Creed`, `Airman Leadership
 * School`, `Soldier Readiness Processing`, `Soldiers' Home`) or by `of the Year`, `for Life`.
 */
const NAME_AFTER = /^(?:['’]s|s['’])?[ \u00a0]+(?:[A-Z][a-z]|of the (?:Year|Quarter|Month)\b|for Life\b)/;
/** `the Tomb of the Unknown Soldier`, the `Buffalo Soldiers`. */
const NAME_BEFORE = /\b(?:Unknown|Buffalo)[ \u00a0]+$/;
const BY_WORD = new Map(MEMBERS.flatMap(([lower, upper]) => [[lower, upper] as const, [upper, lower] as const]));

export const rule: Rule = {
  id: 'usage/service-member-case',
  family: 'usage',
  description: 'Soldier, Sailor and Airman capitalized or not, as the house style says.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP lowercases soldier, sailor and airman. The Army, Navy and Air Force capitalize them in their own releases (Soldier, Sailor, Airman). The house style preset decides; under AP a capital is only a hint, since much published DoD copy capitalizes.',
  right: 'AP: "the soldiers trained"; army preset: "the Soldiers trained"',
  wrong: 'AP: "the Soldiers trained"; army preset: "the soldiers trained"',
  fixable: true,
  check(doc, ctx) {
    const capitalize = ctx.options.house.capitalizeServiceMembers;
    const re = /\b(?:[Ss]oldiers?|[Ss]ailors?|[Aa]irm[ae]n)\b/g;
    for (const block of doc.bodyBlocks) {
      if (block.allCaps) continue;
      re.lastIndex = block.start;
      const slice = doc.text.slice(0, block.end);
      let m: RegExpExecArray | null;
      while ((m = re.exec(slice)) !== null) {
        const word = m[0];
        const start = m.index;
        const end = start + word.length;
        const isCapital = word[0] === word[0].toUpperCase();
        if (isCapital === capitalize) continue;
        // A capital that starts a sentence, or a rank (`Airman 1st Class`, `Senior Airman Jane Doe`), says nothing about house style.
        // The first word after the dateline's dash starts the story's first sentence.
        if (isCapital && (sentenceStart(doc.text, start, block.start) === start || start === doc.dateline?.end)) continue;
        if (isCapital && (NAME_AFTER.test(doc.text.slice(end, end + 24)) || NAME_BEFORE.test(doc.text.slice(Math.max(block.start, start - 12), start)))) continue;
        if (/^Airm[ae]n$/.test(word) && /^\s+(?:1st|First|Basic|[A-Z][a-z]+)/.test(doc.text.slice(end, end + 12))) continue;
        if (/\b(?:Senior|Command|Chief|Master|Sgt\.?|Staff|Tech\.?)\s+$/.test(doc.text.slice(Math.max(block.start, start - 10), start))) continue;
        const replacement = BY_WORD.get(word);
        if (!replacement) continue;
        ctx.report({
          start,
          end,
          ...(capitalize ? {} : { severity: 'hint' as const }),
          message: capitalize
            ? `This house style capitalizes service members: "${replacement}".`
            : `AP lowercases "${replacement}" (your service may capitalize it: choose its house style preset).`,
          // Under AP the capital may be the office's deliberate choice: offered, never applied by fix-all.
          ...(capitalize
            ? { fix: { title: `Change to "${replacement}"`, edits: [{ start, end, newText: replacement }] } }
            : { suggestions: [{ title: `Change to "${replacement}"`, edits: [{ start, end, newText: replacement }] }] }),
        });
      }
    }
  },
};
