/**
 * House styles as presets: a named set of rule settings and house choices, not code.
 * `ap` is the default; the others follow DoD and service practice where they differ from AP.
 */
import { HouseStyle, SeveritySetting } from '../types';

export interface Preset {
  description: string;
  extends?: string;
  house?: Partial<HouseStyle>;
  rules?: Record<string, SeveritySetting>;
}

export const DEFAULT_HOUSE: HouseStyle = {
  department: 'either',
  percent: 'either',
  acronymParentheses: 'optional',
  headlineCase: 'either',
  capitalizeServiceMembers: false,
};

export const PRESETS: Readonly<Record<string, Preset>> = {
  ap: {
    description: 'The Associated Press Stylebook as written: DOD, 4%, US in headlines.',
    house: { department: 'DOD', percent: 'sign' },
  },
  dod: {
    description: 'DoD issuances: DoD, percent spelled out or % (consistent), service before rank on first reference.',
    extends: 'ap',
    house: { department: 'DoD', percent: 'either' },
    rules: { 'rank/service-before-rank': 'hint' },
  },
  army: {
    description: 'Army public affairs: DoD practice, Soldier capitalized, sentence-case headlines.',
    extends: 'dod',
    house: { capitalizeServiceMembers: true, headlineCase: 'sentence' },
    rules: { 'unit/ordinal': 'off' },
  },
  navy: {
    description: 'Navy public affairs: DoD practice, Sailor capitalized, ratings before names, title-case headlines.',
    extends: 'dod',
    house: { capitalizeServiceMembers: true, headlineCase: 'title' },
  },
  'air-force': {
    description: 'Air Force public affairs: DoD practice, Airman capitalized.',
    extends: 'dod',
    house: { capitalizeServiceMembers: true, headlineCase: 'sentence' },
  },
  'marine-corps': {
    description: 'Marine Corps public affairs: DoD practice, Marine capitalized.',
    extends: 'dod',
    house: { capitalizeServiceMembers: true, headlineCase: 'sentence' },
    rules: { 'unit/ordinal': 'off' },
  },
  'space-force': {
    description: 'Space Force public affairs: DoD practice, Guardian capitalized.',
    extends: 'dod',
    house: { capitalizeServiceMembers: true, headlineCase: 'sentence' },
  },
};
