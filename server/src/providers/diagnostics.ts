import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Finding, parseConfig } from '../../../checker';
import { CONFIG_NAME, SOURCE } from '../../../protocol';
import { CheckedParams } from '../../../protocol/messages';
import { Analysis } from './analysis';
import { toDiagnostic, toRange } from './convert';
import { skippedDiagnostics } from './inputGate';

/** How long pushed diagnostics wait for the next edit of a burst before checking. */
export const PUSH_DELAY_MS = 15;

/** A project file open in the editor gets its own problems underlined, each naming its key; undefined for any other document. */
export function configDiagnostics(doc: TextDocument): Diagnostic[] | undefined {
  if (!doc.uri.endsWith(`/${CONFIG_NAME}`)) return undefined;
  return parseConfig(doc.getText()).problems.map((p) => ({
    range: toRange(doc, p.start, p.end),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: 'config',
    message: `${p.message}. Drafts use the rest of the file and the defaults for this key.`,
  }));
}

/**
 * A draft's diagnostics: one per finding; for a file Copydesk does not check (too large, binary,
 * not UTF-8) one notice of why (inputGate.ts); none when checking is off (`analysis` undefined).
 */
export function diagnostics(analysis: Analysis | undefined, doc: TextDocument): Diagnostic[] {
  return skippedDiagnostics(doc) ?? bySeverity(analysis?.findings ?? []).map((f) => toDiagnostic(doc, f));
}

const GRAVITY: Record<Finding['severity'], number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * In reading order, and where findings start at the same place the most severe first: VS Code
 * lists the problems under the pointer in the order it was given them, so an error is read before
 * a suggestion on the same word.
 */
function bySeverity(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || GRAVITY[a.severity] - GRAVITY[b.severity]);
}

/** What `copydesk/checked` tells clients and tests once a version is checked: the findings counted by severity. */
export function checked(doc: TextDocument, findings: Finding[]): CheckedParams {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return { uri: doc.uri, version: doc.version, counts };
}
