/** The default report: one line per finding, the line of text it is on, and carets under the span. */
import { FileReport, ReportedFinding } from '../checkFile';
import { painter } from './color';
import { escapeControl } from './escape';
import { PARAGRAPH_SEPARATOR } from '../../../docx/read';

const SEVERITY_STYLE = { error: 'red', warning: 'yellow', information: 'blue', hint: 'dim' } as const;
/** Longer lines are shown as a window around the finding. */
const MAX_EXCERPT = 160;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function excerpt(line: string, from: number, width: number): { text: string; caretAt: number } {
  if (line.length <= MAX_EXCERPT) return { text: line, caretAt: from };
  const start = Math.max(0, Math.min(from - 40, line.length - MAX_EXCERPT));
  const end = Math.min(line.length, Math.max(start + MAX_EXCERPT, from + width));
  const head = start > 0 ? '...' : '';
  return { text: `${head}${line.slice(start, end)}${end < line.length ? '...' : ''}`, caretAt: from - start + head.length };
}

/** Where a finding is: `file:line:col`; in a Word document `file:paragraph:col`, with the part unless it is the body. */
export function placeOf(r: FileReport, f: ReportedFinding): string {
  const p = f.range.start;
  const part = f.part && f.part !== 'body' ? ` [${f.part}]` : '';
  return `${escapeControl(r.display)}${part}:${p.line + 1}:${p.character + 1}:`;
}

/** The lines a finding's position counts in: a text file's lines, a Word document part's paragraphs. */
function linesOf(r: FileReport, part: string | undefined): string[] {
  const text = part !== undefined ? (r.parts?.find((x) => x.label === part)?.text ?? '') : (r.text ?? '');
  return part !== undefined ? text.split(PARAGRAPH_SEPARATOR) : text.split(/\r\n|\r|\n/);
}

function finding(r: FileReport, lines: string[], f: ReportedFinding, paint: ReturnType<typeof painter>): string[] {
  const p = f.range.start;
  const extra = f.fix ? ` [fix: ${f.fix.title}]` : f.suggestions ? ` [suggestions: ${f.suggestions.map((s) => s.title).join('; ')}]` : '';
  const head = `${paint('bold', placeOf(r, f))} ${paint(SEVERITY_STYLE[f.severity], f.severity)} ${paint('dim', f.rule)}: ${f.message}${extra}`;
  // A paragraph's own line breaks (`w:br`) show as spaces, so the carets stay under the span.
  const line = (lines[p.line] ?? '').replace(/\r\n|\r|\n/g, (m) => ' '.repeat(m.length));
  const width = Math.max(1, Math.min(f.end - f.start, line.length - p.character));
  const shown = excerpt(line, p.character, width);
  // Tabs stay tabs under the text so the carets line up in any tab width.
  const pad = shown.text.slice(0, shown.caretAt).replace(/[^\t]/g, ' ');
  return [head, `    ${shown.text}`, `    ${pad}${paint(SEVERITY_STYLE[f.severity], '^'.repeat(width))}`];
}

export function toText(reports: FileReport[], color: boolean): string {
  const paint = painter(color);
  const out: string[] = [];
  let total = 0;
  let errors = 0;
  let warnings = 0;
  let checked = 0;
  for (const r of reports) {
    if (r.status === 'skipped') continue;
    if (r.fixesApplied) out.push(`${paint('bold', escapeControl(r.display))}: ${paint('green', `${r.fixesApplied} ${r.fixesApplied === 1 ? 'fix' : 'fixes'} applied`)}`);
    if (!r.findings) continue;
    checked++;
    const byPart = new Map<string | undefined, string[]>();
    for (const f of r.findings) {
      if (!byPart.has(f.part)) byPart.set(f.part, linesOf(r, f.part));
      const lines = byPart.get(f.part)!;
      total++;
      if (f.severity === 'error') errors++;
      if (f.severity === 'warning') warnings++;
      out.push(...finding(r, lines, f, paint));
    }
  }
  out.push(`${plural(total, 'finding')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(checked, 'file')}`);
  return out.join('\n');
}
