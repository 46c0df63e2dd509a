/**
 * Runs the integration suite with @vscode/test-electron, on machines that can download VS Code:
 *
 *   npm run build && npx tsc -p test/vscode && node out/test/vscode/runTest.js
 *
 * (Where VS Code cannot be downloaded, `npm run test:vscode` runs the same suite in code-server.)
 * The extension is loaded from the repository (extensionDevelopmentPath = repo root, so dist/ must
 * be built) and the workspace is a fresh copy of test/vscode/workspace plus seed.release.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function prepareWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-vscode-'));
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(path.join(ROOT, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'seed', 'carter-iraq-troops.txt'), path.join(workspace, 'seed.release'));
  return dir;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'client.js'))) throw new Error('dist/client.js is missing: run npm run build first');
  const dir = prepareWorkspace();
  try {
    await runTests({
      version: process.env.VSCODE_TEST_VERSION || 'stable',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      launchArgs: [
        path.join(dir, 'workspace'),
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        path.join(dir, 'user-data'),
      ],
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`VS Code integration tests failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
