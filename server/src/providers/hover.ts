import { Hover, HoverParams, MarkupKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BEFORE_RELEASE_FAMILIES, factsAt, Finding, findingExample, firstSentence, HoverFacts, REVIEW_REMINDER, RULE_BY_ID, Severity } from '../../../checker';
import { Analysis } from './analysis';
import { rulePageLink, toRange } from './convert';

/** Most severe first: the finding a writer must act on leads the hover. */
const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', information: 'Note', hint: 'Suggestion' };
/** Findings shown in full; any more under one cursor are named on one line. */
const DETAILED = 2;

/** Markdown's active characters in text copied from the draft, shown as written. */
function plain(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`);
}

/** A rank, date, state or acronym: its heading and its facts on one line. */
function factsMarkdown(f: HoverFacts): string {
  return f.lines.length === 0 ? `**${f.heading}**` : `**${f.heading}**  \n${f.lines.join(' · ')}`;
}

/**
 * One finding in at most four short lines: the message (only where the editor does not already
 * show it above the hover), the finding's own right and wrong example (the rule's own examples when
 * no edit can show it), why, and the rule page.
 */
function findingMarkdown(text: string, f: Finding, others: readonly Finding[], showMessage: boolean): string {
  const rule = RULE_BY_ID.get(f.rule);
  const lines: string[] = [];
  if (showMessage) lines.push(`**${LABEL[f.severity]}:** ${f.message}`);
  const example = findingExample(text, f, others);
  if (example) lines.push(`Right: ${plain(example.right)} · Wrong: ${plain(example.wrong)}`);
  else if (rule) lines.push(`Right: ${rule.right} · Wrong: ${rule.wrong}`);
  if (rule) lines.push(`*Why:* ${firstSentence(rule.why)}`);
  if (BEFORE_RELEASE_FAMILIES.includes(f.rule.split('/')[0])) lines.push(REVIEW_REMINDER);
  const action = f.fix ? ' · quick fix: Ctrl+.' : (f.suggestions?.length ?? 0) > 0 ? ' · suggestions: Ctrl+.' : '';
  lines.push(`[Rule page: ${f.rule}](${rulePageLink(f.rule)}) (${LABEL[f.severity].toLowerCase()})${action}`);
  return lines.join('  \n');
}

export interface HoverOptions {
  /**
   * The client shows each diagnostic's message in the hover itself (VS Code does, above the
   * provider's content), so the hover does not repeat it; clients that do not get it here.
   */
  editorShowsMessages?: boolean;
}

/**
 * Hover: every finding that covers the cursor, most severe first, then the facts of a rank, date,
 * state or acronym there; null where there is neither. About a dozen lines at most.
 */
export function hover(analysis: Analysis, doc: TextDocument, params: HoverParams, options: HoverOptions = {}): Hover | null {
  const offset = doc.offsetAt(params.position);
  const sections: string[] = [];
  // The options the check used, so the hover's weekday year and acronyms agree with the findings.
  const checked = analysis.state.options;
  const token = factsAt(analysis.release, offset, { defaultYear: checked.defaultYear, acronyms: checked.acronyms });
  const covering = analysis.findings
    .filter((f) => f.start <= offset && offset <= f.end && f.end > f.start)
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.start - b.start);
  const text = analysis.release.original;
  for (const f of covering.slice(0, DETAILED)) {
    // The example of a lesser finding makes the certain fixes of the graver ones too, never the reverse.
    const graver = covering.filter((o) => RANK[o.severity] < RANK[f.severity]);
    sections.push(findingMarkdown(text, f, graver, options.editorShowsMessages !== true));
  }
  if (covering.length > DETAILED) {
    sections.push(`Also here: ${covering.slice(DETAILED).map((f) => `[${f.rule}](${rulePageLink(f.rule)})`).join(', ')}`);
  }
  if (token) sections.push(factsMarkdown(token.facts));
  if (sections.length === 0) return null;
  const start = token?.start ?? covering[0].start;
  const end = token?.end ?? covering[0].end;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: toRange(doc, start, end) };
}
