import { Rule } from '../../types';
import { invertedSpeaker, paraphraseBefore, quoteClosingBefore } from '../../analysis/attribution';

export const rule: Rule = {
  id: 'attribution/verb-before-name',
  family: 'attribution',
  description: 'Inverted attribution ("said Carter") where the name should come first.',
  defaultSeverity: 'warning',
  scope: 'paragraph',
  why: 'AP: put the speaker before the verb ("Carter said"). Invert only when a long title or clause follows the name ("said Smith, who led the study").',
  right: '"We will win," Carter said.',
  wrong: '"We will win," said Carter.',
  fixable: true,
  check(doc, ctx) {
    const re = /\bsaid\b/g;
    for (const block of doc.bodyBlocks) {
      const slice = doc.text.slice(0, block.end);
      re.lastIndex = block.start;
      let m: RegExpExecArray | null;
      while ((m = re.exec(slice)) !== null) {
        const saidStart = m.index;
        if (doc.inQuote(saidStart)) continue;
        // After a closing quote (`"…," said Carter.`) or a clause of paraphrase (`The unit trained for weeks, said Smith.`).
        const afterQuote = quoteClosingBefore(doc, saidStart, block) !== undefined;
        if (!afterQuote && !paraphraseBefore(doc, block, saidStart)) continue;
        const subject = invertedSpeaker(doc, block, saidStart + 4);
        if (!subject) continue;
        // After paraphrase the sentence must end with the name: `…, said Smith, the commander` keeps its order.
        if (!afterQuote && !/^(?:[.!?](?:\s|$)|$)/.test(doc.text.slice(subject.end, Math.min(block.end, subject.end + 2)))) continue;
        const name = doc.text.slice(subject.start, subject.end);
        ctx.report({
          start: saidStart,
          end: subject.end,
          message: `Put the speaker before the verb: "${name} said".`,
          fix: { title: `Change to "${name} said"`, edits: [{ start: saidStart, end: subject.end, newText: `${name} said` }] },
        });
      }
    }
  },
};
