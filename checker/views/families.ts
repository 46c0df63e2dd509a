/**
 * Plain names of the rule families, as a writer reads them in the style report and the Fix All
 * preview ("Ranks", "Dates", never a rule id). Every family has one: the type says so.
 */
import { Family } from '../types';

export const FAMILY_NAMES: Readonly<Record<Family, string>> = {
  marking: 'Security markings',
  privacy: 'Personal information',
  opsec: 'Operations security',
  caption: 'Photo captions',
  rank: 'Ranks',
  attribution: 'Attribution',
  date: 'Dates',
  time: 'Times',
  quote: 'Quotations',
  acronym: 'Acronyms',
  number: 'Numbers',
  title: 'Titles',
  place: 'Places and datelines',
  usage: 'Word choice',
  structure: 'Release structure',
  ship: 'Ships',
  unit: 'Units',
  weapon: 'Aircraft and weapons',
};

/** The plain name of a rule's family (`rank/service-abbreviation` → "Ranks"); a project's own family keeps its id. */
export function familyName(ruleId: string): string {
  const family = ruleId.split('/')[0];
  return (FAMILY_NAMES as Record<string, string>)[family] ?? family;
}
