import { Rule } from '../../types';
import { atSentenceStart, bodyProse, wordValue } from '../../analysis/number';

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** Lowercase 10–99 in words followed by a space and a word (the thing counted). */
const LARGE_WORD = new RegExp(
  `(?<![\\w'’-])(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:${TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)(?= ([A-Za-z][a-z'’]*))`,
  'g',
);

/** Words after the number that make a fixed phrase or a bigger number (`twelve hundred`, `ten to one`). */
const NOT_COUNTED = new Set(['hundred', 'thousand', 'million', 'billion', 'to', 'or', 'and', 'in', 'out', 'winks', 'questions', 'commandments', 'apostles',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'something', 'somethings', 'plus', 'odd']);
/** Words before it that make a fixed phrase (`top ten`, `one in ten`, `hang ten`). */
const NOT_AFTER = /(?:^|[^A-Za-z])(?:top|in|hang|the big|catch|of every|by)\s+$/i;

export const rule: Rule = {
  id: 'number/spell-out-large',
  family: 'number',
  description: 'A number from 10 to 99 spelled out in running text, where AP uses figures.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP: use figures for 10 and above. Spell out only at the start of a sentence and in set phrases.',
  right: 'The unit sent 12 soldiers to the range.',
  wrong: 'The unit sent twelve soldiers to the range.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    for (const range of bodyProse(doc)) {
      const slice = text.slice(range.start, range.end);
      LARGE_WORD.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = LARGE_WORD.exec(slice)) !== null) {
        const at = range.start + m.index;
        const end = at + m[1].length;
        if (NOT_COUNTED.has(m[2]) || NOT_AFTER.test(text.slice(Math.max(range.start, at - 12), at))) continue;
        if (atSentenceStart(text, at, range.start)) continue;
        const value = wordValue(m[1]);
        if (value === undefined) continue;
        ctx.report({
          start: at,
          end,
          message: `Use figures for 10 and above: "${value}".`,
          fix: { title: `Write "${value}"`, edits: [{ start: at, end, newText: String(value) }] },
        });
      }
    }
  },
};
