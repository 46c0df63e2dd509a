import { Rule } from '../../types';
import { atSentenceStart, bodyProse, capitalize, numberWord } from '../../analysis/number';

/** A figure (with thousands commas or decimals) at a word boundary; what follows decides the rest. */
const FIGURE = /(?<![\w.,:/$#€£%'’-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;

export const rule: Rule = {
  id: 'number/sentence-start',
  family: 'number',
  description: 'A sentence that starts with a figure (other than a year).',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP: spell out a number that starts a sentence, or recast the sentence. The one exception is a year: "2016 was a busy year."',
  right: 'Twelve Marines completed the course. / The course was completed by 150 Marines.',
  wrong: '12 Marines completed the course.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const range of bodyProse(doc)) {
      const slice = text.slice(range.start, range.end);
      FIGURE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = FIGURE.exec(slice)) !== null) {
        const at = range.start + m.index;
        const end = at + m[0].length;
        if (!atSentenceStart(text, at, range.start)) continue;
        const after = text.slice(end, Math.min(range.end, end + 20));
        const digits = m[1];
        const value = Number(digits.replace(/,/g, ''));
        // Years (`2016 was`, `1990s`) are allowed; ordinals (`1st Infantry Division`) and list numbers are left alone.
        if (!m[2] && /^\d{4}$/.test(digits) && value >= 1000 && value <= 2199) continue;
        if (/^(?:s\b|'s\b|’s\b|st\b|nd\b|rd\b|th\b|d\b)/.test(after)) continue;
        if (/^[.)]\s|^[.)]$|^\s*$/.test(after)) continue;
        // Times, ranges, scores, dates and ratios (`9 a.m.`, `3-2`, `7/11`, `1:30`) read as codes, not counts.
        if (/^(?:[-–/:x]\d|\s?[ap]\.?m\b|\s?[AP]\.?M\b)/.test(after)) continue;
        if (!/^[ %-]/.test(after)) continue;
        const plain = !m[2] && value >= 1 && value <= 99 && /^ [A-Za-z]/.test(after);
        if (plain) {
          const word = capitalize(numberWord(value));
          ctx.report({
            start: at,
            end,
            message: `Spell out a number that starts a sentence: "${word}", or recast the sentence.`,
            fix: { title: `Write "${word}"`, edits: [{ start: at, end, newText: word }] },
          });
        } else {
          ctx.report({ start: at, end, message: 'Spell out a number that starts a sentence, or recast the sentence so it does not start with a figure.' });
        }
      }
    }
  },
};
