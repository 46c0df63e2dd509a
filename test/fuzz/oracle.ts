/**
 * What must hold for every input, however broken: check() returns (never throws, no rule fails),
 * in time proportional to the input, with findings and fixes on whole characters inside the text,
 * and the certain fixes apply and can be checked again.
 */
import { performance } from 'perf_hooks';
import { applyFixes, check, CheckOptions, compatibleFixes, Finding } from '../../checker';

/**
 * The time bound: 100 ms plus 5 ms per KB. Measured: real drafts check at about 0.6 ms per KB, the
 * slowest mutated inputs at about 3 ms per KB on two busy cores. A quadratic scan overshoots it
 * from about 10 KB on (the state-abbreviation lookbehind took 20 ms per KB at 12 KB).
 */
export function timeBoundMs(length: number): number {
  return 100 + (5 * length) / 1024;
}

export interface Problem {
  kind: 'throw' | 'rule-failure' | 'slow' | 'range' | 'fix';
  detail: string;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);
const splitsPair = (text: string, offset: number): boolean =>
  offset > 0 && offset < text.length && (text.charCodeAt(offset - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(offset) & 0xfc00) === 0xdc00;

function timedCheck(text: string, options: CheckOptions): { findings: Finding[]; ms: number } {
  const t0 = performance.now();
  const findings = check(text, options);
  return { findings, ms: performance.now() - t0 };
}

function rangeProblem(text: string, f: Finding): string | undefined {
  const ok = (a: number, b: number): boolean => Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b <= text.length;
  if (!ok(f.start, f.end)) return `${f.rule} range [${f.start}, ${f.end}) outside a text of ${text.length}`;
  if (splitsPair(text, f.start) || splitsPair(text, f.end)) return `${f.rule} range [${f.start}, ${f.end}) splits a surrogate pair`;
  if (!SEVERITIES.has(f.severity) || typeof f.message !== 'string' || f.message.length === 0) return `${f.rule} has severity ${f.severity} / message ${JSON.stringify(f.message)}`;
  for (const fix of [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])]) {
    const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const [i, e] of edits.entries()) {
      if (!ok(e.start, e.end) || typeof e.newText !== 'string') return `${f.rule} edit [${e.start}, ${e.end}) is not a range of the text`;
      if (e.start < f.start || e.end > f.end) return `${f.rule} edit [${e.start}, ${e.end}) lies outside its finding [${f.start}, ${f.end})`;
      if (splitsPair(text, e.start) || splitsPair(text, e.end)) return `${f.rule} edit [${e.start}, ${e.end}) splits a surrogate pair`;
      if (i > 0 && e.start < edits[i - 1].end) return `${f.rule} fix "${fix.title}" has overlapping edits`;
    }
  }
  return undefined;
}

const failed = (findings: Finding[]): Finding | undefined => findings.find((f) => f.message.startsWith('Copydesk could not run'));

/** The first thing wrong with checking `text`, or undefined. */
export function examine(text: string, options: CheckOptions): Problem | undefined {
  let run: { findings: Finding[]; ms: number };
  try {
    run = timedCheck(text, options);
  } catch (err) {
    return { kind: 'throw', detail: (err as Error).stack ?? String(err) };
  }
  const broken = failed(run.findings);
  if (broken) return { kind: 'rule-failure', detail: broken.message };
  if (run.ms > timeBoundMs(text.length)) {
    // A garbage collection or a busy machine can stall one run: slow twice more is slow.
    const again = Math.min(timedCheck(text, options).ms, timedCheck(text, options).ms);
    if (again > timeBoundMs(text.length)) return { kind: 'slow', detail: `${again.toFixed(0)} ms for ${text.length} characters (bound ${timeBoundMs(text.length).toFixed(0)} ms)` };
  }
  for (const f of run.findings) {
    const p = rangeProblem(text, f);
    if (p) return { kind: 'range', detail: p };
  }
  try {
    const chosen = compatibleFixes(run.findings);
    const edits = chosen.flatMap((f) => f.fix.edits).sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < edits.length; i++) {
      if (edits[i].start < edits[i - 1].end) return { kind: 'fix', detail: `compatible fixes overlap at ${edits[i].start}` };
    }
    const fixed = applyFixes(text, run.findings);
    const after = check(fixed, options);
    const brokenAfter = failed(after);
    if (brokenAfter) return { kind: 'rule-failure', detail: `after fix-all: ${brokenAfter.message}` };
  } catch (err) {
    return { kind: 'fix', detail: `applying the fixes or checking the result threw: ${(err as Error).stack ?? String(err)}` };
  }
  return undefined;
}
