/**
 * The flat, sorted registry of rules. Each rule lives in its own file named after its id
 * (`rank/service-abbreviation` → `rank-service-abbreviation.ts`).
 */
import { Rule } from '../types';
import { rule as attributionLoadedVerb } from './attribution-loaded-verb';

export const RULES: readonly Rule[] = [
  attributionLoadedVerb,
].sort((a: Rule, b: Rule) => a.id.localeCompare(b.id));

export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
