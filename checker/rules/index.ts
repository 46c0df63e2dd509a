/**
 * The flat, sorted registry of rules. Each rule lives in its own file named after its id
 * (`rank/service-abbreviation` → `rank/service-abbreviation.ts`).
 */
import { Family, Rule } from '../types';
import { rule as captionPastTense } from './caption/past-tense';
import { rule as captionPassive } from './caption/passive';
import { rule as captionDateForm } from './caption/date-form';
import { rule as captionHere } from './caption/here';
import { rule as captionCreditLine } from './caption/credit-line';
import { rule as captionVirin } from './caption/virin';
import { rule as captionPersonIdentification } from './caption/person-identification';
import { rule as usageSubstitution } from './usage/substitution';
import { rule as structureHeadlineCase } from './structure/headline-case';
import { rule as structureHeadlinePeriod } from './structure/headline-period';
import { rule as usageServiceMemberCase } from './usage/service-member-case';
import { rule as attributionLoadedVerb } from './attribution/loaded-verb';
import { rule as attributionPresentTense } from './attribution/present-tense';
import { rule as attributionVerbBeforeName } from './attribution/verb-before-name';
import { rule as attributionMissing } from './attribution/missing';
import { rule as quoteAttributionPunctuation } from './quote/attribution-punctuation';
import { rule as quotePunctuationOutside } from './quote/punctuation-outside';
import { rule as quoteUnclosed } from './quote/unclosed';
import { rule as dateDayMonthYear } from './date/day-month-year';
import { rule as dateDtg } from './date/dtg';
import { rule as dateIso } from './date/iso';
import { rule as dateMonthAbbreviation } from './date/month-abbreviation';
import { rule as dateMonthAlone } from './date/month-alone';
import { rule as dateNumeric } from './date/numeric';
import { rule as dateOrdinal } from './date/ordinal';
import { rule as dateWeekdayAbbreviation } from './date/weekday-abbreviation';
import { rule as dateWeekdayMismatch } from './date/weekday-mismatch';
import { rule as dateYearComma } from './date/year-comma';
import { rule as timeAmPm } from './time/am-pm';
import { rule as timeMilitary } from './time/military';
import { rule as timeNoonMidnight } from './time/noon-midnight';
import { rule as timeRedundant } from './time/redundant';
import { rule as rankServiceAbbreviation } from './rank/service-abbreviation';
import { rule as rankSpelledOut } from './rank/spelled-out';
import { rule as rankRepeated } from './rank/repeated';
import { rule as rankLowercaseAlone } from './rank/lowercase-alone';
import { rule as rankMissingFirstName } from './rank/missing-first-name';
import { rule as rankRetired } from './rank/retired';
import { rule as rankServiceBeforeRank } from './rank/service-before-rank';
import { rule as rankNonstandardForm } from './rank/nonstandard-form';
import { rule as numberSpellOutSmall } from './number/spell-out-small';
import { rule as numberSpellOutLarge } from './number/spell-out-large';
import { rule as numberSentenceStart } from './number/sentence-start';
import { rule as numberPercentConsistency } from './number/percent-consistency';
import { rule as numberMillions } from './number/millions';
import { rule as placeStatePostalCode } from './place/state-postal-code';
import { rule as placeStateAbbreviationBody } from './place/state-abbreviation-body';
import { rule as placeDatelineState } from './place/dateline-state';
import { rule as placeStandaloneCity } from './place/standalone-city';
import { rule as placeDatelineForm } from './place/dateline-form';
import { rule as structureMissingHeadline } from './structure/missing-headline';
import { rule as structureMissingDateline } from './structure/missing-dateline';
import { rule as structureMissingReleaseTag } from './structure/missing-release-tag';
import { rule as structureMissingContact } from './structure/missing-contact';
import { rule as structureMissingEndMark } from './structure/missing-end-mark';
import { rule as structureHoldWithoutTime } from './structure/hold-without-time';
import { rule as acronymUndefined } from './acronym/undefined';
import { rule as acronymUnused } from './acronym/unused';
import { rule as acronymDefinedTwice } from './acronym/defined-twice';
import { rule as acronymParentheses } from './acronym/parentheses';
import { rule as usageUsBodyText } from './usage/us-body-text';
import { rule as usageUsHeadline } from './usage/us-headline';
import { rule as usageToward } from './usage/toward';
import { rule as usageServiceAbbreviation } from './usage/service-abbreviation';
import { rule as usageDodConsistency } from './usage/dod-consistency';
import { rule as titleCapitalizedAfterName } from './title/capitalized-after-name';
import { rule as titleActingLowercase } from './title/acting-lowercase';
import { rule as titleLaterReference } from './title/later-reference';
import { rule as markingControlMarking } from './marking/control-marking';
import { rule as markingPortionMarking } from './marking/portion-marking';
import { rule as markingDistributionStatement } from './marking/distribution-statement';
import { rule as markingVirinSsn } from './marking/virin-ssn';
import { rule as privacyHomeAddress } from './privacy/home-address';
import { rule as privacyPersonalContact } from './privacy/personal-contact';
import { rule as privacyPersonalIdentifier } from './privacy/personal-identifier';
import { rule as privacyFamilyDetails } from './privacy/family-details';
import { rule as privacyAge } from './privacy/age';
import { rule as privacyHometownStreet } from './privacy/hometown-street';
import { rule as opsecFutureMovement } from './opsec/future-movement';
import { rule as opsecTroopCount } from './opsec/troop-count';
import { rule as opsecForwardLocation } from './opsec/forward-location';
import { rule as opsecCallSign } from './opsec/call-sign';
import { rule as opsecRouteTime } from './opsec/route-time';
import { rule as shipThePrefix } from './ship/the-prefix';
import { rule as shipHullHyphen } from './ship/hull-hyphen';
import { rule as shipNameCaps } from './ship/name-caps';
import { rule as shipFirstReference } from './ship/first-reference';
import { rule as shipLaterReference } from './ship/later-reference';
import { rule as unitArmyOrdinal } from './unit/army-ordinal';
import { rule as unitNumberWords } from './unit/number-words';
import { rule as weaponAircraftHyphen } from './weapon/aircraft-hyphen';
import { rule as weaponMHyphen } from './weapon/m-hyphen';
import { rule as weaponCaliber } from './weapon/caliber';

