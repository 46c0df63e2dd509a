import { ReleaseDocument } from '../document/model';
import { isDisabled } from '../document/directives';
import { RULES, RULE_BY_ID } from '../rules';
import { CheckOptions, Day, Finding, Fix, HouseStyle, ResolvedOptions, Rule, Severity, SeveritySetting, TextEdit } from '../types';
import { DEFAULT_HOUSE, PRESETS } from '../data/presets';

/** A preset's rule settings and house style, following its `extends` chain (cycles stop it). */
export function presetSettings(name: string): { rules: Record<string, SeveritySetting>; house: HouseStyle } {
  const chain: string[] = [];
  for (let n: string | undefined = name; n && PRESETS[n] && !chain.includes(n); n = PRESETS[n].extends) chain.unshift(n);
  const rules: Record<string, SeveritySetting> = {};
  let house: HouseStyle = { ...DEFAULT_HOUSE };
  for (const n of chain) {
    Object.assign(rules, PRESETS[n].rules ?? {});
    house = { ...house, ...(PRESETS[n].house ?? {}) };
  }
  return { rules, house };
}

export function resolveOptions(options: CheckOptions = {}): ResolvedOptions {
  const preset = options.preset && PRESETS[options.preset] ? options.preset : 'ap';
  const base = presetSettings(preset);
  return {
    language: options.language ?? 'press-release',
    preset,
    rules: { ...base.rules, ...(options.rules ?? {}) },
    defaultYear: options.defaultYear ?? new Date().getFullYear(),
    house: { ...base.house, ...(options.house ?? {}) },
    acronyms: options.acronyms ?? {},
    accept: new Set(options.accept ?? []),
    ignore: new Set((options.ignore ?? []).map((i) => ignoreKey(i.rule, i.text))),
    substitutions: options.substitutions ?? [],
    ...dayOption('releaseDate', options.releaseDate),
    ...dayOption('today', options.today),
  };
}

/** How an ignored finding is looked up: its rule and its exact text (a rule id never holds a NUL). */
export function ignoreKey(rule: string, text: string): string {
  return `${rule}\u0000${text}`;
}

/** `YYYY-MM-DD` as a day, if it is a real one. */
export function parseDay(s: string | undefined): Day | undefined {
  const m = s === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return undefined;
  const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day));
  return d.getUTCFullYear() === day.year && d.getUTCMonth() === day.month - 1 && d.getUTCDate() === day.day ? day : undefined;
}

function dayOption<K extends 'releaseDate' | 'today'>(key: K, value: string | undefined): Partial<Record<K, Day>> {
  const day = parseDay(value);
  return day ? ({ [key]: day } as Partial<Record<K, Day>>) : {};
}

/** The severity a rule runs at under these options, or 'off'. */
export function effectiveSeverity(rule: Rule, options: ResolvedOptions): SeveritySetting {
  return options.rules[rule.id] ?? options.rules[rule.family] ?? rule.defaultSeverity;
}

/**
 * Checks a draft. Pure and synchronous: the same text and options always give the same findings,
 * sorted by start offset. Never throws on any input; a rule that fails is skipped, not fatal.
 */
export function check(text: string, options: CheckOptions = {}): Finding[] {
  const resolved = resolveOptions(options);
  return checkDocument(new ReleaseDocument(text, resolved.language), resolved);
}

export function checkDocument(doc: ReleaseDocument, options: ResolvedOptions): Finding[] {
  return sortFindings(runRules(doc, options, RULES));
}

