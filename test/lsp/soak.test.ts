import * as assert from 'node:assert/strict';
import { describeSoak, soak } from './soak';

describe('a long editing day (soak)', () => {
  it('2,000 one-character edits on a 200 KB draft leave the server heap within 25% of the first check', async function () {
    this.timeout(10 * 60_000);
    const r = await soak(2000);
    console.log(`      ${describeSoak(r)}`);
    assert.ok(r.first.collected, 'the server ran without --expose-gc: the figures would be noise');
    assert.ok(r.last.heapUsed <= r.first.heapUsed * 1.25, `heap grew from ${r.first.heapUsed} to ${r.last.heapUsed} bytes`);
    assert.ok(r.closed.heapUsed <= r.first.heapUsed * 1.25, `heap after didClose ${r.closed.heapUsed} bytes`);
    // Checking does not slow down as the day goes on (generous: the machine is shared).
    assert.ok(r.pullLateMs <= Math.max(r.pullEarlyMs * 2, r.pullEarlyMs + 20), `pulls slowed from ${r.pullEarlyMs} to ${r.pullLateMs} ms`);
  });
});