export const RULES: readonly Rule[] = [
  captionPastTense,
  captionPassive,
  captionDateForm,
  captionHere,
  captionCreditLine,
  captionVirin,
  captionPersonIdentification,
  acronymUndefined,
  acronymUnused,
  acronymDefinedTwice,
  acronymParentheses,
  usageUsBodyText,
  usageUsHeadline,
  usageToward,
  usageServiceAbbreviation,
  usageDodConsistency,
  titleCapitalizedAfterName,
  titleActingLowercase,
  titleLaterReference,
  rankServiceAbbreviation,
  rankSpelledOut,
  rankRepeated,
  rankLowercaseAlone,
  rankMissingFirstName,
  rankRetired,
  rankServiceBeforeRank,
  rankNonstandardForm,
  dateDayMonthYear,
  dateDtg,
  dateIso,
  dateMonthAbbreviation,
  dateMonthAlone,
  dateNumeric,
  dateOrdinal,
  dateWeekdayAbbreviation,
  dateWeekdayMismatch,
  dateYearComma,
  timeAmPm,
  timeMilitary,
  timeNoonMidnight,
  timeRedundant,
  usageSubstitution,
  structureHeadlineCase,
  structureHeadlinePeriod,
  usageServiceMemberCase,
  attributionLoadedVerb,
  attributionPresentTense,
  attributionVerbBeforeName,
  attributionMissing,
  quoteAttributionPunctuation,
  quotePunctuationOutside,
  quoteUnclosed,
  numberSpellOutSmall,
  numberSpellOutLarge,
  numberSentenceStart,
  numberPercentConsistency,
  numberMillions,
  placeStatePostalCode,
  placeStateAbbreviationBody,
  placeDatelineState,
  placeStandaloneCity,
  placeDatelineForm,
  structureMissingHeadline,
  structureMissingDateline,
  structureMissingReleaseTag,
  structureMissingContact,
  structureMissingEndMark,
  structureHoldWithoutTime,
  markingControlMarking,
  markingPortionMarking,
  markingDistributionStatement,
  markingVirinSsn,
  privacyHomeAddress,
  privacyPersonalContact,
  privacyPersonalIdentifier,
  privacyFamilyDetails,
  privacyAge,
  privacyHometownStreet,
  opsecFutureMovement,
  opsecTroopCount,
  opsecForwardLocation,
  opsecCallSign,
  opsecRouteTime,
  shipThePrefix,
  shipHullHyphen,
  shipNameCaps,
  shipFirstReference,
  shipLaterReference,
  unitArmyOrdinal,
  unitNumberWords,
  weaponAircraftHyphen,
  weaponMHyphen,
  weaponCaliber,
// By id in code-unit order: for ids of lowercase letters, digits, '-' and '/' the same order as
// localeCompare, without the ICU collator it would set up (about 10 ms) at every CLI start.
].sort((a: Rule, b: Rule) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

/**
 * Each rule family's name as a writer reads it (Fix All's preview groups fixes under these): every
 * family of the Family type has one, never a rule id.
 */
export const FAMILY_NAMES: Readonly<Record<Family, string>> = {
  caption: 'Captions',
  rank: 'Ranks',
  attribution: 'Attribution',
  date: 'Dates',
  time: 'Times',
  quote: 'Quotation punctuation',
  acronym: 'Acronyms',
  number: 'Numbers',
  title: 'Titles',
  place: 'Places and datelines',
  usage: 'Word usage',
  structure: 'Release structure',
  ship: 'Ships',
  unit: 'Units',
  weapon: 'Weapons',
  marking: 'Release markings',
  privacy: 'Privacy',
  opsec: 'Operations security',
};

/** The plain name of a rule's family (`rank/service-abbreviation` → "Ranks"); an unknown family keeps its id. */
export function familyName(ruleId: string): string {
  const family = ruleId.split('/')[0];
  return (FAMILY_NAMES as Record<string, string>)[family] ?? family;
}
