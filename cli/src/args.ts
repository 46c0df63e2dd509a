/** Parses `copydesk check` options. Returns a usage error message rather than exiting. */
import { parseArgs, ParseArgsConfig } from 'node:util';
import { FixInclude, PRESETS, RULE_BY_ID, RULES, SeveritySetting } from '../../checker';
import { SERVER_SETTINGS, SEVERITIES as SETTING_SEVERITIES } from '../../protocol/settings';
import { closeRuleIds, distance } from './rulesCommand';

export type Format = 'text' | 'json' | 'sarif' | 'github';
const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github'];
/** Strongest first, as `--rule`'s usage error lists them. */
const SEVERITIES: readonly SeveritySetting[] = [...SETTING_SEVERITIES].reverse();

export const DEFAULT_EXTENSIONS = ['release', 'txt', 'md'];
/** The editor's `copydesk.maxFileSize` default, in bytes. */
export const DEFAULT_MAX_FILE_SIZE = SERVER_SETTINGS.maxFileSize.default * 1024 * 1024;

export interface CheckArgs {
  format: Format;
  configPath?: string;
  preset?: string;
  /** `--release-date YYYY-MM-DD`: the day the release goes out (what "future" means to the opsec checks). */
  releaseDate?: string;
  /** `--rule` settings, families expanded to their rule ids, in the order given. */
  rules: Record<string, SeveritySetting>;
  extensions: string[];
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
  /** `--fix-include suggestions`: --fix and --fix-dry-run take the fixes of hints and information too (errors and warnings only by default). */
  fixInclude: FixInclude;
  maxFileSize: number;
  /** Worker threads; undefined means one per core. */
  jobs?: number;
  paths: string[];
}

export class UsageError extends Error {}

/** `--fix-include`'s values: what the writer types → which fixes --fix takes. */
const FIX_INCLUDE_VALUES: Readonly<Record<string, FixInclude>> = { suggestions: 'all', 'errors-and-warnings': 'errorsAndWarnings' };

/** `copydesk check`'s options (README "The command line"; `copydesk --help`). */
const CHECK_OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  preset: { type: 'string' },
  'release-date': { type: 'string' },
  rule: { type: 'string', multiple: true },
  ext: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'fix-include': { type: 'string' },
  'max-file-size': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;
type CheckOption = keyof typeof CHECK_OPTIONS;
const isCheckOption = (name: string): name is CheckOption => Object.prototype.hasOwnProperty.call(CHECK_OPTIONS, name);

