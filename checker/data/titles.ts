/**
 * Formal titles (STYLE.md section 4, titles): capitalized before a name, lowercase after a name
 * or alone. `lower` keeps the proper nouns inside a title (`secretary of the Army`).
 */
export interface TitleEntry {
  /** The title as written before a name. */
  cap: string;
  /** The title after a name or alone. */
  lower: string;
  /** A one-word title is only flagged as `the Secretary`, never after a name or `as`. */
  single?: boolean;
  /** The title takes the place it serves (`Adjutant General of Nevada` → `adjutant general of Nevada`). */
  ofPlace?: boolean;
}

function t(cap: string, lower: string): TitleEntry {
  return { cap, lower };
}

export const TITLES: readonly TitleEntry[] = [
  t('Secretary of Defense', 'secretary of defense'),
  t('Deputy Secretary of Defense', 'deputy secretary of defense'),
  t('Secretary of War', 'secretary of war'),
  t('Deputy Secretary of War', 'deputy secretary of war'),
  t('Defense Secretary', 'defense secretary'),
  t('Deputy Defense Secretary', 'deputy defense secretary'),
  t('War Secretary', 'war secretary'),
  t('Secretary of the Army', 'secretary of the Army'),
  t('Secretary of the Navy', 'secretary of the Navy'),
  t('Secretary of the Air Force', 'secretary of the Air Force'),
  t('Army Secretary', 'Army secretary'),
  t('Navy Secretary', 'Navy secretary'),
  t('Air Force Secretary', 'Air Force secretary'),
  t('Secretary of State', 'secretary of state'),
  t('Secretary of Homeland Security', 'secretary of homeland security'),
  t('Chairman of the Joint Chiefs of Staff', 'chairman of the Joint Chiefs of Staff'),
  t('Vice Chairman of the Joint Chiefs of Staff', 'vice chairman of the Joint Chiefs of Staff'),
  t('Chief of Naval Operations', 'chief of naval operations'),
  t('Chief of Staff of the Army', 'chief of staff of the Army'),
  t('Chief of Staff of the Air Force', 'chief of staff of the Air Force'),
  t('Chief of Space Operations', 'chief of space operations'),
  t('Commandant of the Marine Corps', 'commandant of the Marine Corps'),
  t('Commandant of the Coast Guard', 'commandant of the Coast Guard'),
  t('Chief of the National Guard Bureau', 'chief of the National Guard Bureau'),
  { cap: 'Adjutant General', lower: 'adjutant general', ofPlace: true },
  { cap: 'Secretary', lower: 'secretary', single: true },
  { cap: 'Chairman', lower: 'chairman', single: true },
  { cap: 'Vice Chairman', lower: 'vice chairman', single: true },
  { cap: 'Commandant', lower: 'commandant', single: true },
];

/** Words that follow `Acting` in a title before a name (`Acting Secretary of the Army Jane Doe`). */
export const ACTING_TITLE_WORDS: readonly string[] = [
  'Secretary', 'Deputy', 'Assistant', 'Under', 'Undersecretary', 'Director', 'Chairman', 'Chief', 'Commander',
  'Administrator', 'Inspector', 'Principal', 'Commandant', 'Comptroller', 'General Counsel', 'Attorney', 'Surgeon',
];

/**
 * Unit words that make `the Wing Commander` a unit commander named generically (lowercase all:
 * `the wing commander`); a numbered unit keeps its name (`the 4th Fighter Wing commander`).
 */
export const GENERIC_UNITS: readonly string[] = [
  'Squadron', 'Wing', 'Group', 'Brigade', 'Battalion', 'Company', 'Regiment', 'Division', 'Detachment', 'Flight',
  'Battery', 'Troop', 'Platoon', 'Unit', 'Task Force', 'Base', 'Installation', 'Garrison',
];

/**
 * Abbreviations of one office that copy uses in place of the holder's name on a later reference
 * (`SMA toured the barracks`), with the titles that introduce the holder (`Sergeant Major of the
 * Army Michael Weimer`). AP uses the last name.
 */
export const OFFICE_ABBREVIATIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['SMA', ['Sergeant Major of the Army', 'Sgt. Maj. of the Army']],
  ['SMMC', ['Sergeant Major of the Marine Corps', 'Sgt. Maj. of the Marine Corps']],
  ['CMSAF', ['Chief Master Sergeant of the Air Force', 'Chief Master Sgt. of the Air Force']],
  ['CMSSF', ['Chief Master Sergeant of the Space Force', 'Chief Master Sgt. of the Space Force']],
  ['MCPON', ['Master Chief Petty Officer of the Navy']],
  ['MCPOCG', ['Master Chief Petty Officer of the Coast Guard']],
  ['SEAC', ['Senior Enlisted Advisor to the Chairman']],
  ['CNO', ['Chief of Naval Operations']],
  ['CSA', ['Chief of Staff of the Army']],
  ['CSAF', ['Chief of Staff of the Air Force']],
  ['CSO', ['Chief of Space Operations']],
  ['CMC', ['Commandant of the Marine Corps']],
  ['CJCS', ['Chairman of the Joint Chiefs of Staff']],
  ['SecDef', ['Secretary of Defense', 'Defense Secretary']],
  ['SECDEF', ['Secretary of Defense', 'Defense Secretary']],
  ['SECNAV', ['Secretary of the Navy', 'Navy Secretary']],
  ['SECARMY', ['Secretary of the Army', 'Army Secretary']],
];
