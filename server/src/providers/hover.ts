import { Hover, HoverParams, MarkupKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { factsAt, Finding, HoverFacts, RULE_BY_ID } from '../../../checker';
import { ruleDocUrl } from '../../../protocol';
import { Analysis } from './analysis';
import { toRange } from './convert';

function factsMarkdown(f: HoverFacts): string {
  return [`**${f.heading}**`, '', ...f.lines.map((l) => `- ${l}`)].join('\n');
}

function findingMarkdown(f: Finding): string {
  const rule = RULE_BY_ID.get(f.rule);
  const parts = [`**Copydesk: ${f.rule}** (${f.severity})`, '', f.message];
  if (rule) {
    parts.push('', `*Why:* ${rule.why}`, '', `- Right: ${rule.right}`, `- Wrong: ${rule.wrong}`);
  }
  if (f.fix) parts.push('', `Quick fix: ${f.fix.title}`);
  for (const s of f.suggestions ?? []) parts.push('', `Suggestion: ${s.title}`);
  parts.push('', `[Rule page](${ruleDocUrl(f.rule)})`);
  return parts.join('\n');
}

/**
 * Hover: the facts of a rank, date, state or acronym under the cursor, then every finding that
 * covers it; null where there is neither.
 */
export function hover(analysis: Analysis, doc: TextDocument, params: HoverParams): Hover | null {
  const offset = doc.offsetAt(params.position);
  const sections: string[] = [];
  let start = offset;
  let end = offset;
  // The options the check used, so the hover's weekday year and acronyms agree with the findings.
  const options = analysis.state.options;
  const token = factsAt(analysis.release, offset, { defaultYear: options.defaultYear, acronyms: options.acronyms });
  const covering = analysis.findings.filter((f) => f.start <= offset && offset <= f.end && f.end > f.start);
  if (token) {
    sections.push(factsMarkdown(token.facts));
    start = token.start;
    end = token.end;
  }
  for (const f of covering) {
    sections.push(findingMarkdown(f));
    if (!token) {
      start = f.start;
      end = f.end;
    }
  }
  if (sections.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: toRange(doc, start, end) };
}
