/** The public face of the pure checker, shared by the language server and the CLI. */
export { check, checkDocument, applyFixes, compatibleFixes, nonOverlappingEdits, resolveOptions, effectiveSeverity, runRules } from './check';
export { ReleaseDocument } from './document';
export { RULES, RULE_BY_ID } from './rules';
export * from './types';
export { factsAt } from './facts';
export type { TokenFacts } from './facts';
export { parseConfig, mergeOptions } from './config';
export type { ConfigProblem, ParsedConfig } from './config';
export { PRESETS } from './data/presets';
export { presetSettings } from './check';
export { introducedPeople } from './people';
export type { Person } from './people';
export { styleReport, reportMarkdown } from './report';
export type { StyleReport } from './report';
export { checkEdit, recheck, fullState, changedSpan, LOCAL_RULES, LOCAL_WHEN_DATED, NEIGHBOUR_RULES } from './incremental';
export type { CheckState } from './incremental';
