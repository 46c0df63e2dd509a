import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { collect, GoldenLine, SNAPSHOT } from '../golden/collect';

describe('golden snapshot of findings (test/golden/findings.jsonl)', () => {
  it('every finding on the corpus, fixtures, samples and fuzz drafts is what the snapshot recorded', function () {
    this.timeout(120_000);
    const stored = fs
      .readFileSync(SNAPSHOT, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as GoldenLine);
    const now = collect();
    const before = new Map(stored.map((l) => [l.key, JSON.stringify(l)]));
    const after = new Map(now.map((l) => [l.key, JSON.stringify(l)]));
    const differences: string[] = [];
    for (const [key, line] of after) if (before.get(key) !== line) differences.push(`${key}\n  was: ${before.get(key) ?? '(absent)'}\n  now: ${line}`);
    for (const key of before.keys()) if (!after.has(key)) differences.push(`${key}: no longer checked`);
    assert.equal(
      differences.length,
      0,
      `${differences.length} of ${now.length} lines differ. If the change is intended, record it with "npm run golden" in its own commit that names the change and its reason.\n${differences.slice(0, 5).join('\n')}`,
    );
  });
});
