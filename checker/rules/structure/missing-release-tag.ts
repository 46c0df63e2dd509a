import { Rule } from '../../types';
import { firstLine, furnitureOf, looksLikeRelease } from '../../analysis/structure';

export const rule: Rule = {
  id: 'structure/missing-release-tag',
  family: 'structure',
  description: 'A release draft with no release tag (FOR IMMEDIATE RELEASE or HOLD FOR RELEASE).',
  defaultSeverity: 'hint',
  scope: 'document',
  why: 'A release tells editors when they may use it: `FOR IMMEDIATE RELEASE`, or `HOLD FOR RELEASE` with a date and time.',
  right: 'FOR IMMEDIATE RELEASE',
  wrong: '(no release tag above the headline)',
  fixable: false,
  check(doc, ctx) {
    const f = furnitureOf(doc);
    if (f.tag || !looksLikeRelease(f)) return;
    ctx.report({ ...firstLine(doc), message: 'This release has no release tag: add `FOR IMMEDIATE RELEASE` (or `HOLD FOR RELEASE` with a date and time) at the top.' });
  },
};
