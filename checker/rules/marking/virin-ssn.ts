import { Rule } from '../../types';
import { matchesIn } from '../../analysis/time';

/**
 * The old VIRIN form `YYMMDD-S-1234X-NNN`: its third part is the last four digits of the
 * photographer's Social Security number and the first letter of the last name. The current form
 * puts the photographer's assigned ID there (`YYMMDD-S-AB123-NNNN`) and is not this rule's.
 */
const OLD_VIRIN = /(?<![\w-])(\d{6})-([A-Z])-(\d{4}[A-Z])-(\d{3,4})(?![\w-])/g;

export const rule: Rule = {
  id: 'marking/virin-ssn',
  family: 'marking',
  description: 'A VIRIN in the old form whose middle part holds the photographer\'s Social Security number digits (030405-N-3236B-001).',
  defaultSeverity: 'error',
  scope: 'paragraph',
  why: 'The old Visual Information Record Identification Number embedded the last four digits of the photographer\'s Social Security number and an initial ("3236B"). Published with a caption, it releases part of a service member\'s SSN, which the Privacy Act protects. Images get a VIRIN in the current form, with the photographer\'s assigned ID instead, before release.',
  right: '(U.S. Navy photo by Petty Officer 2nd Class Jane Doe/Released) 200405-N-AB123-1001',
  wrong: '(U.S. Navy photo by Petty Officer 2nd Class Jane Doe/Released) 030405-N-3236B-001',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of doc.blocks) {
      if (!doc.blockText(block).includes('-')) continue;
      for (const m of matchesIn(text, block, OLD_VIRIN)) {
        ctx.report({
          start: m.index,
          end: m.index + m[0].length,
          message: `VIRIN in the old form: "${m[3]}" holds the last four digits of the photographer's Social Security number. Give the image a VIRIN in the current form before release.`,
        });
      }
    }
  },
};
