/** Microsoft's SARIF validator (`@microsoft/sarif-multitool-linux`), for the tests of --format sarif. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

// The package's main export is the path of the validator binary.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SARIF_TOOL = require('@microsoft/sarif-multitool-linux') as string;

/** Runs Microsoft's SARIF validator on a log; returns its errors and warnings as "RULE: message" lines. */
export function validate(log: string, dir: string, name: string): string[] {
  const file = path.join(dir, `${name}.sarif`);
  const verdict = path.join(dir, `${name}.verdict.sarif`);
  fs.writeFileSync(file, log);
  try {
    fs.accessSync(SARIF_TOOL, fs.constants.X_OK);
  } catch {
    fs.chmodSync(SARIF_TOOL, 0o755);
  }
  const schema = path.join(path.dirname(SARIF_TOOL), 'sarif-2.1.0.json');
  const v = spawnSync(SARIF_TOOL, ['validate', file, '--json-schema', schema, '--rule-kind', 'Sarif;Gh', '--output', verdict, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    // .NET needs libicu unless told to run without culture data.
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
  });
  assert.strictEqual(v.status, 0, `the SARIF validator did not run: ${v.stdout}${v.stderr}${v.error ?? ''}`);
  const run = JSON.parse(fs.readFileSync(verdict, 'utf8')).runs[0];
  const rules = run.tool.driver.rules ?? [];
  return (run.results ?? [])
    .filter((x: { level?: string; ruleIndex?: number }) => {
      const level = x.level ?? rules[x.ruleIndex ?? -1]?.defaultConfiguration?.level ?? 'warning';
      return level === 'error' || level === 'warning';
    })
    .map((x: { ruleId: string; message: { text?: string; id?: string; arguments?: string[] } }) => `${x.ruleId}: ${x.message.text ?? x.message.id} ${(x.message.arguments ?? []).join(' | ')}`);
}
