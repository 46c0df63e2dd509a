/**
 * Texts the benchmark and the soak test share: the release corpus (bench/corpus/) and large
 * documents built from it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (this file runs from out/bench/). */
const REPO = path.resolve(__dirname, '..', '..');
const CORPUS_DIR = path.join(REPO, 'bench', 'corpus');

export interface CorpusRelease {
  name: string;
  text: string;
}

/** The corpus releases, in file-name order. */
export function corpusReleases(): CorpusRelease[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.release'))
    .sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8') }));
}

const NTH = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/**
 * Whole corpus releases, in order and repeated, until the text reaches `bytes` (UTF-8). In each
 * repetition every prose paragraph gets a sentence naming the round, so no paragraph occurs twice:
 * Copydesk keeps per-paragraph results, and verbatim repeats would make big documents look cheaper
 * than real ones.
 */
export function synthetic(bytes: number, corpus: CorpusRelease[] = corpusReleases()): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const round = Math.floor(i / corpus.length);
    const base = corpus[i % corpus.length].text;
    const t = round === 0 ? base : base.replace(/([.!?]["”]?)(?=\n\n)/g, `$1 It was filed again in the ${NTH[round - 1] ?? `round ${round + 1}`} round.`);
    parts.push(t);
    size += Buffer.byteLength(t) + 2;
  }
  return parts.join('\n\n');
}
