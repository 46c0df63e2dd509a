/**
 * The golden snapshot: every finding (rule, severity, range, message, fix, suggestions) Copydesk
 * gives on the bench corpus, every test fixture, the samples and the seed release under every
 * preset, and on a few thousand fuzz-generated drafts. Refactors must reproduce it exactly; a change
 * in what Copydesk finds is its own commit that names the change and records the snapshot again
 * (`npm run golden`).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check, CheckOptions, Finding, LanguageKind, PRESETS } from '../../checker';
import { inputFor } from '../fuzz/inputs';
import { parseFixture } from '../unit/fixture-harness';

/** The repository root (this file runs from out/test/golden/). */
export const REPO = path.resolve(__dirname, '..', '..', '..');
export const SNAPSHOT = path.join(REPO, 'test', 'golden', 'findings.jsonl');

/** Fuzz drafts in the snapshot, and their seed (not the fuzzer's default, so the two cover different drafts). */
export const FUZZ_DRAFTS = 3000;
const FUZZ_SEED = 4242;

const FOLDERS = ['bench/corpus', 'test/unit/fixtures', 'samples', 'test/fixtures/seed', 'test/fixtures/clean'];

function languageOf(file: string): LanguageKind {
  return file.endsWith('.md') ? 'markdown' : file.endsWith('.txt') ? 'plaintext' : 'press-release';
}

/** A finding as the snapshot keeps it: everything a user can see of it except the hover. */
function compact(f: Finding): unknown[] {
  const fix = (x: Finding['fix']): unknown => (x ? [x.title, x.edits.map((e) => [e.start, e.end, e.newText])] : 0);
  return [f.rule, f.severity, f.start, f.end, f.message, fix(f.fix), (f.suggestions ?? []).map(fix)];
}

export interface GoldenLine {
  key: string;
  /** The findings (real drafts) or a hash of them (fuzz drafts, which the snapshot does not store). */
  findings?: unknown[];
  hash?: string;
}

/** Every line of the snapshot, in a fixed order. */
export function collect(): GoldenLine[] {
  const out: GoldenLine[] = [];
  const presets = Object.keys(PRESETS).sort();
  for (const folder of FOLDERS) {
    const dir = path.join(REPO, folder);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).filter((f) => /\.(release|txt|md)$/.test(f)).sort()) {
      const source = fs.readFileSync(path.join(dir, name), 'utf8');
      // Rule fixtures are checked as their tests check them: without the lines that mark findings.
      const text = folder === 'test/unit/fixtures' ? parseFixture(source).text : source;
      for (const preset of presets) {
        const options: CheckOptions = { preset, language: languageOf(name), defaultYear: 2016 };
        out.push({ key: `${folder}/${name} ${preset}`, findings: check(text, options).map(compact) });
      }
    }
  }
  for (let i = 0; i < FUZZ_DRAFTS; i++) {
    const { text, options } = inputFor(FUZZ_SEED, i);
    const json = JSON.stringify(check(text, options).map(compact));
    out.push({ key: `fuzz ${FUZZ_SEED}/${i}`, hash: createHash('sha256').update(json).digest('hex').slice(0, 16) });
  }
  return out;
}

export function serialize(lines: GoldenLine[]): string {
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}
