/**
 * The command-line front end over the same checker the language server uses.
 *   copydesk check [--format text|json] [paths... | -]
 * Exit codes: 0 no error-severity finding, 1 at least one, 2 usage or read error.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument, CheckOptions, Finding, LanguageKind, mergeOptions, PRESETS, ReleaseDocument, resolveOptions } from './checker';
import { findConfig, LoadedConfig, readConfigFile } from './projectConfig';

const USAGE = 'usage: copydesk check [--format text|json] [--config FILE] [--preset NAME] [paths... | -]';

interface FileResult {
  path: string;
  text: string;
  /** The document the findings came from; its line table gives the positions. */
  doc: ReleaseDocument;
  findings: Finding[];
}

export function languageForPath(p: string): LanguageKind {
  if (/\.(md|markdown)$/i.test(p)) return 'markdown';
  if (/\.txt$/i.test(p)) return 'plaintext';
  return 'press-release';
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

export function toJson(results: FileResult[]): string {
  const files = results.map((r) => {
    const doc = r.doc;
    return {
      path: r.path,
      findings: r.findings.map((f) => {
        const o: Record<string, unknown> = {
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          start: f.start,
          end: f.end,
          range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
        };
        if (f.fix) o.fix = { title: f.fix.title, edits: f.fix.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText })) };
        if (f.suggestions) o.suggestions = f.suggestions.map((s) => ({ title: s.title, edits: s.edits }));
        return o;
      }),
    };
  });
  return JSON.stringify({ version: 1, files });
}

export function toText(results: FileResult[]): string {
  const out: string[] = [];
  let total = 0;
  for (const r of results) {
    const doc = r.doc;
    const lines = r.text.split(/\r\n|\r|\n/);
    for (const f of r.findings) {
      total++;
      const p = doc.positionAt(f.start);
      const fix = f.fix ? ` [fix: ${f.fix.title}]` : f.suggestions ? ` [suggestions: ${f.suggestions.map((s) => s.title).join('; ')}]` : '';
      out.push(`${r.path}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.rule}: ${f.message}${fix}`);
      const line = lines[p.line] ?? '';
      const width = Math.max(1, Math.min(f.end, f.start + line.length - p.character) - f.start);
      out.push(`    ${line}`, `    ${' '.repeat(p.character)}${'^'.repeat(width)}`);
    }
  }
  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  out.push(`${total} finding${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}) in ${results.length} file${results.length === 1 ? '' : 's'}`);
  return out.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const fail = (msg: string): number => {
    process.stderr.write(`copydesk: ${msg}\n`);
    return 2;
  };
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'check') return fail(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
  let format = 'text';
  let configPath: string | undefined;
  let preset: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => inline ?? rest[++i] ?? '';
    if (flag === '--format' || flag === '-f') format = value();
    else if (flag === '--config') configPath = value();
    else if (flag === '--preset') preset = value();
    else if (a.startsWith('-') && a !== '-') return fail(`unknown option "${a}"; ${USAGE}`);
    else paths.push(a);
  }
  if (format !== 'text' && format !== 'json') return fail(`unknown format "${format}": use text or json`);
  if (paths.length === 0) return fail(`no input: name files, or - for standard input; ${USAGE}`);
  if (preset !== undefined && !PRESETS[preset]) return fail(`unknown preset "${preset}": use ${Object.keys(PRESETS).join(', ')}`);
  let forced: LoadedConfig | undefined;
  if (configPath !== undefined) {
    try {
      forced = readConfigFile(path.resolve(configPath));
    } catch (err) {
      return fail(`cannot read config ${configPath}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
    }
  }
  const reported = new Set<string>();
  const optionsFor = (p: string): CheckOptions => {
    const config = forced ?? findConfig(p === '-' ? process.cwd() : path.dirname(path.resolve(p)));
    if (config && config.problems.length > 0 && !reported.has(config.path)) {
      reported.add(config.path);
      for (const pr of config.problems) process.stderr.write(`copydesk: ${config.path}: ${pr.message} (the rest of the file applies)\n`);
    }
    return mergeOptions(config?.options ?? {}, preset ? { preset } : {}, { language: p === '-' ? 'press-release' : languageForPath(p) });
  };

  const results: FileResult[] = [];
  for (const p of paths) {
    let text: string;
    try {
      text = p === '-' ? await readStdin() : fs.readFileSync(p, 'utf8');
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      return fail(`cannot read ${p}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message}`);
    }
    const options = resolveOptions(optionsFor(p));
    const doc = new ReleaseDocument(text, options.language);
    results.push({ path: p, text, doc, findings: checkDocument(doc, options) });
  }
  process.stdout.write(`${format === 'json' ? toJson(results) : toText(results)}\n`);
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
