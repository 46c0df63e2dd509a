/**
 * The fuzz smoke run inside `npm test`: the first 2,000 inputs of `npm run fuzz` (same seed, same
 * oracle). A failing input is written to test-results/fuzz/ so it can be replayed.
 */
import * as assert from 'assert';
import * as path from 'path';
import { DEFAULT_SEED, fuzzRange, saveFailures } from '../fuzz/fuzz';

const RUNS = Number(process.env.FUZZ_SMOKE_RUNS ?? 2000);

describe('fuzz smoke run', () => {
  it(`${RUNS} mutated and random drafts: check() never throws, stays within its time bound, and its ranges and fixes are valid`, function () {
    this.timeout(120_000);
    const seed = Number(process.env.FUZZ_SEED ?? DEFAULT_SEED);
    const tally = fuzzRange(seed, 0, RUNS);
    const files = saveFailures(path.resolve(__dirname, '..', '..', '..', 'test-results', 'fuzz'), seed, tally.failures);
    assert.strictEqual(tally.tried, RUNS);
    assert.deepStrictEqual(
      tally.failures.map((f) => `#${f.index} ${f.kind}: ${f.detail.split('\n')[0]}`),
      [],
      `failing inputs written to ${files.join(', ')}`,
    );
  });
});
