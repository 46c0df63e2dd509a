/** Shared types of the pure checker. No vscode, LSP or fs imports may appear under checker/. */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Family =
  | 'caption' | 'rank' | 'attribution' | 'date' | 'time' | 'quote' | 'acronym' | 'number' | 'title' | 'place' | 'usage' | 'structure' | 'ship' | 'unit' | 'weapon'
  // Before release (issue 15): release markings, privacy and operations security.
  | 'marking' | 'privacy' | 'opsec';
export type LanguageKind = 'press-release' | 'plaintext' | 'markdown';

/**
 * What a word processor's paragraph style says a paragraph is: a `.docx`'s `Title` or `Heading 1`
 * paragraph is the headline, a `Caption` paragraph a photo caption.
 */
export type ParagraphRole = 'headline' | 'caption';

/** A styled paragraph of a document read from a word processor: its text is text[start, end). */
export interface StyledParagraph {
  start: number;
  end: number;
  role: ParagraphRole;
}

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
  /** Override the rule's default severity for this one finding (e.g. a weaker form of the rule). */
  severity?: Severity;
}

export type RuleScope = 'paragraph' | 'neighbours' | 'document';

export interface RuleContext {
  report(r: Report): void;
  options: ResolvedOptions;
  /** Whether a rule named in this rule's `yieldsTo` runs under these options (asking about any other throws). */
  isEnabled(ruleId: string): boolean;
}

export interface RuleMeta {
  id: string;
  family: Family;
  /** One line: what the rule checks. */
  description: string;
  defaultSeverity: SeveritySetting;
  /**
   * What a rule's findings in a paragraph depend on; the incremental check reads it to decide where
   * to run the rule again after an edit, so it must be true (the incremental property tests hold
   * every rule to it):
   * - `paragraph`: that paragraph, the quotations in it, and the document's headline, dateline and
   *   release date. The rule must find, in `doc.window(i, j)`, exactly what it finds in blocks i..j.
   * - `neighbours`: also the body paragraphs just before and after (read through `doc.bodyNeighbours`).
   * - `document`: anything in the draft.
   */
  scope: RuleScope;
  /**
   * A `paragraph` rule that, in a release with no date of its own, reads a date's year from the
   * nearest earlier full date anywhere in the text (such a rule runs document-wide after an edit that
   * touches a full date in an undated release).
   */
  yearFromEarlierDate?: true;
  /**
   * Rules this one leaves a case to when they are on (`rank/spelled-out` leaves later references to
   * `rank/repeated`). The only rules `RuleContext.isEnabled` answers for.
   */
  yieldsTo?: readonly string[];
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
  check(doc: import('./document/model').ReleaseDocument, ctx: RuleContext): void;
}

/** House choices where AP and DoD or service practice differ; presets set them. */
export interface HouseStyle {
  /** `DOD` (AP), `DoD` (DoD issuances) or either, as long as a release is consistent. */
  department: 'DOD' | 'DoD' | 'either';
  /** `4%` (AP since 2019), `4 percent` (older DoD copy) or either, as long as a release is consistent. */
  percent: 'sign' | 'word' | 'either';
  /** Whether a spelled-out full form must carry its short form in parentheses. */
  acronymParentheses: 'required' | 'optional';
  headlineCase: 'sentence' | 'title' | 'either';
  /** Soldier, Sailor, Airman, Marine, Guardian capitalized (service practice). */
  capitalizeServiceMembers: boolean;
}

/**
 * An office-specific term: flag `flag` (a literal phrase, whole words) or every match of `pattern`
 * (an RE2 regular expression, see pattern.ts), and suggest `suggest`. One of the two is set.
 */
export interface Substitution {
  flag?: string;
  pattern?: string;
  suggest: string;
  message?: string;
}

/**
 * One finding the writer ignored in one draft (`.copydesk.json` `ignore`, the file already matched):
 * findings of `rule` whose text is exactly `text` are dropped, wherever they move in the draft.
 */
export interface IgnoredFinding {
  rule: string;
  text: string;
}

export interface CheckOptions {
  language?: LanguageKind;
  /** House style preset name (`ap`, `dod`, `army`, ...); `house` fields override it. */
  preset?: string;
  house?: Partial<HouseStyle>;
  /** Extra short forms that need no expansion, or that expand to the given full form. */
  acronyms?: Record<string, string>;
  /** Words and names to accept: findings whose text is one of these are dropped. */
  accept?: string[];
  substitutions?: Substitution[];
  /** Findings ignored in this draft (the project file's `ignore` entries for its path). */
  ignore?: IgnoredFinding[];
  /** Per-rule severity overrides: rule id → severity or 'off'. */
  rules?: Record<string, SeveritySetting>;
  /** Year used for weekday checks when neither the date nor the release gives one. */
  defaultYear?: number;
  /**
   * The day the release goes out (`YYYY-MM-DD`, the `copydesk.releaseDate` setting): what "future"
   * means to the `opsec/…` rules when the release gives no date of its own.
   */
  releaseDate?: string;
  /**
   * The day of the check (`YYYY-MM-DD`), passed in by the editor and the CLI (the checker never reads
   * the clock): "future" when neither the release nor `releaseDate` gives a date.
   */
  today?: string;
}

/** A calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export interface ResolvedOptions {
  language: LanguageKind;
  preset: string;
  rules: Record<string, SeveritySetting>;
  defaultYear: number;
  house: HouseStyle;
  acronyms: Record<string, string>;
  accept: ReadonlySet<string>;
  /** Ignored findings as `ignoreKey(rule, text)`. */
  ignore: ReadonlySet<string>;
  substitutions: Substitution[];
  /** `releaseDate` and `today` as days (absent when not given or not a valid `YYYY-MM-DD`). */
  releaseDate?: Day;
  today?: Day;
}
