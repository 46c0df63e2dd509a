// `npm start`: build, check the sample draft with the CLI, package the .vsix, then open the
// sample in VS Code in the browser (code-server on 127.0.0.1, installed into .cache/ on first
// use) and print the address. `npm start -- --no-editor` stops after the .vsix.
'use strict';
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { prepare } = require('./prepare');

const root = path.join(__dirname, '..');
const sample = path.join('samples', 'draft-with-mistakes.release');
const run = (/** @type {string} */ cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

prepare(['build']);
console.log(`\n== npx copydesk check ${sample} ==\n`);
try {
  run(`node bin/copydesk.js check ${sample}`);
} catch {
  // Exit code 1 means the sample has errors, which it is written to have.
}
prepare(['package']); // the bundles just built, packaged

if (process.argv.includes('--no-editor')) {
  console.log('\nBuilt copydesk.vsix. Install it in VS Code with: code --install-extension copydesk.vsix');
  process.exit(0);
}

const cs = require('./code-server.js');

/**
 * The workbench address that opens the samples folder with the sample draft in an editor.
 * @param {string} base @param {string} folder @param {string} file
 */
function workbenchUrl(base, folder, file) {
  const payload = JSON.stringify([['openFile', `vscode-remote://${new URL(base).host}${file}`]]);
  return `${base}?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
}

(async () => {
  await cs.ensureCodeServer();
  const dirs = { extensionsDir: path.join(cs.CACHE, 'start', 'extensions'), userDataDir: path.join(cs.CACHE, 'start', 'user-data') };
  cs.installExtension(path.join(root, 'copydesk.vsix'), dirs);
  // A quiet workbench for reading a draft: no chat panel, no offer to open the parent repository.
  const settings = path.join(dirs.userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify({ 'chat.disableAIFeatures': true, 'git.openRepositoryInParentFolders': 'never', 'workbench.startupEditor': 'none' }, null, 2));
  }
  const folder = path.join(root, 'samples');
  const port = Number(process.env.PORT || 8080);
  const server = await cs.startCodeServer({ port, workspace: folder, ...dirs, timeoutMs: 120000 });
  const url = workbenchUrl(server.url, folder, path.join(root, sample));
  console.log(`\nVS Code with Copydesk is running. Open this address in a browser:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
})().catch((err) => {
  console.error(`\ncopydesk: could not start the editor: ${err.message}`);
  process.exit(1);
});
