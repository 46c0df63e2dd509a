/** The public face of the pure checker, shared by the language server and the CLI. */
export { check, checkDocument, applyFixes, compatibleFixes, nonOverlappingEdits, resolveOptions, effectiveSeverity, runRules } from './engine/run';
export { ReleaseDocument } from './document/model';
export { RULES, RULE_BY_ID } from './rules';
export * from './types';
export { factsAt } from './facts';
export type { TokenFacts } from './facts';
export { parseConfig, mergeOptions } from './engine/options';
export type { ConfigProblem, ParsedConfig } from './engine/options';
export { PRESETS } from './data/presets';
export { presetSettings, parseDay } from './engine/run';
export { introducedPeople } from './analysis/people';
export type { Person } from './analysis/people';
export { styleReport, reportMarkdown } from './views/report';
export type { StyleReport, BeforeRelease } from './views/report';
export { checkEdit, recheck, fullState, changedSpan, LOCAL_RULES, LOCAL_WHEN_DATED, NEIGHBOUR_RULES } from './engine/incremental';
export type { CheckState } from './engine/incremental';