/** `5MB`, `512k`, `1048576` → bytes. */
export function parseSize(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(s.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1;
  return Math.floor(Number(m[1]) * mult);
}

function nonNegativeInt(flag: string, v: string): number {
  if (!/^\d+$/.test(v)) throw new UsageError(`${flag} needs a whole number, not "${v}"`);
  return Number(v);
}

export function parseRuleSetting(spec: string, into: Record<string, SeveritySetting>): void {
  const eq = spec.lastIndexOf('=');
  if (eq <= 0) throw new UsageError(`--rule needs ID=SEVERITY, e.g. --rule rank/spelled-out=error (got "${spec}")`);
  const id = spec.slice(0, eq).trim();
  const severity = spec.slice(eq + 1).trim() as SeveritySetting;
  if (!SEVERITIES.includes(severity)) throw new UsageError(`unknown severity "${severity}" for ${id}: use ${SEVERITIES.join(', ')}`);
  const family = RULES.filter((r) => r.family === id);
  if (family.length > 0) {
    // A family on the command line beats every rule id of that family in .copydesk.json.
    into[id] = severity;
    for (const r of family) into[r.id] = severity;
  } else if (RULE_BY_ID.has(id)) into[id] = severity;
  else {
    const close = closeRuleIds(id);
    throw new UsageError(`unknown rule "${id}"${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}; copydesk rules lists them`);
  }
}

/** `-fix`, `-format=json`: a long option typed with one dash, which node:util would read as -f with a value. */
function oneDashLong(typed: string, names: readonly string[]): boolean {
  return !typed.startsWith('--') && typed.length > 2 && names.includes(typed.slice(1).split('=')[0]);
}

/** `unknown option "--formt" (did you mean --format?)`: the option as typed, and the options close to it. */
function unknownOption(typed: string): UsageError {
  const name = typed.replace(/^--?/, '').split('=')[0].toLowerCase();
  const close = isCheckOption(name)
    ? [`--${name}`]
    : name.length < 3
      ? []
      : Object.keys(CHECK_OPTIONS)
          .map((o) => ({ o, d: o.startsWith(name) ? 0.5 : distance(name, o) }))
          .filter(({ d }) => d <= (name.length <= 4 ? 1 : 2))
          .sort((a, b) => a.d - b.d || (a.o < b.o ? -1 : 1))
          .slice(0, 3)
          .map(({ o }) => `--${o}`);
  return new UsageError(`unknown option "${typed}"${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}`);
}

export function parseCheckArgs(argv: string[]): CheckArgs {
  const args: CheckArgs = {
    format: 'text',
    rules: {},
    extensions: DEFAULT_EXTENSIONS,
    quiet: false,
    fix: false,
    fixDryRun: false,
    fixInclude: 'errorsAndWarnings',
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    paths: [],
  };
  // Not strict: node:util splits the arguments (long and short forms, --opt=value, -- and -), and
  // each is judged here in the order given, so the first mistake is the one reported, an option's
  // value may start with a dash, and a usage error names what was typed.
  const { tokens } = parseArgs({ args: argv, options: CHECK_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) {
    if (t.kind === 'positional') {
      args.paths.push(t.value);
      continue;
    }
    if (t.kind === 'option-terminator') continue;
    const typed = argv[t.index];
    if (!isCheckOption(t.name) || oneDashLong(typed, Object.keys(CHECK_OPTIONS))) throw unknownOption(typed);
    const flag = t.rawName;
    const spec: { type: 'string' | 'boolean' } = CHECK_OPTIONS[t.name];
    if (spec.type === 'boolean' && t.value !== undefined) throw new UsageError(`${flag} takes no value (got "${typed}")`);
    const value = (): string => {
      if (t.value === undefined) throw new UsageError(`${flag} needs a value`);
      return t.value;
    };
    switch (t.name) {
      case 'format': {
        const f = value() as Format;
        if (!FORMATS.includes(f)) throw new UsageError(`unknown format "${f}": use ${FORMATS.join(', ')}`);
        args.format = f;
        break;
      }
      case 'config':
        args.configPath = value();
        break;
      case 'preset': {
        const p = value();
        if (!PRESETS[p]) throw new UsageError(`unknown preset "${p}": use ${Object.keys(PRESETS).join(', ')}`);
        args.preset = p;
        break;
      }
      case 'release-date': {
        const d = value();
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
        const valid = m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDate() === Number(m[3]);
        if (!valid) throw new UsageError(`--release-date needs a date written YYYY-MM-DD, such as 2026-12-10 (got "${d}")`);
        args.releaseDate = d;
        break;
      }
      case 'rule':
        parseRuleSetting(value(), args.rules);
        break;
      case 'ext':
        args.extensions = value()
          .split(',')
          .map((e) => e.trim().replace(/^\./, '').toLowerCase())
          .filter(Boolean);
        if (args.extensions.length === 0) throw new UsageError('--ext needs at least one extension, e.g. --ext release,txt,md');
        break;
      case 'max-warnings':
        args.maxWarnings = nonNegativeInt(flag, value());
        break;
      case 'max-file-size': {
        const v = value();
        const n = parseSize(v);
        if (n === undefined) throw new UsageError(`--max-file-size needs a size such as 5MB, 512KB or 100000 (got "${v}")`);
        args.maxFileSize = n;
        break;
      }
      case 'jobs': {
        const n = nonNegativeInt(flag, value());
        if (n < 1) throw new UsageError('--jobs needs at least 1');
        args.jobs = n;
        break;
      }
      case 'quiet':
        args.quiet = true;
        break;
      case 'fix':
        args.fix = true;
        break;
      case 'fix-dry-run':
        args.fixDryRun = true;
        break;
      case 'fix-include': {
        const v = value().trim().toLowerCase();
        const include = FIX_INCLUDE_VALUES[v];
        if (!include) throw new UsageError(`--fix-include needs ${Object.keys(FIX_INCLUDE_VALUES).join(' or ')} (got "${v}")`);
        args.fixInclude = include;
        break;
      }
    }
  }
  if (argv.some((a) => /^--fix-include(?:=|$)/.test(a)) && !args.fix && !args.fixDryRun) throw new UsageError('--fix-include goes with --fix or --fix-dry-run');
  if (args.fix && args.fixDryRun) throw new UsageError('use --fix or --fix-dry-run, not both');
  if (args.fixDryRun && args.format !== 'text') throw new UsageError('--fix-dry-run prints a diff; it takes no --format');
  if (args.fix && args.paths.includes('-')) throw new UsageError('standard input cannot be fixed in place; use --fix-dry-run to see the fixes');
  if (args.paths.filter((p) => p === '-').length > 1) throw new UsageError('- (standard input) can be named only once');
  if (args.paths.length === 0) throw new UsageError('no input: name files, folders or globs, or - for standard input');
  return args;
}

/** `copydesk rules [--format text|json]`: the format, or a usage error. */
export function parseRulesArgs(argv: string[]): string {
  let format = 'text';
  const { tokens } = parseArgs({ args: argv, options: { format: { type: 'string', short: 'f' } }, strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) {
    if (t.kind === 'option' && t.name === 'format' && !oneDashLong(argv[t.index], ['format'])) format = t.value ?? '';
    else throw new UsageError(`unknown option "${argv[t.index]}"; usage: copydesk rules [--format text|json]`);
  }
  return format;
}
