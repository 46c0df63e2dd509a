/**
 * Fixtures mark each expected finding inline, on the line under the text that triggers it:
 *
 *   LTG Sean MacFarland visited the troops.
 *   ^^^ rank/service-abbreviation => Lt. Gen.
 *
 * The carets give the columns of the finding, then the rule id, then optionally `=> TEXT`
 * (the certain fix turns the finding's span into TEXT), `=> ∅` (no certain fix), or
 * `~> A | B` (alternative suggestions, no certain fix). `[hint]` etc. after the id pins the severity.
 * Marker lines are removed before checking. Every finding of the families named by the fixture
 * file (its name up to the first `-` or `.`, or `all`) must be marked, and every mark must be found.
 */
import * as assert from 'assert';
import { check, Finding, LanguageKind } from '../../checker';

export interface Mark {
  line: number;
  startCol: number;
  endCol: number;
  rule: string;
  severity?: string;
  fix?: string | null;
  suggestions?: string[];
}

export interface Fixture {
  text: string;
  marks: Mark[];
}

const MARK = /^(\s*)(\^+)\s+([a-z]+\/[a-z0-9-]+)(?:\s+\[(error|warning|information|hint)\])?(?:\s+(=>|~>)\s?(.*))?$/;

export function parseFixture(source: string): Fixture {
  const lines = source.split('\n');
  const kept: string[] = [];
  const marks: Mark[] = [];
  for (const line of lines) {
    const m = MARK.exec(line);
    if (!m) {
      kept.push(line);
      continue;
    }
    if (kept.length === 0) throw new Error(`marker with no line above it: ${line}`);
    const startCol = m[1].length;
    const mark: Mark = { line: kept.length - 1, startCol, endCol: startCol + m[2].length, rule: m[3] };
    if (m[4]) mark.severity = m[4];
    if (m[5] === '=>') mark.fix = m[6] === '∅' ? null : m[6];
    if (m[5] === '~>') mark.suggestions = m[6].split(' | ');
    marks.push(mark);
  }
  return { text: kept.join('\n'), marks };
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, col: before[before.length - 1].length };
}

/** The text a fix turns the finding's span into: the edited region after applying the fix's edits. */
export function fixedSpan(text: string, edits: Array<{ start: number; end: number; newText: string }>): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = sorted[0].start;
  for (const e of sorted) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out;
}

function describe(f: Finding, text: string): string {
  const s = lineCol(text, f.start);
  const e = lineCol(text, f.end);
  const fix = f.fix ? ` => ${fixedSpan(text, f.fix.edits)}` : '';
  return `${s.line + 1}:${s.col}-${e.col} ${f.rule} [${f.severity}] "${text.slice(f.start, f.end)}"${fix} — ${f.message}`;
}

export function runFixture(
  source: string,
  families: string[] | 'all',
  options: { language?: LanguageKind; preset?: string; rules?: Record<string, 'off' | 'hint' | 'information' | 'warning' | 'error'>; defaultYear?: number } = {},
): void {
  const fx = parseFixture(source);
  const findings = check(fx.text, { defaultYear: 2016, ...options }).filter(
    (f) => families === 'all' || families.includes(f.rule.split('/')[0]),
  );
  const unmatched = [...findings];
  const missing: string[] = [];
  for (const mark of fx.marks) {
    const i = unmatched.findIndex((f) => {
      const s = lineCol(fx.text, f.start);
      const e = lineCol(fx.text, f.end);
      return f.rule === mark.rule && s.line === mark.line && s.col === mark.startCol && e.col === mark.endCol;
    });
    if (i < 0) {
      const line = fx.text.split('\n')[mark.line];
      missing.push(`${mark.line + 1}:${mark.startCol}-${mark.endCol} ${mark.rule} "${line.slice(mark.startCol, mark.endCol)}"`);
      continue;
    }
    const f = unmatched.splice(i, 1)[0];
    const where = describe(f, fx.text);
    if (mark.severity) assert.strictEqual(f.severity, mark.severity, `severity of ${where}`);
    if (mark.fix === null) assert.ok(!f.fix, `expected no certain fix: ${where}`);
    else if (mark.fix !== undefined) {
      assert.ok(f.fix, `expected a fix "${mark.fix}": ${where}`);
      assert.strictEqual(fixedSpan(fx.text, f.fix.edits), mark.fix, `fix of ${where}`);
    }
    if (mark.suggestions) {
      assert.ok(!f.fix, `expected suggestions, not a certain fix: ${where}`);
      const got = (f.suggestions ?? []).map((s) => fixedSpan(fx.text, s.edits));
      assert.deepStrictEqual(got, mark.suggestions, `suggestions of ${where}`);
    }
  }
  const problems = [
    ...missing.map((m) => `expected but not reported: ${m}`),
    ...unmatched.map((f) => `reported but not marked: ${describe(f, fx.text)}`),
  ];
  assert.ok(problems.length === 0, problems.join('\n'));
}
