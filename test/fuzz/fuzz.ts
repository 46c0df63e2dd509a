/** Runs fuzz inputs [from, to) of a seed (every `stride`-th, starting at `from`) and collects what failed. */
import * as fs from 'fs';
import * as path from 'path';
import { CheckOptions } from '../../checker';
import { inputFor } from './inputs';
import { examine, Problem } from './oracle';

export interface Failure extends Problem {
  index: number;
  inputKind: string;
  options: CheckOptions;
  text: string;
}

export interface Tally {
  tried: number;
  bytes: number;
  failures: Failure[];
  slowest: { index: number; ms: number; length: number };
}

export const DEFAULT_SEED = 20161107;

export function fuzzRange(seed: number, from: number, to: number, stride = 1): Tally {
  const tally: Tally = { tried: 0, bytes: 0, failures: [], slowest: { index: -1, ms: 0, length: 0 } };
  for (let i = from; i < to; i += stride) {
    const input = inputFor(seed, i);
    const t0 = Date.now();
    const problem = examine(input.text, input.options);
    const ms = Date.now() - t0;
    if (ms > tally.slowest.ms) tally.slowest = { index: i, ms, length: input.text.length };
    tally.tried++;
    tally.bytes += input.text.length;
    if (problem) tally.failures.push({ ...problem, index: i, inputKind: input.kind, options: input.options, text: input.text });
  }
  return tally;
}

/** Each failing input as test-results/fuzz/<seed>-<index>-<kind>.txt, with a .json beside it saying why. */
export function saveFailures(dir: string, seed: number, failures: Failure[]): string[] {
  if (failures.length === 0) return [];
  fs.mkdirSync(dir, { recursive: true });
  return failures.map((f) => {
    const base = path.join(dir, `${seed}-${f.index}-${f.kind}`);
    fs.writeFileSync(`${base}.txt`, f.text);
    fs.writeFileSync(`${base}.json`, `${JSON.stringify({ seed, index: f.index, kind: f.kind, detail: f.detail, inputKind: f.inputKind, options: f.options }, null, 2)}\n`);
    return `${base}.txt`;
  });
}
