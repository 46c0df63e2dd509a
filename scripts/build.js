// Bundles the client, the language server and the CLI with esbuild (one file each under dist/).
// The CLI bundle carries the rule pages (docs/rules/*.md) for `copydesk explain` and SARIF help,
// so an installed CLI needs no docs folder; its worker threads re-enter the same bundle.
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

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

async function main() {
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [denyNetwork] }),
    esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [denyNetworkAndProcesses] }),
    esbuild.build({
      ...common,
      entryPoints: ['cli/src/main.ts'],
      outfile: 'dist/cli.js',
      define: { __COPYDESK_RULE_DOCS__: JSON.stringify(rulePages), __COPYDESK_VERSION__: JSON.stringify(version) },
      plugins: [denyNetworkAndProcesses],
    }),
  ]);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
