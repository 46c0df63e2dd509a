/**
 * Checks (and with --fix, fixes) one draft. Runs on the main thread or in a worker, so everything
 * it returns is plain data: the report holds no document, only positions already computed.
 */
import * as path from 'path';
import { CheckOptions, Finding, FixInclude, LanguageKind, mergeOptions, resolveOptions, SeveritySetting } from '../../checker';
import { findConfig, LoadedConfig, projectOptionsFor, readConfigFile } from '../../node/projectConfig';
import { unifiedDiff } from './diff';
import { checkAndFix, encodeDraft, writeIfUnchanged } from './fix';
import { Decoded, readDraft } from '../../node/readDraft';
import { checkDocxFile, DOCX_FILE } from './checkDocx';

export interface CheckSettings {
  configPath?: string;
  preset?: string;
  releaseDate?: string;
  rules: Record<string, SeveritySetting>;
  fix: boolean;
  fixDryRun: boolean;
  /** Which findings' fixes --fix and --fix-dry-run take (errors and warnings unless --fix-include suggestions). */
  fixInclude?: FixInclude;
  maxFileSize: number;
}

export interface Position {
  line: number;
  character: number;
}

/**
 * `part`: in a Word document, the story the finding is in (`body`, `footnotes`, `header 1` …); its
 * `range` is then a paragraph (as `line`) and a character in it, `start` and `end` offsets in the
 * story's extracted text.
 */
export type ReportedFinding = Omit<Finding, 'facts'> & { range: { start: Position; end: Position }; part?: string };

export interface FileReport {
  display: string;
  abs: string;
  status: 'checked' | 'skipped' | 'error';
  /** Why a file was skipped, or what went wrong reading or writing it. */
  message?: string;
  /** The text the findings refer to (after fixes, when --fix wrote them). */
  text?: string;
  findings?: ReportedFinding[];
  fixesApplied?: number;
  /** --fix-dry-run: the unified diff of the fixes. */
  diff?: string;
  configProblems?: { path: string; messages: string[] };
  /** A Word document's stories and their extracted text (after fixes), in the order findings come. */
  parts?: Array<{ label: string; text: string }>;
}

export function languageForPath(p: string): LanguageKind {
  if (/\.(md|markdown)$/i.test(p)) return 'markdown';
  if (/\.txt$/i.test(p)) return 'plaintext';
  return 'press-release';
}

export function optionsFor(abs: string, settings: CheckSettings): { options: CheckOptions; config?: LoadedConfig } {
  const config = settings.configPath ? readConfigFile(settings.configPath) : findConfig(abs === '-' ? process.cwd() : path.dirname(abs));
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  const options = mergeOptions(
    // The day of the check (what "future" means to the opsec rules without a release date): read here, never in the checker.
    { today: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` },
    config ? (abs === '-' ? config.options : projectOptionsFor(config, abs)) : {},
    settings.preset ? { preset: settings.preset } : {},
    settings.releaseDate ? { releaseDate: settings.releaseDate } : {},
    { rules: settings.rules },
    { language: abs === '-' ? 'press-release' : languageForPath(abs) },
  );
  return { options, config };
}

/** Diff headers name the file as git does: `a/` and `b/` before a '/'-separated relative path. */
export function diffName(display: string): string {
  return display.split(path.sep).join('/').replace(/^\.\//, '');
}

export function checkDecoded(display: string, abs: string, decoded: Decoded, settings: CheckSettings): FileReport {
  if (decoded.kind === 'skipped') return { display, abs, status: 'skipped', message: decoded.reason };
  const { options, config } = optionsFor(abs, settings);
  const resolved = resolveOptions(options);
  const result = checkAndFix(decoded.text, resolved, settings.fix || settings.fixDryRun, settings.fixInclude);
  const report: FileReport = { display, abs, status: 'checked', text: result.text, fixesApplied: result.applied };
  if (config && config.problems.length > 0) report.configProblems = { path: config.path, messages: config.problems.map((p) => p.message) };
  if (settings.fixDryRun) {
    const name = diffName(display);
    // The diff is of the file's bytes, byte order mark included, so that `patch` applies it.
    const bom = decoded.bom ? '\uFEFF' : '';
    report.diff = unifiedDiff(bom + decoded.text, bom + result.text, `a/${name}`, `b/${name}`);
  } else if (settings.fix && result.applied > 0) {
    if (!writeIfUnchanged(abs, decoded.bytes, encodeDraft(result.text, decoded.bom))) {
      // Report on the text as it was read: the fixes were not written.
      const original = checkAndFix(decoded.text, resolved, false);
      return {
        ...report,
        status: 'error',
        message: `${display} changed while Copydesk was checking it; fixes not written (run again)`,
        text: decoded.text,
        fixesApplied: 0,
        findings: original.findings.map((f) => reported(f, original.doc)),
      };
    }
  }
  report.findings = result.findings.map((f) => reported(f, result.doc));
  return report;
}

function reported(f: Finding, doc: { positionAt(offset: number): Position }): ReportedFinding {
  return { ...f, range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) } };
}

export function checkFile(display: string, abs: string, settings: CheckSettings): FileReport {
  if (DOCX_FILE.test(abs)) return checkDocxFile(display, abs, settings);
  let decoded: Decoded;
  try {
    decoded = readDraft(abs, settings.maxFileSize);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.code === 'EACCES' ? 'permission denied' : e.message;
    return { display, abs, status: 'error', message: `cannot read ${display}: ${why}` };
  }
  try {
    return checkDecoded(display, abs, decoded, settings);
  } catch (err) {
    return { display, abs, status: 'error', message: `${display}: ${(err as Error).message}` };
  }
}
