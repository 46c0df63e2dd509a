// Bundles the client, the language server and the CLI with esbuild (one file each under dist/).
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
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

async function main() {
  await Promise.all([
    esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
    esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' }),
  ]);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
