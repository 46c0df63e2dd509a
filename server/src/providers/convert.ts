import { CodeDescription, Diagnostic, DiagnosticSeverity, DiagnosticTag, Range, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Finding, Fix, Severity } from '../../../checker';
import { ruleDocUrl, rulePageFile, SOURCE } from '../../../protocol';

/** What a diagnostic carries in `data`: code actions read the fix from here, never from the message. */
export interface DiagnosticData {
  fix?: Fix;
  suggestions?: Fix[];
  version: number;
}

/**
 * How rule page links are written for the connected client (InitializationOptions.ruleLinks, set
 * once at `initialize`): Copydesk's VS Code client opens the page it ships; others get the web page.
 */
export const ruleLinks: { style: 'web' | 'command'; pages?: string } = { style: 'web' };

export function rulePageLink(ruleId: string): string {
  return ruleDocUrl(ruleId, ruleLinks.style);
}

/**
 * A diagnostic's rule link. VS Code opens it from the Problems panel and from the problem part of
 * its hover, and the hover's opener runs no commands: where the client ships the pages
 * (`InitializationOptions.rulePages`), the link is the page's own URI, which opens without the
 * network or a prompt (the client shows it rendered).
 */
function diagnosticLink(ruleId: string): string {
  return ruleLinks.pages ? `${ruleLinks.pages.replace(/\/$/, '')}/${rulePageFile(ruleId)}` : rulePageLink(ruleId);
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
  const codeDescription: CodeDescription = { href: diagnosticLink(f.rule) };
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOffset = (v: unknown, length: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= length;

/**
 * A fix as a client sent it back in `data`, if it is one Copydesk could have made for a document
 * of `length` characters: a string title, and one or more edits, each with integer offsets
 * 0 <= start <= end <= length and a string newText, none overlapping another. Anything else is
 * forged or corrupted and is dropped (undefined), never echoed back as an edit.
 */
export function readFix(raw: unknown, length: number): Fix | undefined {
  if (!isObject(raw) || typeof raw.title !== 'string' || !Array.isArray(raw.edits) || raw.edits.length === 0) return undefined;
  const edits: Fix['edits'] = [];
  for (const e of raw.edits as unknown[]) {
    if (!isObject(e) || !isOffset(e.start, length) || !isOffset(e.end, length) || e.end < e.start || typeof e.newText !== 'string') return undefined;
    edits.push({ start: e.start, end: e.end, newText: e.newText });
  }
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].start < sorted[i - 1].end) return undefined;
  return { title: raw.title, edits };
}

/**
 * The `data` of a diagnostic a client sent back, for a document of `length` characters: its
 * version (undefined when there is none to compare), and the well-formed fixes in it; malformed
 * ones are left out. No data, or data that is not an object, carries no fix.
 */
export function readDiagnosticData(raw: unknown, length: number): { version: unknown; fix?: Fix; suggestions: Fix[] } {
  if (!isObject(raw)) return { version: undefined, suggestions: [] };
  const fix = readFix(raw.fix, length);
  const suggestions = Array.isArray(raw.suggestions)
    ? (raw.suggestions as unknown[]).map((s) => readFix(s, length)).filter((s): s is Fix => s !== undefined)
    : [];
  return fix ? { version: raw.version, fix, suggestions } : { version: raw.version, suggestions };
}

export function toTextEdits(doc: TextDocument, fix: Fix): TextEdit[] {
  return fix.edits.map((e) => ({ range: toRange(doc, e.start, e.end), newText: e.newText }));
}
