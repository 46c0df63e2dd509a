/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Every rule is
 * listed in `tool.driver.rules` (so `ruleIndex` is stable); positions are 1-based, columns in
 * UTF-16 code units; certain fixes become SARIF `fixes`.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { RULES, SeveritySetting } from '../../../checker';
import { FileReport } from '../checkFile';
import { REPOSITORY_URL, ruleHelpUri, rulePage, version } from '../ruleDocs';
import { positionsIn } from './lines';

const SRCROOT = '%SRCROOT%';

function level(s: SeveritySetting): 'error' | 'warning' | 'note' | 'none' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'off' ? 'none' : 'note';
}

/** `rank/spelled-out` → `RankSpelledOut`. */
function ruleName(id: string): string {
  return id
    .split(/[/-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function driverRules(): object[] {
  return RULES.map((r) => {
    const help = `${r.why}\n\nRight: ${r.right}\nWrong: ${r.wrong}`;
    return {
      id: r.id,
      name: ruleName(r.id),
      shortDescription: { text: r.description },
      fullDescription: { text: r.why },
      help: { text: help, markdown: rulePage(r.id) ?? help },
      helpUri: ruleHelpUri(r.id),
      defaultConfiguration: r.defaultSeverity === 'off' ? { enabled: false, level: 'none' } : { level: level(r.defaultSeverity) },
      properties: { tags: ['copydesk', r.family], fixable: r.fixable },
    };
  });
}

/** A path under the working directory is relative to %SRCROOT%; anything else is an absolute file URI. */
function artifactLocation(r: FileReport, cwd: string): { uri: string; uriBaseId?: string } {
  if (r.abs === '-') return { uri: 'stdin' };
  const rel = path.relative(cwd, r.abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(r.abs).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(at: (offset: number) => { line: number; character: number }, start: number, end: number): object {
  const s = at(start);
  const e = at(end);
  return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

function endOf(p: { line: number; character: number }): object {
  return { endLine: p.line + 1, endColumn: p.character + 1 };
}

/** `problems`: inputs that could not be read at all (they have no report). */
export function toSarif(reports: FileReport[], problems: string[] = [], cwd = process.cwd()): string {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const results: object[] = [];
  const notifications: object[] = problems.map((p) => ({ level: 'error', message: { text: p } }));
  for (const r of reports) {
    if (r.status !== 'checked' && r.message) {
      notifications.push({ level: r.status === 'error' ? 'error' : 'warning', message: { text: r.status === 'skipped' ? `skipped ${r.display}: ${r.message}` : r.message } });
    }
    if (!r.findings) continue;
    const loc = artifactLocation(r, cwd);
    const at = positionsIn(r.text ?? '');
    for (const f of r.findings) {
      // A Word document: the region is in the extracted text of its part (a paragraph as the line, charOffset in the part's text).
      const where =
        f.part !== undefined
          ? { region: { ...region(() => f.range.start, 0, 0), ...endOf(f.range.end), charOffset: f.start, charLength: f.end - f.start }, properties: { part: f.part } }
          : { region: region(at, f.start, f.end) };
      const result: Record<string, unknown> = {
        ruleId: f.rule,
        ruleIndex: index.get(f.rule) ?? -1,
        level: level(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: loc, region: where.region }, ...(where.properties ? { properties: where.properties } : {}) }],
      };
      if (where.properties) result.properties = where.properties;
      // A fix is a replacement in the file's bytes to a SARIF viewer: not so in a zip, so a Word document's fixes are left to --fix.
      if (f.fix && f.part === undefined) {
        result.fixes = [
          {
            description: { text: f.fix.title },
            artifactChanges: [
              {
                artifactLocation: loc,
                replacements: f.fix.edits.map((e) => ({ deletedRegion: region(at, e.start, e.end), insertedContent: { text: e.newText } })),
              },
            ],
          },
        ];
      }
      results.push(result);
    }
  }
  const run = {
    tool: {
      driver: {
        name: 'Copydesk',
        version: version(),
        semanticVersion: version(),
        informationUri: REPOSITORY_URL,
        rules: driverRules(),
      },
    },
    invocations: [{ executionSuccessful: problems.length === 0 && !reports.some((r) => r.status === 'error'), toolExecutionNotifications: notifications }],
    originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
    columnKind: 'utf16CodeUnits',
    results,
  };
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }, null, 2);
}