/** Document order; ties by end, then rule (stable otherwise, so a rule's own order is kept). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

/** Runs `rules` on `doc` (a whole document or a window of it), unsorted. */
export function runRules(doc: ReleaseDocument, options: ResolvedOptions, rules: readonly Rule[], failures?: string[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = effectiveSeverity(rule, options);
    if (setting === 'off') continue;
    const severity: Severity = setting;
    try {
      rule.check(doc, {
        options,
        isEnabled(id) {
          const other = RULE_BY_ID.get(id);
          if (!other || !rule.yieldsTo?.includes(id)) throw new Error(`${rule.id} asked whether ${id} is on without naming it in yieldsTo`);
          return effectiveSeverity(other, options) !== 'off';
        },
        report(r) {
          if (r.end < r.start || r.start < 0 || r.end > doc.original.length) return;
          // A certain fix that would change nothing means the rule misread the text: no finding.
          if (r.fix && r.fix.edits.every((e) => doc.original.slice(e.start, e.end) === e.newText)) return;
          // A range never cuts an emoji or other astral character in half.
          const start = splitsPair(doc.original, r.start) ? r.start - 1 : r.start;
          const end = splitsPair(doc.original, r.end) ? r.end + 1 : r.end;
          if (isDisabled(doc.disabled, rule.id, r.start)) return;
          if (options.accept.size > 0 && options.accept.has(doc.original.slice(r.start, r.end))) return;
          if (options.ignore.size > 0 && options.ignore.has(ignoreKey(rule.id, doc.original.slice(r.start, r.end)))) return;
          const inQuote = doc.inQuote(r.start, r.end);
          const finding: Finding = {
            rule: rule.id,
            severity: r.severity && severityRank(r.severity) < severityRank(severity) ? r.severity : severity,
            message: r.message,
            start,
            end,
          };
          if (inQuote && !rule.appliesInsideQuotes) {
            // Quoted words are the speaker's: point them out, never rewrite them.
            finding.severity = 'hint';
            finding.inQuote = true;
            finding.message = `${r.message} (inside a quotation: left to the writer)`;
          } else if (rule.appliesInsideQuotes) {
            // Punctuation rules move marks and end punctuation at a quotation's edge, and only that.
            if (r.fix) finding.fix = r.fix;
            if (r.suggestions?.length) finding.suggestions = r.suggestions;
          } else {
            // A finding that reaches into a quotation (a project pattern across a quotation mark, a
            // headline holding a quote) keeps no edit that would change quoted words or the marks.
            const clean = (fix: Fix): boolean => !fix.edits.some((e) => touchesQuote(doc, e.start, e.end));
            const suggestions = r.suggestions?.filter(clean) ?? [];
            if (r.fix && clean(r.fix)) finding.fix = r.fix;
            if (suggestions.length) finding.suggestions = suggestions;
            if ((r.fix && !finding.fix) || suggestions.length < (r.suggestions?.length ?? 0)) {
              finding.message = `${r.message} (it reaches into a quotation, so Copydesk does not rewrite it)`;
            }
          }
          findings.push(finding);
        },
      });
    } catch (err) {
      failures?.push(rule.id);
      // A rule bug must not take the others down; surface it as an information finding.
      findings.push({
        rule: rule.id,
        severity: 'information',
        message: `Copydesk could not run ${rule.id} on this text: ${(err as Error).message}`,
        start: 0,
        end: 0,
      });
    }
  }
  return findings;
}

/** Whether replacing [start, end) would change a quotation's words or marks (an insertion counts strictly inside). */
function touchesQuote(doc: ReleaseDocument, start: number, end: number): boolean {
  const q = doc.quoteAt(start);
  if (start === end) return q !== undefined && q.start < start;
  return q !== undefined || doc.quotesStartingIn(start, end).length > 0;
}

function splitsPair(text: string, offset: number): boolean {
  const hi = text.charCodeAt(offset - 1);
  const lo = text.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

function severityRank(s: Severity): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : s === 'information' ? 1 : 0;
}

/**
 * The findings whose certain fixes can all be applied together, in document order: a fix with an
 * edit that overlaps an edit already taken is left out whole (never half applied); the next
 * check offers it again. Fix-all, the CLI and the editor's fix commands all choose fixes here.
 */
export function compatibleFixes(findings: Finding[]): Array<Finding & { fix: Fix }> {
  const firstEdit = (f: Finding & { fix: Fix }): number => Math.min(...f.fix.edits.map((e) => e.start));
  const candidates = findings
    .filter((f): f is Finding & { fix: Fix } => f.fix !== undefined && f.fix.edits.length > 0)
    .sort((a, b) => firstEdit(a) - firstEdit(b));
  // Taken edits, sorted and disjoint, so the one that could overlap is found by binary search.
  const taken: TextEdit[] = [];
  const overlaps = (e: TextEdit): boolean => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid].end <= e.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < taken.length && taken[lo].start < e.end && e.start < taken[lo].end;
  };
  const kept: Array<Finding & { fix: Fix }> = [];
  for (const f of candidates) {
    if (f.fix.edits.some(overlaps)) continue;
    kept.push(f);
    for (const e of f.fix.edits) {
      let i = taken.length;
      while (i > 0 && (taken[i - 1].start > e.start || (taken[i - 1].start === e.start && taken[i - 1].end > e.end))) i--; // by start, then end
      taken.splice(i, 0, e);
    }
  }
  return kept;
}

/**
 * Which findings' fixes Fix All takes: `errorsAndWarnings` (the default everywhere: the editor's
 * Fix All, its fix-all source action and the CLI's --fix) or `all`, hints and information included.
 * The severity is the finding's own, as the writer sees it after presets, settings and the project file.
 */
export type FixInclude = 'errorsAndWarnings' | 'all';

/** Whether Fix All takes this finding's fix under `include`. */
export function fixAllTakes(f: Finding, include: FixInclude): boolean {
  return include === 'all' || f.severity === 'error' || f.severity === 'warning';
}

/** The compatible fixes Fix All applies under `include`: a suggestion left out never blocks an error's fix. */
export function fixAllFixes(findings: Finding[], include: FixInclude): Array<Finding & { fix: Fix }> {
  return compatibleFixes(include === 'all' ? findings : findings.filter((f) => fixAllTakes(f, include)));
}

/** Fix edits of the compatible fixes, in document order. */
export function nonOverlappingEdits(findings: Finding[]): TextEdit[] {
  return compatibleFixes(findings)
    .flatMap((f) => f.fix.edits)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies the compatible certain fixes of the findings to the text. */
export function applyFixes(text: string, findings: Finding[]): string {
  let out = '';
  let pos = 0;
  for (const e of nonOverlappingEdits(findings)) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}
