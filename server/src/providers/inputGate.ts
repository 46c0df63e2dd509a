import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { inputProblem, maxBytesOf } from '../../../checker/document/input';
import { CopydeskSettings, SOURCE } from '../../../protocol';

/**
 * Documents Copydesk does not check (too large, binary, not UTF-8), with the reason, per URI and
 * version. The analyzer asks `skipInput` before checking; diagnostics then show the reason as one
 * information diagnostic at the top instead of findings; hover, code actions and symbols get nothing.
 */
const skipped = new Map<string, { version: number; limit: number; reason: string }>();

/** True when the document must not be checked; remembers why for `skippedDiagnostics`. */
export function skipInput(doc: TextDocument, settings: CopydeskSettings): boolean {
  const limit = maxBytesOf(settings.maxFileSize);
  const seen = skipped.get(doc.uri);
  // The same version under the same limit: skipped again. A raised limit reads the draft again.
  if (seen && seen.version === doc.version && seen.limit === limit) return true;
  const reason = inputProblem(doc.getText(), limit);
  if (reason) skipped.set(doc.uri, { version: doc.version, limit, reason });
  else skipped.delete(doc.uri);
  return reason !== undefined;
}

/** The one diagnostic of a skipped document (undefined when it was checked). */
export function skippedDiagnostics(doc: TextDocument): Diagnostic[] | undefined {
  const s = skipped.get(doc.uri);
  if (!s || s.version !== doc.version) return undefined;
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  // No `code`: there is no rule to read about or to disable on a line.
  return [{ range, severity: DiagnosticSeverity.Information, source: SOURCE, message: s.reason }];
}

export function forgetInput(uri: string): void {
  skipped.delete(uri);
}
