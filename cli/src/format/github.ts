/** `--format github`: GitHub Actions workflow commands, which show as annotations on the pull request. */
import * as path from 'path';
import { FileReport } from '../checkFile';

const LEVEL = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' } as const;

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Annotations name files relative to the workspace (the working directory in a workflow). */
function fileFor(r: FileReport, cwd: string): string {
  if (r.abs === '-') return '-';
  const rel = path.relative(cwd, r.abs);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? r.abs : rel).split(path.sep).join('/');
}

export function toGithub(reports: FileReport[], cwd = process.cwd()): string {
  const out: string[] = [];
  for (const r of reports) {
    for (const f of r.findings ?? []) {
      const { start, end } = f.range;
      const props = [
        `file=${escapeProperty(fileFor(r, cwd))}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        // A Word document's line is the paragraph of its part.
        `title=${escapeProperty(`Copydesk ${f.rule}${f.part !== undefined ? ` (${f.part}, paragraph ${start.line + 1})` : ''}`)}`,
      ];
      const fix = f.fix ? ` Fix: ${f.fix.title}.` : '';
      out.push(`::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(`${f.message}${fix}`)}`);
    }
  }
  return out.join('\n');
}
