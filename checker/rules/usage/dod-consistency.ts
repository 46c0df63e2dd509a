import { Rule } from '../../types';
import { creditLineAt } from '../../analysis/caption';
import { inAddress, matchesIn } from '../../analysis/usage';

export const rule: Rule = {
  id: 'usage/dod-consistency',
  family: 'usage',
  description: '"DOD" and "DoD" mixed in one release (or the form the house style does not use).',
  defaultSeverity: 'warning',
  scope: 'document',
  why: 'AP writes DOD; DoD issuances write DoD. Either is valid (house setting "department"), but one release uses one form.',
  right: 'DOD officials said … the DOD budget',
  wrong: 'DOD officials said … the DoD budget',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    const found: Array<{ start: number; form: 'DOD' | 'DoD' }> = [];
    for (const block of doc.blocks) {
      if ((block.kind !== 'body' && block.kind !== 'headline') || block.allCaps) continue;
      for (const m of matchesIn(text, block.start, block.end, /\b(?:DOD|DoD)\b/g)) {
        // `(DoD photo by …)` is the credit's own form, not the release's choice.
        if (!inAddress(text, m.index, m.index + 3) && !creditLineAt(doc, block, m.index, m.index + 3)) found.push({ start: m.index, form: m[0] as 'DOD' | 'DoD' });
      }
    }
    if (found.length === 0) return;
    // Quoted words are the speaker's (as transcribed): they do not decide the release's form.
    const counted = found.filter((f) => !doc.inQuote(f.start, f.start + 3));
    const n = (form: string) => counted.filter((f) => f.form === form).length;
    const mixed = new Set(found.map((f) => f.form)).size > 1;
    const house = ctx.options.house?.department ?? 'either';
    let target: 'DOD' | 'DoD';
    if (house === 'DOD' || house === 'DoD') target = house;
    else if (!mixed) return;
    else target = n('DOD') > n('DoD') ? 'DOD' : n('DoD') > n('DOD') ? 'DoD' : (counted[0] ?? found[0]).form;
    for (const f of found) {
      if (f.form === target) continue;
      ctx.report({
        start: f.start,
        end: f.start + 3,
        message: mixed
          ? `This release mixes DOD and DoD: use "${target}" throughout.`
          : `House style writes "${target}".`,
        // A release consistent in the other valid form is only a hint.
        severity: mixed ? undefined : 'hint',
        fix: { title: `Replace with "${target}"`, edits: [{ start: f.start, end: f.start + 3, newText: target }] },
      });
    }
  },
};
