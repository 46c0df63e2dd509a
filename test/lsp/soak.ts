/**
 * A long editing day in miniature: one large draft open in the real server (dist/server.js over
 * stdio), one-character replacements at random places, diagnostics pulled after each, and the
 * server's heap read after a forced garbage collection (the server runs with --expose-gc and
 * answers `copydesk/memory`). Shared by the soak test (`npm test`) and `npm run bench`.
 */
import { synthetic } from '../../bench/synthetic';
import { MemoryReport, MemoryRequest } from '../../protocol/messages';
import { fileUri, TestClient } from './harness';

export interface SoakResult {
  edits: number;
  bytes: number;
  /** Heap after the first check, after the last edit's check, and after the draft was closed. */
  first: MemoryReport;
  last: MemoryReport;
  closed: MemoryReport;
  /** didChange → pulled diagnostics, ms: median of the first and of the last tenth of the edits. */
  pullEarlyMs: number;
  pullLateMs: number;
  totalMs: number;
}

/** A small seeded generator, so every run edits the same places. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[s.length >> 1];
}

export async function soak(edits: number, bytes = 200 * 1024, seed = 20161107): Promise<SoakResult> {
  const client = new TestClient({ pull: true, nodeArgs: ['--expose-gc'] });
  const began = performance.now();
  try {
    await client.initialize();
    const uri = fileUri(`soak-${bytes}.release`);
    const text = synthetic(bytes);
    await client.open(uri, text);
    await client.pull(uri);
    const first = await client.request(MemoryRequest);
    const next = random(seed);
    const times: number[] = [];
    for (let i = 0; i < edits; i++) {
      // A letter somewhere in the draft becomes another letter: the length never changes.
      const d = client.doc(uri);
      const t = d.getText();
      let at = Math.floor(next() * t.length);
      while (!/[a-z]/.test(t[at])) at = (at + 1) % t.length;
      const letter = t[at] === 'e' ? 'a' : 'e';
      const started = performance.now();
      await client.change(uri, [{ range: { start: d.positionAt(at), end: d.positionAt(at + 1) }, newText: letter }]);
      await client.pull(uri);
      times.push(performance.now() - started);
    }
    const last = await client.request(MemoryRequest);
    await client.close(uri);
    const closed = await client.request(MemoryRequest);
    const tenth = Math.max(1, Math.floor(edits / 10));
    return {
      edits,
      bytes: Buffer.byteLength(text),
      first,
      last,
      closed,
      pullEarlyMs: median(times.slice(0, tenth)),
      pullLateMs: median(times.slice(-tenth)),
      totalMs: performance.now() - began,
    };
  } finally {
    await client.shutdown().catch(() => client.kill());
  }
}

export function describeSoak(r: SoakResult): string {
  const mb = (n: number): string => `${(n / 2 ** 20).toFixed(1)} MB`;
  return (
    `${r.edits.toLocaleString('en-US')} one-character edits on ${(r.bytes / 1024).toFixed(0)} KB, pulled after each: ` +
    `heap after GC ${mb(r.first.heapUsed)} after the first check, ${mb(r.last.heapUsed)} after the last edit ` +
    `(${((r.last.heapUsed / r.first.heapUsed - 1) * 100).toFixed(0)}%), ${mb(r.closed.heapUsed)} after didClose; ` +
    `RSS ${mb(r.first.rss)} → ${mb(r.last.rss)}; pull median ${r.pullEarlyMs.toFixed(1)} ms in the first tenth, ` +
    `${r.pullLateMs.toFixed(1)} ms in the last; ${(r.totalMs / 1000).toFixed(0)} s`
  );
}
