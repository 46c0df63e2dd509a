import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { detachString } from '../../checker/engine/memory';

/** A full garbage collection (mocha runs without --expose-gc). */
function collect(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

describe('detachString', () => {
  it('returns an equal string', () => {
    for (const s of ['', 'short', 'exactly 13 ch', 'a longer string with “curly” marks and ’ apostrophes', 'x'.repeat(100_000)]) assert.strictEqual(detachString(s), s);
    const parent = `${'y'.repeat(500)}${Math.random()}`;
    assert.strictEqual(detachString(parent.slice(100, 200)), parent.slice(100, 200));
  });

  it('keeps no parent string alive', () => {
    collect();
    const before = process.memoryUsage().heapUsed;
    const kept: string[] = [];
    // 100 parents of 1 MB each; a view into one would keep all of it.
    for (let i = 0; i < 100; i++) {
      const parent = `${String(i).repeat(1 << 19)}${Math.random()}`;
      kept.push(detachString(parent.slice(1000, 1100)));
    }
    collect();
    const grown = process.memoryUsage().heapUsed - before;
    assert.strictEqual(kept.length, 100);
    assert.ok(grown < 20 * 1024 * 1024, `heap grew by ${(grown / 1e6).toFixed(1)} MB`);
  });
});
