import { Rule } from '../../types';
import { furnitureOf, lastLine, looksLikeRelease } from '../../analysis/structure';

export const rule: Rule = {
  id: 'structure/missing-end-mark',
  family: 'structure',
  description: 'A release draft with no end mark (### or -30-).',
  defaultSeverity: 'hint',
  scope: 'document',
  why: 'An end mark (`###` or `-30-`) tells editors the release is complete and nothing was cut off.',
  right: 'The last paragraph of the release.\n\n###',
  wrong: '(the release just stops)',
  fixable: false,
  check(doc, ctx) {
    const f = furnitureOf(doc);
    if (f.endMark || f.serviceEndMark || !looksLikeRelease(f)) return;
    ctx.report({ ...lastLine(doc), message: 'This release has no end mark: add `###` (or `-30-`) after the last paragraph.' });
  },
};
