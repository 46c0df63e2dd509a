// Bundles the client, the language server and the CLI with esbuild under dist/. The CLI is three
// files, so that a command loads only what it needs: dist/cli.js (the entry: --help, --version,
// usage errors) requires dist/cli-commands.js (check, rules, explain: the checker) only for a
// command, and worker threads of a parallel check start from dist/cli-worker.js, which loads
// dist/cli-commands.js too; dist/cli-commands.js.cache is the commands bundle's V8 code cache
// (scripts/code-cache.js). The commands bundle carries the rule pages (docs/rules/*.md) for
// `copydesk explain` and SARIF help, so an installed CLI needs no docs folder.
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const rulesDir = path.join(root, 'docs', 'rules');
const rulePages = Object.fromEntries(
  fs
    .readdirSync(rulesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(rulesDir, f), 'utf8')]),
);
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;

const production = process.argv.includes('--production');
/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD entry loads its modules dynamically, which a bundle cannot follow; take its ESM build.
  mainFields: ['module', 'main'],
};

/**
 * The server and the CLI never open a socket or start a process, so the modules that could are
 * replaced by a stub that throws (vscode-jsonrpc imports node:net for socket and pipe transports,
 * vscode-languageserver imports node:child_process to find global npm folders; neither is used).
 * The client keeps node:child_process (vscode-languageclient forks dist/server.js) and loses
 * node:net the same way (its socket and pipe transports are unused: the server runs over IPC).
 * test/lsp/security.test.ts checks the bundles and the running server.
 */
/** @param {RegExp} filter @returns {import('esbuild').Plugin} */
const deny = (filter) => ({
  name: 'deny-network-and-processes',
  setup(build) {
    build.onResolve({ filter }, () => ({ path: require.resolve('./stubs/denied.js') }));
  },
});
const denyNetworkAndProcesses = deny(/^(node:)?(net|child_process)$/);
const denyNetwork = deny(/^(node:)?net$/);

/** What the browser bundles differ in: no Node, the libraries' browser builds. */
/** @type {import('esbuild').BuildOptions} */
const web = {
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  // Node's built-ins do not exist in a browser: importing one fails the build instead of bundling a shim.
  plugins: [
    {
      name: 'no-node-builtins',
      setup(build) {
        build.onResolve({ filter: /^(node:)?(fs|path|os|net|child_process|worker_threads|process|crypto|util|url|events|stream)$/ }, (args) => ({
          errors: [{ text: `${args.path} is a Node module; the web extension cannot use it (imported by ${args.importer})` }],
        }));
      },
    },
  ],
};

/** The CLI's entry and worker bundles load the commands bundle at run time instead of holding a copy. */
const commandsBundle = {
  name: 'cli-commands-bundle',
  /** @param {import('esbuild').PluginBuild} build */
  setup(build) {
    build.onResolve({ filter: /^\.\/commands$/ }, () => ({ path: './cli-commands.js', external: true }));
  },
};

async function main() {
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [denyNetwork] }),
    esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [denyNetworkAndProcesses] }),
    // The web extension (package.json `browser`): one bundle, the client for the web worker
    // extension host and the server for a web worker of its own (client/src/web.ts), so the
    // protocol libraries are shipped once; no Node built-in (test/lsp/security.test.ts checks).
    // Its size is what a browser downloads (under 600 KB, test/lsp/web.test.ts): characters as
    // UTF-8, not \u escapes, and the libraries' `_`-prefixed private properties shortened (the
    // bundle holds both ends of every object that has them; no message or vscode API field starts with `_`).
    esbuild.build({
      ...common,
      ...web,
      entryPoints: ['client/src/web.ts'],
      outfile: 'dist/client-web.js',
      format: 'cjs',
      external: ['vscode'],
      charset: 'utf8',
      mangleProps: production ? /^_[A-Za-z]/ : undefined,
    }),
    esbuild.build({
      ...common,
      entryPoints: ['cli/src/main.ts'],
      outfile: 'dist/cli.js',
      define: { __COPYDESK_VERSION__: JSON.stringify(version), __COPYDESK_COMMANDS_BUNDLE__: JSON.stringify('cli-commands.js') },
      plugins: [commandsBundle, denyNetworkAndProcesses],
    }),
    esbuild.build({
      ...common,
      entryPoints: ['cli/src/commands.ts'],
      outfile: 'dist/cli-commands.js',
      define: {
        // JSON text, parsed when a page is first needed (an object literal this size costs every run).
        __COPYDESK_RULE_DOCS__: JSON.stringify(JSON.stringify(rulePages)),
        __COPYDESK_VERSION__: JSON.stringify(version),
        __COPYDESK_WORKER_ENTRY__: JSON.stringify('cli-worker.js'),
      },
      plugins: [denyNetworkAndProcesses],
    }),
    esbuild.build({ ...common, entryPoints: ['cli/src/worker.ts'], outfile: 'dist/cli-worker.js', plugins: [commandsBundle, denyNetworkAndProcesses] }),
  ]);
  // The web bundle is downloaded by every browser that runs Copydesk: terser's compressor, after
  // esbuild's minifier, takes another 2% off (plain JavaScript still; test/lsp/web.test.ts runs it).
  if (production) {
    const { minify } = await import('terser');
    const file = path.join(root, 'dist', 'client-web.js');
    const result = await minify(fs.readFileSync(file, 'utf8'), { ecma: 2020, compress: { passes: 2 }, mangle: true, format: { ascii_only: false } });
    if (typeof result.code !== 'string') throw new Error('terser gave no code for dist/client-web.js');
    fs.writeFileSync(file, result.code);
  }
  // The V8 code cache of the commands bundle, made by a plain node (the CLI uses it only if it fits).
  const made = spawnSync(process.execPath, [path.join(__dirname, 'code-cache.js')], { stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } });
  if (made.status !== 0) throw new Error('the CLI code cache could not be made');
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
