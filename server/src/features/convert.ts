import { CodeDescription, Diagnostic, DiagnosticSeverity, DiagnosticTag, Range, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Finding, Fix, Severity } from '../checker';
import { ruleDocUrl, SOURCE } from '../shared';

/** What a diagnostic carries in `data`: code actions read the fix from here, never from the message. */
export interface DiagnosticData {
  fix?: Fix;
  suggestions?: Fix[];
  version: number;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const data: DiagnosticData = { version: doc.version };
  if (f.fix) data.fix = f.fix;
  if (f.suggestions) data.suggestions = f.suggestions;
  const codeDescription: CodeDescription = { href: ruleDocUrl(f.rule) };
  const d: Diagnostic = {
    range: toRange(doc, f.start, f.end),
    severity: SEVERITY[f.severity],
    source: SOURCE,
    code: f.rule,
    codeDescription,
    message: f.message,
    data,
  };
  if (f.rule === 'rank/repeated') d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

export function toTextEdits(doc: TextDocument, fix: Fix): TextEdit[] {
  return fix.edits.map((e) => ({ range: toRange(doc, e.start, e.end), newText: e.newText }));
}
