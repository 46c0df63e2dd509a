import { Rule } from '../../types';
import { RANK_SPELLED_FORMS } from '../../data/ranks';

/**
 * Spelled-out ranks checked when they stand alone. `Airman` is left out: DoD capitalizes it as the
 * name for members of the Air Force, like Soldier and Marine. Titles such as `Sergeant Major of the
 * Army` name one office and are often capitalized alone.
 */
const FORMS = RANK_SPELLED_FORMS.filter((f) => f !== 'Airman' && !/ of the /.test(f) && !/[()]/.test(f)).sort((a, b) => b.length - a.length);
const ALONE = new RegExp(`(?<=(?:^|[^\\p{L}])(?:the|The|a|A|an|An|his|her|their|our|its|every|each|this|that|former)\\s+)(?:${FORMS.map((f) => f.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
/** Whitespace then the first word of a form: ALONE matches only there (its lookbehind ends in `\s+`), so paragraphs without it are skipped. */
const FORM_START = new RegExp(`\\s(?:${[...new Set(FORMS.map((f) => f.split(' ')[0]))].join('|')})`);

export const rule: Rule = {
  id: 'rank/lowercase-alone',
  family: 'rank',
  description: 'A capitalized spelled-out rank standing alone, without a name (the General said).',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP: a rank is capitalized only as a title before a name; standing alone it is lowercase: "the general said", "the sergeant major visited".',
  right: 'The general said the airfield is secure.',
  wrong: 'The General said the airfield is secure.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of doc.bodyBlocks) {
      if (block.allCaps) continue;
      const body = text.slice(block.start, block.end);
      // Title-case subheads and captions without a sentence end are left alone.
      if (!/[.!?]["”’)]?$/.test(body)) continue;
      if (!FORM_START.test(body)) continue;
      ALONE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ALONE.exec(body)) !== null) {
        const start = block.start + m.index;
        const end = start + m[0].length;
        const rest = text.slice(end, Math.min(block.end, end + 4)).replace(/^['’]s?/, '');
        // Before a capitalized word or a figure it is part of a name or a title (`the General Assembly`).
        if (rest === '' || /^\s+[\p{Lu}\d]/u.test(rest) || /^\s*$/.test(rest)) continue;
        // Navy title style `the Commander, U.S. Pacific Fleet` names a command, not a rank.
        if (/^,\s*\p{Lu}/u.test(text.slice(end, end + 4))) continue;
        // `Sergeant Major of the Army`, `Captain of the Port`, `Commander of Pacific Air Forces`: titles of one office.
        if (/^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 30))) continue;
        const written = m[0];
        ctx.report({
          start,
          end,
          message: `A rank standing alone is lowercase: "${written.toLowerCase()}".`,
          fix: { title: `Lowercase "${written}"`, edits: [{ start, end, newText: written.toLowerCase() }] },
        });
      }
    }
  },
};
