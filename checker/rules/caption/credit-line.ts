import { Rule } from '../../types';
import { captionBlocks, CREDIT_AGENCY_FULL } from '../../analysis/caption';

export const rule: Rule = {
  id: 'caption/credit-line',
  family: 'caption',
  description: 'A caption credit line that is missing, not last, or names the service in short form (USMC photo).',
  defaultSeverity: 'warning',
  scope: 'neighbours',
  why: 'DoD imagery practice: every caption ends with a credit line in parentheses that names the service in full and the photographer with rank and name, `(U.S. Army photo by Spc. Jane Doe)`; `(Released)` or `/Released` may follow. Rank forms inside it are checked by the rank rules (AP forms; Navy ratings spelled out).',
  right: 'Marines fire mortars at Camp Lejeune, N.C., Aug. 11, 2020. (U.S. Marine Corps photo by Cpl. John Roe)',
  wrong: 'Marines fire mortars at Camp Lejeune, N.C., Aug. 11, 2020. (USMC photo by Cpl. John Roe)',
  fixable: true,
  check(doc, ctx) {
    const text = doc.text;
    const inBlock = (b: { start: number; end: number }, s: { start: number }) => s.start >= b.start && s.start < b.end;
    for (const { block, caption } of captionBlocks(doc)) {
      const c = caption.credit;
      if (!c) {
        // A caption known by its label, its VIRIN or its paragraph style (a Word document's Caption), with no credit line.
        const at = caption.label ?? caption.virins[0] ?? (block.role === 'caption' && caption.block === block ? lastWord(text, caption.prose) : undefined);
        if (at && inBlock(block, at)) {
          const end = at.start + doc.text.slice(at.start, at.end).trimEnd().length;
          ctx.report({ start: at.start, end, message: 'A caption ends with a credit line: add "(U.S. Army photo by <rank> <name>)" (the service spelled out) after the last sentence.' });
        }
        continue;
      }
      if (!inBlock(block, c)) continue;
      if (caption.afterCredit) {
        ctx.report({ start: c.start, end: c.end, message: 'The credit line goes last in a caption, after the last sentence (only "(Released)" or a VIRIN may follow it).' });
      }
      const agency = c.agency;
      const full = agency ? CREDIT_AGENCY_FULL[agency.text] : undefined;
      if (agency && full) {
        ctx.report({
          start: agency.start,
          end: agency.end,
          message: `A credit line names the service in full: "${full} ${c.medium.text.toLowerCase()}", not "${agency.text} ${c.medium.text}".`,
          fix: { title: `Replace "${agency.text}" with "${full}"`, edits: [{ start: agency.start, end: agency.end, newText: full }] },
        });
      }
      if (agency && /^[A-Z]/.test(c.medium.text) && !/^[A-Z ]+$/.test(text.slice(c.start, c.end).replace(/[^A-Za-z ]/g, ''))) {
        const lower = c.medium.text.toLowerCase();
        ctx.report({
          start: c.medium.start,
          end: c.medium.end,
          message: `In a credit line "${lower}" is lowercase: "(${full ?? agency.text} ${lower} by …)".`,
          fix: { title: `Change "${c.medium.text}" to "${lower}"`, edits: [{ start: c.medium.start, end: c.medium.end, newText: lower }] },
        });
      }
    }
  },
};

/** The last word of a span, with the punctuation after it (where a missing credit line would go), or undefined when it has none. */
function lastWord(text: string, span: { start: number; end: number }): { start: number; end: number } | undefined {
  const m = /\S+\s*$/.exec(text.slice(span.start, span.end));
  return m ? { start: span.start + m.index, end: span.end } : undefined;
}
