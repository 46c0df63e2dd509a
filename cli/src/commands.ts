/**
 * The commands that need the checker: `copydesk check`, `copydesk explain RULE`, `copydesk rules`.
 * main.ts loads this module only for them (in the build, its own bundle dist/cli-commands.js), so
 * `--help` and `--version` start without the checker. Exit codes: 0 clean, 1 errors or too many
 * warnings, 2 usage, read or config error.
 */
import * as path from 'path';
import { CheckArgs, parseCheckArgs, parseRulesArgs, UsageError } from './args';
import { CheckSettings, checkDecoded, checkFile, FileReport } from './checkFile';
import { wantsColor } from './format/color';
import { toGithub } from './format/github';
import { toJson } from './format/json';
import { toSarif } from './format/sarif';
import { toText } from './format/text';
import { expandInputs, Input } from './inputs';
import { checkInParallel, defaultJobs, PARALLEL_MIN_FILES } from './pool';
import { decodeDraft } from '../../node/readDraft';
import { closeRuleIds, explain, rulesJson, rulesTable } from './rulesCommand';
import { USAGE } from './usage';
import { err, fail } from './messages';
import { readConfigFile } from '../../node/projectConfig';

export { languageForPath } from './checkFile';
export { startWorker } from './pool';

declare const __COPYDESK_WORKER_ENTRY__: string | undefined;

/**
 * What a worker thread of a parallel check loads (it serves batches and never runs a command): the
 * bundle dist/cli-worker.js beside dist/cli-commands.js, or worker.js beside this file unbundled.
 */
const WORKER_ENTRY = path.join(__dirname, typeof __COPYDESK_WORKER_ENTRY__ !== 'undefined' ? __COPYDESK_WORKER_ENTRY__ : 'worker.js');

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}


async function checkAll(args: CheckArgs, inputs: Input[], settings: CheckSettings): Promise<FileReport[]> {
  const files = inputs.filter((i) => i.abs !== '-');
  const jobs = Math.min(args.jobs ?? defaultJobs(), files.length);
  const parallel = jobs > 1 && files.length >= PARALLEL_MIN_FILES;
  if (process.env.COPYDESK_DEBUG === 'workers') err(`checking ${files.length} files ${parallel ? `with ${jobs} worker threads` : 'on the main thread'}`);
  const reports = parallel ? await checkInParallel(WORKER_ENTRY, files, settings, jobs) : files.map((i) => checkFile(i.display, i.abs, settings));
  const stdin = inputs.findIndex((i) => i.abs === '-');
  if (stdin >= 0) reports.splice(stdin, 0, checkDecoded('-', '-', decodeDraft(await readStdin(), settings.maxFileSize), settings));
  return reports;
}

export async function check(argv: string[]): Promise<number> {
  let args: CheckArgs;
  try {
    args = parseCheckArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return fail(`${e.message}; ${USAGE}`);
    throw e;
  }
  let configPath: string | undefined;
  if (args.configPath !== undefined) {
    configPath = path.resolve(args.configPath);
    try {
      readConfigFile(configPath);
    } catch (e) {
      return fail(`cannot read config ${args.configPath}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    }
  }
  const expanded = expandInputs(args.paths, args.extensions);
  let readError = expanded.errors.length > 0;
  for (const e of expanded.errors) err(e);
  const inputs = expanded.inputs.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  const looked = `looked for ${args.extensions.map((e) => `*.${e}`).join(', ')} outside ignored paths`;
  if (inputs.length === 0) return readError ? 2 : fail(`no drafts in ${expanded.empty.join(', ')} (${looked})`);
  for (const p of expanded.empty) err(`no drafts in ${p} (${looked})`);

  const settings: CheckSettings = { configPath, preset: args.preset, releaseDate: args.releaseDate, rules: args.rules, fix: args.fix, fixDryRun: args.fixDryRun, fixInclude: args.fixInclude, maxFileSize: args.maxFileSize };
  const reports = await checkAll(args, inputs, settings);

  const configsReported = new Set<string>();
  for (const r of reports) {
    if (r.configProblems && !configsReported.has(r.configProblems.path)) {
      configsReported.add(r.configProblems.path);
      for (const m of r.configProblems.messages) err(`${r.configProblems.path}: ${m} (the rest of the file applies)`);
    }
    if (r.status === 'skipped') err(`skipped ${r.display}: ${r.message}`);
    if (r.status === 'error') {
      readError = true;
      err(r.message ?? `cannot check ${r.display}`);
    }
    if (args.quiet && r.findings) r.findings = r.findings.filter((f) => f.severity === 'error');
  }

  const findings = reports.flatMap((r) => r.findings ?? []);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;

  if (args.fixDryRun) {
    process.stdout.write(reports.map((r) => r.diff ?? '').join(''));
    const fixes = reports.reduce((n, r) => n + (r.fixesApplied ?? 0), 0);
    const files = reports.filter((r) => r.fixesApplied).length;
    err(`${fixes} ${fixes === 1 ? 'fix' : 'fixes'} would be applied in ${files} ${files === 1 ? 'file' : 'files'}; nothing written`);
  } else {
    const out =
      args.format === 'json'
        ? toJson(reports, args.fix)
        : args.format === 'sarif'
          ? toSarif(reports, expanded.errors)
          : args.format === 'github'
            ? toGithub(reports)
            : toText(reports, wantsColor(process.stdout.isTTY));
    if (out) process.stdout.write(`${out}\n`);
    if (args.fix && args.format !== 'text') {
      for (const r of reports) if (r.fixesApplied) err(`${r.display}: ${r.fixesApplied} ${r.fixesApplied === 1 ? 'fix' : 'fixes'} applied`);
    }
  }
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    err(`${warnings} warnings, more than --max-warnings ${args.maxWarnings}`);
  }
  if (readError) return 2;
  return errors > 0 || (args.maxWarnings !== undefined && warnings > args.maxWarnings) ? 1 : 0;
}

export function rulesCommand(argv: string[]): number {
  let format: string;
  try {
    format = parseRulesArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  }
  if (format !== 'text' && format !== 'json') return fail(`unknown format "${format}" for rules: use text or json`);
  process.stdout.write(`${format === 'json' ? rulesJson() : rulesTable()}\n`);
  return 0;
}

export function explainCommand(argv: string[]): number {
  if (argv.length !== 1) return fail('usage: copydesk explain RULE (e.g. copydesk explain rank/spelled-out; copydesk rules lists them)');
  const page = explain(argv[0]);
  if (page === undefined) {
    const close = closeRuleIds(argv[0]);
    return fail(`unknown rule "${argv[0]}"${close.length ? `; did you mean ${close.join(', ')}?` : ''} (copydesk rules lists them)`);
  }
  process.stdout.write(page.endsWith('\n') ? page : `${page}\n`);
  return 0;
}
