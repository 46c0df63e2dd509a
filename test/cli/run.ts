/** Runs the built CLI (bin/copydesk.js → dist/cli.js) as a child process, as a user or a CI job would. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const root = path.join(__dirname, '..', '..', '..');
export const bin = path.join(root, 'bin', 'copydesk.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Colour variables are removed unless a test sets them, so the outcome does not depend on the terminal running the tests. */
/** `timeout` (ms) kills a CLI that hangs, so the test fails (code null) instead of waiting forever. */
export function cli(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string>; timeout?: number } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input, encoding: 'utf8', env: { ...env, ...opts.env }, timeout: opts.timeout, killSignal: 'SIGKILL' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder with the given files (string or bytes); removed by the returned function. */
export function tree(files: Record<string, string | Buffer>): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The paths a text report names, in order, once each. */
export function reportedFiles(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^(\S+?):\d+:\d+: /gm)) if (!out.includes(m[1])) out.push(m[1]);
  return out;
}
