/**
 * The command-line front end over the same checker the language server uses: `copydesk check`,
 * `copydesk explain RULE`, `copydesk rules`. See `copydesk --help` and the README.
 * Exit codes: 0 clean, 1 errors or too many warnings, 2 usage, read or config error.
 *
 * This module answers `--help`, `--version` and a usage error itself and loads the commands (and
 * with them the checker) only for a command that needs them: in the build it is dist/cli.js, and
 * commands.ts is its own bundle, dist/cli-commands.js, required on demand.
 */
import * as path from 'path';
import { loadWithCodeCache } from './codeCache';
import type * as Commands from './commands';
import { fail } from './messages';
import { HELP, USAGE } from './usage';
import { version } from './version';

export { cacheKey, CACHE_SUFFIX, loadWithCodeCache } from './codeCache';

declare const __COPYDESK_COMMANDS_BUNDLE__: string | undefined;

let loaded: typeof Commands | undefined;

/** The commands: in the build, the bundle beside this one with its code cache (codeCache.ts); unbundled, commands.ts. */
function commands(): typeof Commands {
  if (loaded) return loaded;
  if (typeof __COPYDESK_COMMANDS_BUNDLE__ !== 'undefined') {
    loaded = loadWithCodeCache(path.join(__dirname, __COPYDESK_COMMANDS_BUNDLE__)).exports as typeof Commands;
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require('./commands') as typeof Commands;
  }
  return loaded;
}

export function languageForPath(...args: Parameters<typeof Commands.languageForPath>): ReturnType<typeof Commands.languageForPath> {
  return commands().languageForPath(...args);
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
        return await commands().check(rest);
      } catch (e) {
        // A bug or a failed worker thread: one line and exit 2, not a stack trace.
        return fail(`internal error: ${(e as Error).message}`);
      }
    case 'rules':
      return commands().rulesCommand(rest);
    case 'explain':
      return commands().explainCommand(rest);
    default:
      return fail(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
  }
}
