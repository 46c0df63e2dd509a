/** Shared types of the pure checker. No vscode, LSP or fs imports may appear under checker/. */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Family = 'rank' | 'attribution' | 'date' | 'time' | 'quote' | 'acronym' | 'number' | 'title' | 'place' | 'usage' | 'structure';
export type LanguageKind = 'press-release' | 'plaintext' | 'markdown';

/** A replacement of text[start, end) (UTF-16 offsets into the original text). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** What a hover shows for a finding or a recognised token. Markdown lines. */
export interface HoverFacts {
  heading: string;
  lines: string[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** The certain fix: applied by quick fix and by fix-all. */
  fix?: Fix;
  /** Alternatives when the right text is not certain; offered as quick fixes, never applied by fix-all. */
  suggestions?: Fix[];
  /** Extra facts for the hover (rank title and grade, a date's weekday). */
  facts?: HoverFacts;
  /** True when the finding lies inside a direct quotation. */
  inQuote?: boolean;
}

/** What a rule hands to `report`; severity and quote handling are applied centrally. */
export interface Report {
  start: number;
  end: number;
  message: string;
  fix?: Fix;
  suggestions?: Fix[];
  facts?: HoverFacts;
  /** Override the rule's default severity for this one finding (e.g. a weaker form of the rule). */
  severity?: Severity;
}

export interface RuleContext {
  report(r: Report): void;
  options: ResolvedOptions;
}

export interface RuleMeta {
  id: string;
  family: Family;
  /** One line: what the rule checks. */
  description: string;
  defaultSeverity: SeveritySetting;
  /** Why the rule exists (the AP or DoD basis). */
  why: string;
  right: string;
  wrong: string;
  /** Whether the rule can supply a certain fix. */
  fixable: boolean;
  /** Punctuation rules keep their severity and fix inside quotations. */
  appliesInsideQuotes?: boolean;
}

export interface Rule extends RuleMeta {
  check(doc: import('./document').ReleaseDocument, ctx: RuleContext): void;
}

export interface CheckOptions {
  language?: LanguageKind;
  /** Per-rule severity overrides: rule id → severity or 'off'. */
  rules?: Record<string, SeveritySetting>;
  /** Year used for weekday checks when neither the date nor the release gives one. */
  defaultYear?: number;
}

export interface ResolvedOptions {
  language: LanguageKind;
  rules: Record<string, SeveritySetting>;
  defaultYear: number;
}
