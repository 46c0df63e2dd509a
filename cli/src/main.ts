/**
 * The command-line front end over the same checker the language server uses: `copydesk check`,
 * `copydesk explain RULE`, `copydesk rules`. See `copydesk --help` and the README.
 * Exit codes: 0 clean, 1 errors or too many warnings, 2 usage, read or config error.
 */
import * as path from 'path';
import { CheckArgs, parseCheckArgs, parseRulesArgs, UsageError } from './args';
import { CheckSettings, checkDecoded, checkFile, FileReport } from './checkFile';
import { wantsColor } from './format/color';
import { escapeControl } from './format/escape';
import { toGithub } from './format/github';
import { toJson } from './format/json';
import { toSarif } from './format/sarif';
import { toText } from './format/text';
import { expandInputs, Input } from './inputs';
import { checkInParallel, defaultJobs, isCheckWorker, PARALLEL_MIN_FILES, startWorker } from './pool';
import { decodeDraft } from '../../node/readDraft';
import { version } from './ruleDocs';
import { closeRuleIds, explain, rulesJson, rulesTable } from './rulesCommand';
import { HELP, USAGE } from './usage';
import { readConfigFile } from '../../node/projectConfig';

export { languageForPath } from './checkFile';

// A worker thread of a parallel check loads this same bundle: it serves batches and never runs main().
if (isCheckWorker()) startWorker();

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

/** One line each: a control character in a file name the message quotes is escaped. */
const err = (msg: string): void => void process.stderr.write(`copydesk: ${escapeControl(msg)}\n`);

function fail(msg: string): number {
  err(msg);
  return 2;
}

async function checkAll(args: CheckArgs, inputs: Input[], settings: CheckSettings): Promise<FileReport[]> {
  const files = inputs.filter((i) => i.abs !== '-');
  const jobs = Math.min(args.jobs ?? defaultJobs(), files.length);
  const parallel = jobs > 1 && files.length >= PARALLEL_MIN_FILES;
  if (process.env.COPYDESK_DEBUG === 'workers') err(`checking ${files.length} files ${parallel ? `with ${jobs} worker threads` : 'on the main thread'}`);
  const reports = parallel ? await checkInParallel(__filename, files, settings, jobs) : files.map((i) => checkFile(i.display, i.abs, settings));
  const stdin = inputs.findIndex((i) => i.abs === '-');
  if (stdin >= 0) reports.splice(stdin, 0, checkDecoded('-', '-', decodeDraft(await readStdin(), settings.maxFileSize), settings));
  return reports;
}

async function check(argv: string[]): Promise<number> {
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

  const settings: CheckSettings = { configPath, preset: args.preset, rules: args.rules, fix: args.fix, fixDryRun: args.fixDryRun, maxFileSize: args.maxFileSize };
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

function rulesCommand(argv: string[]): number {
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

function explainCommand(argv: string[]): number {
  if (argv.length !== 1) return fail('usage: copydesk explain RULE (e.g. copydesk explain rank/spelled-out; copydesk rules lists them)');
  const page = explain(argv[0]);
  if (page === undefined) {
    const close = closeRuleIds(argv[0]);
    return fail(`unknown rule "${argv[0]}"${close.length ? `; did you mean ${close.join(', ')}?` : ''} (copydesk rules lists them)`);
  }
  process.stdout.write(page.endsWith('\n') ? page : `${page}\n`);
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(HELP);
      return 0;
    case '--version':
    case '-v':
      process.stdout.write(`${version()}\n`);
      return 0;
    case 'check':
      try {
        return await check(rest);
      } catch (e) {
        // A bug or a failed worker thread: one line and exit 2, not a stack trace.
        return fail(`internal error: ${(e as Error).message}`);
      }
    case 'rules':
      return rulesCommand(rest);
    case 'explain':
      return explainCommand(rest);
    default:
      return fail(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
  }
}
