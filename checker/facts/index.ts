/**
 * Facts a hover shows for a recognised token, whether or not a rule reports it: a rank's full
 * title, pay grade and services; a date's AP form and weekday (for the year the checker used); an
 * acronym's expansion; a state's forms. Computed when a hover asks, never for every finding (the
 * CLI never pays for them), from the same recognisers the rules use.
 */
import { ReleaseDocument } from '../document/model';
import { HoverFacts } from '../types';
import { rankFactsAt } from './rank';
import { dateFactsAt } from './date';
import { acronymFactsAt } from './acronym';
import { placeFactsAt } from './place';

export interface TokenFacts {
  start: number;
  end: number;
  facts: HoverFacts;
}

export function factsAt(
  doc: ReleaseDocument,
  offset: number,
  options: { defaultYear?: number; acronyms?: Record<string, string> } = {},
): TokenFacts | undefined {
  return rankFactsAt(doc, offset) ?? dateFactsAt(doc, offset, options.defaultYear) ?? placeFactsAt(doc, offset) ?? acronymFactsAt(doc, offset, options.acronyms ?? {});
}
