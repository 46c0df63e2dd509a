import { Rule } from '../../types';
import { portionSpans } from '../../analysis/marking';

const LEVEL: Record<string, string> = {
  C: 'CONFIDENTIAL',
  S: 'SECRET',
  TS: 'TOP SECRET',
  CUI: 'controlled unclassified information',
  FOUO: 'for official use only',
};

export const rule: Rule = {
  id: 'marking/portion-marking',
  family: 'marking',
  description: 'A portion marking ((U), (CUI), (S), (FOUO)) at the start of a paragraph or line.',
  defaultSeverity: 'error',
  scope: 'paragraph',
  why: 'DoD: public releases carry no portion markings. A paragraph that starts with one was copied from a marked document: "(U)" only says the paragraph is unclassified and can go, but "(S)", "(C)", "(CUI)" or "(FOUO)" means the paragraph itself is not releasable until it is cleared (DoD Instruction 5230.09).',
  right: 'The battalion completed its gunnery qualification.',
  wrong: '(U) The battalion completed its gunnery qualification.',
  fixable: true,
  check(doc, ctx) {
    for (const block of doc.blocks) {
      const s = doc.blockText(block);
      if (!s.includes('(')) continue;
      for (const p of portionSpans(s)) {
        const start = block.start + p.start;
        const end = block.start + p.end;
        const marking = s.slice(p.start, p.end);
        if (p.level === 'U' && p.bare) {
          const spaces = /^[ \t]*/.exec(s.slice(p.end))?.[0].length ?? 0;
          // The finding covers the space after the mark, which goes with it.
          ctx.report({
            start,
            end: end + spaces,
            message: 'Remove the portion marking "(U)": public releases carry no security markings.',
            fix: { title: 'Remove "(U)"', edits: [{ start, end: end + spaces, newText: '' }] },
          });
          continue;
        }
        const level = p.level === 'U' ? 'unclassified with a control caveat' : LEVEL[p.level];
        ctx.report({
          start,
          end,
          message: `The portion marking "${marking}" marks this paragraph ${level}: it is not releasable until it is cleared, and the marking never goes in public copy.`,
        });
      }
    }
  },
};
