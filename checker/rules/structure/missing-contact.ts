import { Rule } from '../../types';
import { furnitureOf, lastLine, looksLikeRelease } from '../../analysis/structure';

export const rule: Rule = {
  id: 'structure/missing-contact',
  family: 'structure',
  description: 'A release draft with no contact (name, phone or email).',
  defaultSeverity: 'hint',
  scope: 'document',
  why: 'A release names a public affairs contact with a phone number or email so reporters can follow up.',
  right: 'Media contact: Jane Doe, 703-555-0100, jane.doe@example.mil',
  wrong: '(no contact block)',
  fixable: false,
  check(doc, ctx) {
    const f = furnitureOf(doc);
    if (f.contact || !looksLikeRelease(f)) return;
    ctx.report({ ...lastLine(doc), message: 'This release has no contact: add a name with a phone number or email.' });
  },
};
