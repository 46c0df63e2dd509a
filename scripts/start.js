// `npm start`: build, check the sample draft with the CLI, package the .vsix, then open the
// sample in VS Code in the browser (code-server on 127.0.0.1) and print the address.
const { execSync } = require('child_process');
const path = require('path');
const fs = require('fs');

const root = path.join(__dirname, '..');
const sample = path.join('samples', 'draft-with-mistakes.release');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

run('npm run --silent build');
console.log(`\n== Copydesk on ${sample} ==\n`);
try {
  run(`node bin/copydesk.js check ${sample}`);
} catch {
  // Exit code 1 means the sample has errors, which it is written to have.
}
run('npm run --silent package');

let editor;
try {
  editor = require('./code-server.js');
} catch {
  editor = undefined;
}
if (!editor || process.argv.includes('--no-editor')) {
  console.log('\nBuilt copydesk.vsix. Install it in VS Code with: code --install-extension copydesk.vsix');
  process.exit(0);
}
(async () => {
  const workspace = path.join(root, 'samples');
  const server = await editor.startCodeServer({ workspace, vsix: [path.join(root, 'copydesk.vsix')], port: Number(process.env.PORT || 8080), open: path.join(workspace, 'draft-with-mistakes.release') });
  console.log(`\nVS Code with Copydesk is running at ${server.url}\nOpen that address in a browser; press Ctrl+C to stop.`);
  const stop = () => { server.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (!fs.existsSync(workspace)) process.exit(1);
})().catch((err) => {
  console.error(`copydesk: could not start the editor: ${err.message}`);
  process.exit(1);
});
