/**
 * Navy and Coast Guard ratings (the sailor's job) written with the pay grade as the services
 * abbreviate them before a name: `MC3`, `HM2`, `MK1`, `MCC`. AP copy spells the rating out
 * (`Mass Communication Specialist 3rd Class Logan Pierce`, STYLE.md section 1). Only the common
 * ratings are listed; each abbreviation gives one spelled-out form, so its fix is certain.
 */
import type { RankEntry, Service } from './ranks';

const N: Service = 'Navy';
const CG: Service = 'Coast Guard';

/** Rating code, the rating as AP copy writes it, the services that use it. */
export const RATINGS: ReadonlyArray<readonly [string, string, readonly Service[]]> = [
  ['MC', 'Mass Communication Specialist', [N]],
  ['BM', "Boatswain's Mate", [N, CG]],
  ['HM', 'Hospital Corpsman', [N]],
  ['IT', 'Information Systems Technician', [N, CG]],
  ['ET', 'Electronics Technician', [N, CG]],
  ['MA', 'Master-at-Arms', [N]],
  ['YN', 'Yeoman', [N, CG]],
  ['PS', 'Personnel Specialist', [N]],
  ['LS', 'Logistics Specialist', [N]],
  ['CS', 'Culinary Specialist', [N, CG]],
  ['GM', "Gunner's Mate", [N, CG]],
  ['OS', 'Operations Specialist', [N, CG]],
  ['QM', 'Quartermaster', [N]],
  ['FC', 'Fire Controlman', [N]],
  ['EM', "Electrician's Mate", [N, CG]],
  ['EN', 'Engineman', [N]],
  ['MM', "Machinist's Mate", [N]],
  ['HT', 'Hull Maintenance Technician', [N]],
  ['DC', 'Damage Controlman', [N, CG]],
  ['AO', 'Aviation Ordnanceman', [N]],
  ['AD', "Aviation Machinist's Mate", [N]],
  ['AM', 'Aviation Structural Mechanic', [N]],
  ['AE', "Aviation Electrician's Mate", [N]],
  ['AT', 'Aviation Electronics Technician', [N]],
  ['AZ', 'Aviation Maintenance Administrationman', [N]],
  ['ABH', "Aviation Boatswain's Mate (Handling)", [N]],
  ['ABE', "Aviation Boatswain's Mate (Equipment)", [N]],
  ['ABF', "Aviation Boatswain's Mate (Fuel)", [N]],
  ['AC', 'Air Traffic Controller', [N]],
  ['AG', "Aerographer's Mate", [N]],
  ['PR', 'Aircrew Survival Equipmentman', [N]],
  ['MN', 'Mineman', [N]],
  ['NC', 'Navy Counselor', [N]],
  ['RP', 'Religious Program Specialist', [N]],
  ['MU', 'Musician', [N]],
  ['LN', 'Legalman', [N]],
  ['UT', 'Utilitiesman', [N]],
  ['CE', 'Construction Electrician', [N]],
  ['BU', 'Builder', [N]],
  ['EA', 'Engineering Aide', [N]],
  ['EO', 'Equipment Operator', [N]],
  ['CM', 'Construction Mechanic', [N]],
  ['SW', 'Steelworker', [N]],
  ['MK', 'Machinery Technician', [CG]],
  ['ME', 'Maritime Enforcement Specialist', [CG]],
  ['SK', 'Storekeeper', [CG]],
  ['HS', 'Health Services Technician', [CG]],
  ['PA', 'Public Affairs Specialist', [CG]],
  ['AMT', 'Aviation Maintenance Technician', [CG]],
  ['AST', 'Aviation Survival Technician', [CG]],
];

/**
 * The grade suffixes: `3`, `2`, `1` for every rating; the chief grades (`C`, `CS`, `CM`) only for
 * `MC`, the byline rating, since `ATC`, `HMCS`, `ETC`, `PAC` … are more often other things.
 */
const CLASSES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['3', 'E-4', '%s 3rd Class', '%s Third Class'],
  ['2', 'E-5', '%s 2nd Class', '%s Second Class'],
  ['1', 'E-6', '%s 1st Class', '%s First Class'],
];
const CHIEFS: ReadonlyArray<readonly [string, string, string]> = [
  ['C', 'E-7', 'Chief %s'],
  ['CS', 'E-8', 'Senior Chief %s'],
  ['CM', 'E-9', 'Master Chief %s'],
];
const CHIEF_RATINGS = new Set(['MC']);

function entry(grade: string, title: string, ap: string, form: string, services: readonly Service[]): RankEntry {
  return { grade, category: 'enlisted', title, ap, services, forms: [[form, services]], spelled: [] };
}

/** One entry per rating abbreviation with its grade (`MC3`, `HM1`, `MCC`). */
export const RATING_ENTRIES: readonly RankEntry[] = RATINGS.flatMap(([code, name, services]) => [
  ...CLASSES.map(([suffix, grade, ap, title]) => entry(grade, title.replace('%s', name), ap.replace('%s', name), code + suffix, services)),
  ...(CHIEF_RATINGS.has(code) ? CHIEFS.map(([suffix, grade, ap]) => entry(grade, ap.replace('%s', name), ap.replace('%s', name), code + suffix, services)) : []),
]);
