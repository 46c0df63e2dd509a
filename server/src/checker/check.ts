import { ReleaseDocument } from './document';
import { isDisabled } from './directives';
import { RULES } from './rules';
import { CheckOptions, Finding, HouseStyle, ResolvedOptions, Rule, Severity, SeveritySetting } from './types';
import { DEFAULT_HOUSE, PRESETS } from './data/presets';

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
    substitutions: options.substitutions ?? [],
  };
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
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = effectiveSeverity(rule, options);
    if (setting === 'off') continue;
    const severity: Severity = setting;
    try {
      rule.check(doc, {
        options,
        report(r) {
          if (r.end < r.start || r.start < 0 || r.end > doc.original.length) return;
          // A certain fix that would change nothing means the rule misread the text: no finding.
          if (r.fix && r.fix.edits.every((e) => doc.original.slice(e.start, e.end) === e.newText)) return;
          // A range never cuts an emoji or other astral character in half.
          const start = splitsPair(doc.original, r.start) ? r.start - 1 : r.start;
          const end = splitsPair(doc.original, r.end) ? r.end + 1 : r.end;
          if (isDisabled(doc.disabled, rule.id, r.start)) return;
          if (options.accept.size > 0 && options.accept.has(doc.original.slice(r.start, r.end))) return;
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
          } else {
            if (r.fix) finding.fix = r.fix;
            if (r.suggestions?.length) finding.suggestions = r.suggestions;
          }
          if (r.facts) finding.facts = r.facts;
          findings.push(finding);
        },
      });
    } catch (err) {
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
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
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
 * Applies the certain fixes of the given findings to the text. Edits that overlap an earlier
 * accepted edit are left out (the next check will offer them again).
 */
export function applyFixes(text: string, findings: Finding[]): string {
  const edits = findings
    .flatMap((f) => f.fix?.edits ?? [])
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Fix edits of the findings, without overlaps, in document order. */
export function nonOverlappingEdits(findings: Finding[]): Array<{ start: number; end: number; newText: string }> {
  const edits = findings.flatMap((f) => f.fix?.edits ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: typeof edits = [];
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos) continue;
    kept.push(e);
    pos = e.end;
  }
  return kept;
}
