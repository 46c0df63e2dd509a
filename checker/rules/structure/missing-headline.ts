import { Rule } from '../../types';
import { firstLine, furnitureOf, looksLikeRelease } from '../../analysis/structure';

export const rule: Rule = {
  id: 'structure/missing-headline',
  family: 'structure',
  description: 'A release draft with no headline above the body.',
  defaultSeverity: 'hint',
  scope: 'document',
  why: 'Every release needs a headline: it is what editors and readers see first, and it sits between the release furniture and the dateline.',
  right: 'FOR IMMEDIATE RELEASE\n\nCarter announces 560 troops to deploy to Iraq\n\nWASHINGTON — ...',
  wrong: 'FOR IMMEDIATE RELEASE\n\nWASHINGTON — ...',
  fixable: false,
  check(doc, ctx) {
    if (doc.headline || !looksLikeRelease(furnitureOf(doc))) return;
    const body = doc.bodyBlocks[0];
    const at = body ? { start: body.start, end: doc.dateline?.end ?? body.start + Math.min(40, body.end - body.start) } : firstLine(doc);
    ctx.report({ ...at, message: 'This release has no headline: add one above the dateline.' });
  },
};
