import { Rule } from '../../types';
import { BANNER, portionSpans } from '../../analysis/marking';
import { matchesIn } from '../../analysis/time';

/**
 * Control and dissemination markings written in capitals. The classification words `SECRET`,
 * `TOP SECRET` and `CONFIDENTIAL` count only where they mark (with `//`, or in capitals inside
 * mixed-case prose); a word of an all-caps headline (`DECLASSIFIED SECRET PROGRAM …`) is a word.
 */
const TOKEN = /\b(?:UNCLASSIFIED(?=\s*\/\/)|FOR OFFICIAL USE ONLY|CONTROLLED UNCLASSIFIED INFORMATION|FOUO|NOFORN|REL TO(?= [A-Z]{3}\b)|TOP SECRET|SECRET|CONFIDENTIAL|CUI)\b/g;
/** `SECRET clearance`, `SECRET-level network`: a level named, not a marking. */
const LEVEL_NAMED = /^(?:[- ](?:level|clearances?|network|Internet|and below|and above|or higher|facility|SERVICE|Service)\b)/;

export const rule: Rule = {
  id: 'marking/control-marking',
  family: 'marking',
  description: 'A security or control marking (FOUO, CUI, SECRET, NOFORN, REL TO, a classification banner) in public copy.',
  defaultSeverity: 'error',
  scope: 'paragraph',
  why: 'DoD: public releases carry no security or control markings. A marking left in a draft means the text came from a controlled document, or that someone forgot to clear it; either way it must be removed and the text reviewed before release (DoD Instruction 5230.09). Copydesk points markings out; it does not replace the security and policy review.',
  right: 'The exercise tested communications between the two headquarters.',
  wrong: 'UNCLASSIFIED//FOR OFFICIAL USE ONLY — The exercise tested communications between the two headquarters.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of doc.blocks) {
      const s = doc.blockText(block);
      if (!/[A-Z]{2}/.test(s)) continue;
      const skip: Array<{ start: number; end: number }> = portionSpans(s).map((p) => ({ start: block.start + p.start, end: block.start + p.end }));
      for (const m of matchesIn(text, block, BANNER)) {
        const start = m.index + m[0].indexOf(m[1]);
        const end = start + m[1].length;
        skip.push({ start, end });
        const banner = m[1];
        const bare = banner === 'UNCLASSIFIED';
        // The banner goes (its line stays, blank): certain only for the bare UNCLASSIFIED banner.
        ctx.report({
          start,
          end,
          message: bare
            ? 'Remove the classification banner "UNCLASSIFIED": public releases carry no security markings.'
            : `Classification banner "${banner}": public releases carry no security or control markings, and marked text must be cleared before release.`,
          ...(bare ? { fix: { title: 'Remove the banner', edits: [{ start, end, newText: '' }] } } : {}),
        });
      }
      for (const m of matchesIn(text, block, TOKEN)) {
        const start = m.index;
        const end = start + m[0].length;
        if (skip.some((r) => start < r.end && end > r.start)) continue;
        const word = m[0];
        const slashed = text.slice(Math.max(block.start, start - 2), start) === '//' || text.slice(end, end + 2) === '//';
        if (word === 'SECRET' || word === 'TOP SECRET' || word === 'CONFIDENTIAL') {
          if (word === 'SECRET' && text.slice(start - 4, start) === 'TOP ') continue;
          if (!slashed && (block.allCaps || LEVEL_NAMED.test(text.slice(end, end + 14)))) continue;
        }
        if (word === 'CUI' && !slashed) {
          ctx.report({
            start,
            end,
            severity: 'hint',
            message: 'If "CUI" marks this text as controlled unclassified information, remove it and have the text cleared; a mention of the CUI program is fine.',
          });
          continue;
        }
        ctx.report({
          start,
          end,
          message: `Remove the marking "${word}": public releases carry no security or control markings, and marked text must be cleared before release.`,
        });
      }
    }
  },
};
