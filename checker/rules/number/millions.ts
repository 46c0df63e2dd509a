import { Rule } from '../../types';
import { bodyProse } from '../../analysis/number';

/** A figure of seven or more digits with thousands commas; not part of a longer number or a decimal. */
const BIG = /(?<![\w.,])(\d{1,3})((?:,\d{3}){2,4})(?![\d,]*\d|\.\d)/g;
const SCALES = ['million', 'billion', 'trillion'];
/**
 * A contract award as DoD announces it (defense.gov's daily contracts): the paragraph names the
 * contract by its number (`W31P4Q-22-C-0014`, `N00024-24-C-2100`, `SPE300-26-D-3311`) or its
 * contracting activity. Those give the obligated amounts to the dollar, so `$49,000,000` stays.
 */
const CONTRACT_AWARD = /\b[A-Z][A-Z0-9]{5}-?\d{2}-?[A-Z]-?[A-Z0-9]{4}\b|\bcontracting activity\b/;

export const rule: Rule = {
  id: 'number/millions',
  family: 'number',
  description: 'A round figure in the millions or more written out in full (1,500,000).',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP: use figures with million, billion and trillion for round numbers: "1.5 million", "$2 billion", with at most two decimals.',
  right: 'The Army awarded a $1.5 million contract.',
  wrong: 'The Army awarded a $1,500,000 contract.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    const ranges = [...bodyProse(doc), ...doc.blocks.filter((b) => b.kind === 'headline')];
    for (const range of ranges) {
      const slice = text.slice(range.start, range.end);
      if (CONTRACT_AWARD.test(slice)) continue;
      BIG.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = BIG.exec(slice)) !== null) {
        const groups = m[2].length / 4;
        const digits = m[1] + m[2].replace(/,/g, '');
        const scaleDigits = groups * 3;
        const whole = digits.slice(0, digits.length - scaleDigits);
        const frac = digits.slice(digits.length - scaleDigits);
        // Round values only: what is left after two decimals must be zeros.
        if (!/^0*$/.test(frac.slice(2))) continue;
        const decimals = frac.slice(0, 2).replace(/0+$/, '');
        const figure = decimals ? `${whole}.${decimals}` : whole;
        const words = `${figure} ${SCALES[groups - 2]}`;
        const start = range.start + m.index;
        const end = start + m[0].length;
        // `1,500,000-acre` or a figure inside a table cell keeps its figures exact: only running text.
        if (/^(?:[-–]\w|[A-Za-z])/.test(text.slice(end, end + 2))) continue;
        ctx.report({
          start,
          end,
          message: `Write round figures in the millions and up as "${words}".`,
          fix: { title: `Write "${words}"`, edits: [{ start, end, newText: words }] },
        });
      }
    }
  },
};
