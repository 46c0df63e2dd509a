/**
 * Facts a hover shows for a recognised token that is not (or not only) a finding:
 * a rank's full title, pay grade and services; a date's AP form and weekday.
 */
import { ReleaseDocument } from '../document';
import { HoverFacts } from '../types';
import { rankFactsAt } from './rank';
import { dateFactsAt } from './date';
import { acronymFactsAt } from './acronym';

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
  return rankFactsAt(doc, offset) ?? dateFactsAt(doc, offset, options.defaultYear) ?? acronymFactsAt(doc, offset, options.acronyms ?? {});
}
