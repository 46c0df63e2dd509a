import { Rule } from '../../types';
import { bodyProse } from '../../analysis/number';

/** A figure then `%` or the word `percent`. Group 2 is the sign form, group 3 the word form. */
const PERCENT = /(?<![\w.])\d+(?:\.\d+)?(?:(\s?%)|( percent)(?![A-Za-z]))/g;

export const rule: Rule = {
  id: 'number/percent-consistency',
  family: 'number',
  description: 'Both "%" and "percent" after figures in one release.',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'AP has used the % sign with figures since 2019 ("4%"); older DoD copy spells out "4 percent". Either may be house style, but one release uses one form.',
  right: 'Recruiting rose 4% in March and 6% in April.',
  wrong: 'Recruiting rose 4 percent in March and 6% in April.',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    const signs: Array<{ start: number; end: number }> = [];
    const words: Array<{ start: number; end: number }> = [];
    for (const range of bodyProse(doc)) {
      const slice = text.slice(range.start, range.end);
      PERCENT.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = PERCENT.exec(slice)) !== null) {
        const end = range.start + m.index + m[0].length;
        const form = m[1] ?? m[2];
        (m[1] ? signs : words).push({ start: end - form.length, end });
      }
    }
    if (signs.length === 0 || words.length === 0) return;
    // The form used more often wins; a tie goes to the house style, else has no certain answer.
    const house = ctx.options.house?.percent ?? 'either';
    const want: 'sign' | 'word' | undefined =
      signs.length > words.length ? 'sign' : words.length > signs.length ? 'word' : house !== 'either' ? house : undefined;
    const report = (r: { start: number; end: number }, isSign: boolean): void => {
      const to = isSign ? ' percent' : '%';
      const label = isSign ? '"percent"' : '"%"';
      const message = `This release uses both "%" and "percent" with figures: use one form throughout.`;
      const edit = { title: `Write ${label}`, edits: [{ start: r.start, end: r.end, newText: to }] };
      if (want) ctx.report({ start: r.start, end: r.end, message, fix: edit });
      else ctx.report({ start: r.start, end: r.end, message, suggestions: [edit] });
    };
    if (want === 'sign') words.forEach((w) => report(w, false));
    else if (want === 'word') signs.forEach((s) => report(s, true));
    else {
      // A tie: flag the form the release did not start with.
      const firstIsSign = signs[0].start < words[0].start;
      (firstIsSign ? words : signs).forEach((r) => report(r, !firstIsSign));
    }
  },
};
