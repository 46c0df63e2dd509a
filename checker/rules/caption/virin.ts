import { Rule } from '../../types';
import { captionBlocks } from '../../analysis/caption';
import { MONTHS } from '../../data/months';

/** The VIRIN service letters a credit line's service allows (`U.S. Army photo` → A; the National Guard's is Z). */
const LETTERS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/National Guard$/, 'Z', 'the National Guard'],
  [/^(?:U\.S\. )?Army(?: Reserve)?$/, 'A', 'the Army'],
  [/^(?:U\.S\. )?Navy(?: Reserve)?$/, 'N', 'the Navy'],
  [/^(?:U\.S\. )?Air Force(?: Reserve)?$/, 'F', 'the Air Force'],
  [/^(?:U\.S\. )?Marine Corps(?: Reserve)?$/, 'M', 'the Marine Corps'],
  [/^(?:U\.S\. )?Coast Guard$/, 'G', 'the Coast Guard'],
];

export const rule: Rule = {
  id: 'caption/virin',
  family: 'caption',
  description: "A VIRIN that is not of the form YYMMDD-S-XXXXX-NNNN, whose date is not the caption's date, or (a hint) whose service letter is not the credit line's service.",
  defaultSeverity: 'warning',
  scope: 'neighbours',
  why: "DoD imagery practice: the Visual Information Record Identification Number is the date the image was taken (YYMMDD), the service letter (A Army, N Navy, F Air Force, M Marine Corps, G Coast Guard, Z National Guard, D DoD, O other …), the photographer's five-character VISION ID and a four-figure sequence (1001 for the first image of the first assignment of the day). Its date is the date the caption gives.",
  right: 'Soldiers fire a howitzer at Fort Bragg, N.C., Aug. 11, 2020. (U.S. Army photo by Spc. Jane Doe)\n200811-A-AB123-1001',
  wrong: 'Soldiers fire a howitzer at Fort Bragg, N.C., Aug. 11, 2020. (U.S. Army photo by Spc. Jane Doe)\n200812-A-AB123-1001',
  fixable: false,
  check(doc, ctx) {
    for (const { block, caption } of captionBlocks(doc)) {
      const date = caption.dates.find((d) => d.day !== undefined && d.kind !== 'dtg');
      for (const v of caption.virins) {
        if (v.start < block.start || v.start >= block.end) continue;
        if (v.problem) {
          ctx.report({ start: v.start, end: v.end, message: `This VIRIN is not of the form YYMMDD-S-XXXXX-NNNN: ${v.problem}.` });
          continue;
        }
        const agency = caption.credit?.agency?.text;
        const expected = agency !== undefined ? LETTERS.find(([re]) => re.test(agency)) : undefined;
        const letter = v.text.split('-')[1];
        if (expected && letter !== expected[1] && !(expected[1] === 'Z' && (letter === 'A' || letter === 'F'))) {
          const at = v.start + v.text.indexOf('-') + 1;
          ctx.report({
            start: at,
            end: at + 1,
            severity: 'hint',
            message: `The VIRIN's service letter is "${letter}", but the credit line names ${expected[2]} ("${expected[1]}"): check which is right.`,
          });
        }
        if (!date || !v.date) continue;
        const sameDay = v.date.month === date.month && v.date.day === date.day && (date.year === undefined || date.year === v.date.year);
        if (sameDay) continue;
        const shot = `${MONTHS[v.date.month - 1].ap} ${v.date.day}, ${v.date.year}`;
        ctx.report({
          start: v.start,
          end: v.start + 6,
          message: `The VIRIN's date (${shot}) is not the caption's date (${doc.text.slice(date.start, date.end)}): one of them is wrong.`,
        });
      }
    }
  },
};
