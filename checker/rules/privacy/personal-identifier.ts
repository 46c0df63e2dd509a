import { Rule } from '../../types';
import { matchesIn } from '../../analysis/time';
import { hasDigit } from '../../lex/text';

/** A Social Security number written 123-45-6789 (or with spaces), or given after its label. */
const SSN = /(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])|\b(?:SSN|Social Security (?:[Nn]umber|[Nn]o\.))[ #:]{0,3}(\d{9}|[Xx*]{3}-?[Xx*]{2}-?\d{4})\b/g;
/** A 10-digit DoD ID (EDIPI) number. */
const DOD_ID = /(?<![\w-])\d{10}(?![\w-])/g;
/** What says a 10-digit number is a DoD ID. */
const ID_LABEL = /\b(?:DoD|DOD) ?ID\b|\bEDIPI\b|\bCAC\b|\bID (?:number|no\.|#)/;
/** A name (two capitalized words) just before: `Sgt. Jane Doe (1234567890)`, `Doe, Jane 1234567890`. */
const NAME_BEFORE = /[A-Z][a-z'’-]+,? [A-Z][a-z'’-]+(?: [A-Z]\.)?[ ,:(#-]{0,4}(?:(?:ID|number|no\.)[ :#]{0,2})?$/;

export const rule: Rule = {
  id: 'privacy/personal-identifier',
  family: 'privacy',
  description: 'A Social Security number, or a 10-digit DoD ID number next to a name.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'The Privacy Act protects a Social Security number and a DoD ID (EDIPI) number: with a name, either one is enough to steal an identity or to reach a service member\'s records. Neither is ever releasable; roster or award-citation text copied into a release must be cleaned of them. Copydesk points it out for a person to decide; the security and policy review (DoD Instruction 5230.09) still applies.',
  right: 'Spc. John Smith received the Army Commendation Medal.',
  wrong: 'Spc. John Smith, 123-45-6789, received the Army Commendation Medal.',
  fixable: false,
  check(doc, ctx) {
    const text = doc.text;
    for (const block of doc.blocks) {
      if (!hasDigit(text, block.start, block.end)) continue;
      for (const m of matchesIn(text, block, SSN)) {
        ctx.report({ start: m.index, end: m.index + m[0].length, message: 'A Social Security number is never releasable: remove it.' });
      }
      for (const m of matchesIn(text, block, DOD_ID)) {
        const before = text.slice(Math.max(block.start, m.index - 40), m.index);
        if (!ID_LABEL.test(before) && !NAME_BEFORE.test(before)) continue;
        ctx.report({ start: m.index, end: m.index + m[0].length, message: 'A DoD ID (EDIPI) number next to a name is not releasable: remove it.' });
      }
    }
  },
};
