/** `--format json`: the stable contract described in the README (version 1). */
import { FileReport } from '../checkFile';

export function toJson(reports: FileReport[], withFixCounts: boolean): string {
  const files = reports
    .filter((r) => r.findings)
    .map((r) => {
      const file: Record<string, unknown> = {
        path: r.display,
        findings: r.findings!.map((f) => {
          const o: Record<string, unknown> = {
            rule: f.rule,
            severity: f.severity,
            message: f.message,
            start: f.start,
            end: f.end,
            range: f.range,
          };
          // A Word document: the part, and positions are a paragraph and a character in its extracted text.
          if (f.part !== undefined) o.part = f.part;
          if (f.fix) o.fix = { title: f.fix.title, edits: f.fix.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText })) };
          if (f.suggestions) o.suggestions = f.suggestions.map((s) => ({ title: s.title, edits: s.edits }));
          return o;
        }),
      };
      if (withFixCounts) file.fixed = r.fixesApplied ?? 0;
      return file;
    });
  return JSON.stringify({ version: 1, files });
}
