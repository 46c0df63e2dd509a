import { RATING_ENTRIES } from './ratings';

/**
 * Military ranks of the six services (STYLE.md section 1): the services' own abbreviations,
 * the AP form, the full title and the pay grade.
 */

export type Service = 'Army' | 'Navy' | 'Air Force' | 'Marine Corps' | 'Space Force' | 'Coast Guard';
export type RankCategory = 'officer' | 'warrant' | 'enlisted';

/** In the order DoD lists them; hovers list services in this order. */
export const SERVICES: readonly Service[] = ['Army', 'Navy', 'Air Force', 'Marine Corps', 'Space Force', 'Coast Guard'];

/** One rank at one pay grade (`Captain` is two: O-3 in most services, O-6 in the Navy and Coast Guard). */
export interface RankEntry {
  grade: string;
  category: RankCategory;
  title: string;
  ap: string;
  services: readonly Service[];
  /** Abbreviations as the services write them, with the services that use each. */
  forms: ReadonlyArray<readonly [string, readonly Service[]]>;
  /** Spelled-out forms written before a name (the title and its variants). */
  spelled: readonly string[];
}

const A: Service = 'Army';
const N: Service = 'Navy';
const AF: Service = 'Air Force';
const M: Service = 'Marine Corps';
const SF: Service = 'Space Force';
const CG: Service = 'Coast Guard';

type Forms = RankEntry['forms'];

function rank(grade: string, title: string, ap: string, services: Service[], forms: Forms, spelled: string[] = [title]): RankEntry {
  const category: RankCategory = grade[0] === 'O' ? 'officer' : grade[0] === 'W' ? 'warrant' : 'enlisted';
  return { grade, category, title, ap, services, forms, spelled };
}

export const RANKS: readonly RankEntry[] = [
  // Officers: Army, Air Force, Space Force, Marine Corps.
  rank('O-1', 'Second Lieutenant', '2nd Lt.', [A, AF, M, SF], [['2LT', [A]], ['2d Lt', [AF, SF]], ['2nd Lt', [AF, SF]], ['2ndLt', [M]]], ['Second Lieutenant', 'Second Lt.']),
  rank('O-2', 'First Lieutenant', '1st Lt.', [A, AF, M, SF], [['1LT', [A]], ['1st Lt', [AF, SF]], ['1stLt', [M]]], ['First Lieutenant', 'First Lt.']),
  rank('O-3', 'Captain', 'Capt.', [A, AF, M, SF], [['CPT', [A]], ['Capt', [AF, M, SF]]]),
  rank('O-4', 'Major', 'Maj.', [A, AF, M, SF], [['MAJ', [A]], ['Maj', [AF, M, SF]]]),
  rank('O-5', 'Lieutenant Colonel', 'Lt. Col.', [A, AF, M, SF], [['LTC', [A]], ['Lt Col', [AF, SF]], ['LtCol', [M]]]),
  rank('O-6', 'Colonel', 'Col.', [A, AF, M, SF], [['COL', [A]], ['Col', [AF, M, SF]]]),
  rank('O-7', 'Brigadier General', 'Brig. Gen.', [A, AF, M, SF], [['BG', [A]], ['Brig Gen', [AF, SF]], ['BGen', [M]]]),
  rank('O-8', 'Major General', 'Maj. Gen.', [A, AF, M, SF], [['MG', [A]], ['Maj Gen', [AF, SF]], ['MajGen', [M]]]),
  rank('O-9', 'Lieutenant General', 'Lt. Gen.', [A, AF, M, SF], [['LTG', [A]], ['Lt Gen', [AF, SF]], ['LtGen', [M]]]),
  rank('O-10', 'General', 'Gen.', [A, AF, M, SF], [['GEN', [A]], ['Gen', [AF, M, SF]]]),
  // Officers: Navy and Coast Guard.
  rank('O-1', 'Ensign', 'Ensign', [N, CG], [['ENS', [N, CG]]]),
  rank('O-2', 'Lieutenant (junior grade)', 'Lt. j.g.', [N, CG], [['LTJG', [N, CG]]], ['Lieutenant (junior grade)', 'Lieutenant Junior Grade']),
  rank('O-3', 'Lieutenant', 'Lt.', [N, CG], [['LT', [N, CG]]]),
  rank('O-4', 'Lieutenant Commander', 'Lt. Cmdr.', [N, CG], [['LCDR', [N, CG]]]),
  rank('O-5', 'Commander', 'Cmdr.', [N, CG], [['CDR', [N, CG]]]),
  rank('O-6', 'Captain', 'Capt.', [N, CG], [['CAPT', [N, CG]]]),
  rank('O-7', 'Rear Admiral (lower half)', 'Rear Adm.', [N, CG], [['RDML', [N, CG]]], ['Rear Admiral (lower half)', 'Rear Admiral Lower Half', 'Rear Admiral']),
  rank('O-8', 'Rear Admiral (upper half)', 'Rear Adm.', [N, CG], [['RADM', [N, CG]]], ['Rear Admiral (upper half)', 'Rear Admiral Upper Half', 'Rear Admiral']),
  rank('O-9', 'Vice Admiral', 'Vice Adm.', [N, CG], [['VADM', [N, CG]]]),
  rank('O-10', 'Admiral', 'Adm.', [N, CG], [['ADM', [N, CG]]]),
  // Warrant officers. The Air Force brought warrant officers back in 2024 with the Army's abbreviations.
  rank('W-1', 'Warrant Officer', 'Warrant Officer', [A, N, AF, M], [['WO1', [A, N, AF]], ['WO', [M]]]),
  rank('W-2', 'Chief Warrant Officer 2', 'Chief Warrant Officer 2', [A, N, AF, M, CG], [['CW2', [A, AF]], ['CWO2', [N, M, CG]]]),
  rank('W-3', 'Chief Warrant Officer 3', 'Chief Warrant Officer 3', [A, N, AF, M, CG], [['CW3', [A, AF]], ['CWO3', [N, M, CG]]]),
  rank('W-4', 'Chief Warrant Officer 4', 'Chief Warrant Officer 4', [A, N, AF, M, CG], [['CW4', [A, AF]], ['CWO4', [N, M, CG]]]),
  rank('W-5', 'Chief Warrant Officer 5', 'Chief Warrant Officer 5', [A, N, AF, M], [['CW5', [A, AF]], ['CWO5', [N, M]]]),
  // Army enlisted (Marine Corps where the rank is shared).
  rank('E-1', 'Private', 'Pvt.', [A, M], [['PVT', [A]], ['PV1', [A]], ['Pvt', [M]]]),
  rank('E-2', 'Private', 'Pvt.', [A], [['PV2', [A]]]),
  rank('E-3', 'Private First Class', 'Pfc.', [A], [['PFC', [A]]]),
  rank('E-4', 'Specialist', 'Spc.', [A], [['SPC', [A]]]),
  rank('E-4', 'Corporal', 'Cpl.', [A, M], [['CPL', [A]], ['Cpl', [M]]]),
  rank('E-5', 'Sergeant', 'Sgt.', [A, M, SF], [['SGT', [A]], ['Sgt', [M, SF]]]),
  rank('E-6', 'Staff Sergeant', 'Staff Sgt.', [A, M], [['SSG', [A]], ['SSgt', [M]]]),
  rank('E-7', 'Sergeant First Class', 'Sgt. 1st Class', [A], [['SFC', [A]]], ['Sergeant First Class', 'Sgt. First Class']),
  rank('E-8', 'Master Sergeant', 'Master Sgt.', [A, M], [['MSG', [A]], ['MSgt', [M]]]),
  rank('E-8', 'First Sergeant', '1st Sgt.', [A, M], [['1SG', [A]], ['1stSgt', [M]]], ['First Sergeant', 'First Sgt.']),
  rank('E-9', 'Sergeant Major', 'Sgt. Maj.', [A, M], [['SGM', [A]], ['SgtMaj', [M]]]),
  rank('E-9', 'Command Sergeant Major', 'Command Sgt. Maj.', [A], [['CSM', [A]]]),
  rank('E-9', 'Sergeant Major of the Army', 'Sgt. Maj. of the Army', [A], [['SMA', [A]]]),
  // Marine Corps enlisted.
  rank('E-2', 'Private First Class', 'Pfc.', [M], [['PFC', [M]]]),
  rank('E-3', 'Lance Corporal', 'Lance Cpl.', [M], [['LCpl', [M]]]),
  rank('E-7', 'Gunnery Sergeant', 'Gunnery Sgt.', [M], [['GySgt', [M]]]),
  rank('E-9', 'Master Gunnery Sergeant', 'Master Gunnery Sgt.', [M], [['MGySgt', [M]]]),
  rank('E-9', 'Sergeant Major of the Marine Corps', 'Sgt. Maj. of the Marine Corps', [M], [['SgtMajMC', [M]]]),
  // Navy and Coast Guard enlisted.
  rank('E-1', 'Seaman Recruit', 'Seaman Recruit', [N, CG], [['SR', [N, CG]]]),
  rank('E-2', 'Seaman Apprentice', 'Seaman Apprentice', [N, CG], [['SA', [N, CG]]]),
  rank('E-3', 'Seaman', 'Seaman', [N, CG], [['SN', [N, CG]]]),
  rank('E-4', 'Petty Officer Third Class', 'Petty Officer 3rd Class', [N, CG], [['PO3', [N, CG]]]),
  rank('E-5', 'Petty Officer Second Class', 'Petty Officer 2nd Class', [N, CG], [['PO2', [N, CG]]]),
  rank('E-6', 'Petty Officer First Class', 'Petty Officer 1st Class', [N, CG], [['PO1', [N, CG]]]),
  rank('E-7', 'Chief Petty Officer', 'Chief Petty Officer', [N, CG], [['CPO', [N, CG]]]),
  rank('E-8', 'Senior Chief Petty Officer', 'Senior Chief Petty Officer', [N, CG], [['SCPO', [N, CG]]]),
  rank('E-9', 'Master Chief Petty Officer', 'Master Chief Petty Officer', [N, CG], [['MCPO', [N, CG]]]),
  rank('E-9', 'Master Chief Petty Officer of the Navy', 'Master Chief Petty Officer of the Navy', [N], [['MCPON', [N]]]),
  rank('E-9', 'Master Chief Petty Officer of the Coast Guard', 'Master Chief Petty Officer of the Coast Guard', [CG], [['MCPOCG', [CG]]]),
  // Air Force and Space Force enlisted.
  rank('E-1', 'Airman Basic', 'Airman', [AF], [['AB', [AF]]]),
  rank('E-2', 'Airman', 'Airman', [AF], [['Amn', [AF]]]),
  rank('E-3', 'Airman First Class', 'Airman 1st Class', [AF], [['A1C', [AF]]]),
  rank('E-4', 'Senior Airman', 'Senior Airman', [AF], [['SrA', [AF]]]),
  rank('E-5', 'Staff Sergeant', 'Staff Sgt.', [AF], [['SSgt', [AF]]]),
  rank('E-6', 'Technical Sergeant', 'Tech. Sgt.', [AF, SF], [['TSgt', [AF, SF]]]),
  rank('E-7', 'Master Sergeant', 'Master Sgt.', [AF, SF], [['MSgt', [AF, SF]]]),
  rank('E-8', 'Senior Master Sergeant', 'Senior Master Sgt.', [AF, SF], [['SMSgt', [AF, SF]]]),
  rank('E-9', 'Chief Master Sergeant', 'Chief Master Sgt.', [AF, SF], [['CMSgt', [AF, SF]]]),
  rank('E-9', 'Command Chief Master Sergeant', 'Command Chief Master Sgt.', [AF], [['CCM', [AF]]]),
  rank('E-9', 'Chief Master Sergeant of the Air Force', 'Chief Master Sgt. of the Air Force', [AF], [['CMSAF', [AF]]]),
  rank('E-9', 'Chief Master Sergeant of the Space Force', 'Chief Master Sgt. of the Space Force', [SF], [['CMSSF', [SF]]]),
  // Space Force specialists [house]: `Spc. 1`–`Spc. 4`, never the Army's `Spc.`.
  rank('E-1', 'Specialist 1', 'Spc. 1', [SF], [['Spc1', [SF]]]),
  rank('E-2', 'Specialist 2', 'Spc. 2', [SF], [['Spc2', [SF]]]),
  rank('E-3', 'Specialist 3', 'Spc. 3', [SF], [['Spc3', [SF]]]),
  rank('E-4', 'Specialist 4', 'Spc. 4', [SF], [['Spc4', [SF]]]),
];
// Frozen: a rank mention refers to these entries, and a frozen table is kept as it is, not copied,
// when a mention is stored across versions of a draft (engine/memory.ts).
RANKS.forEach(deepFreeze);
RATING_ENTRIES.forEach(deepFreeze);

function deepFreeze(value: object): void {
  for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) deepFreeze(v as object);
  Object.freeze(value);
}

/** The grades each service has; the table test checks every one is present. */
export const SERVICE_GRADES: Readonly<Record<Service, readonly string[]>> = (() => {
  const range = (p: string, from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `${p}-${from + i}`);
  const officers = range('O', 1, 10);
  const enlisted = range('E', 1, 9);
  return {
    Army: [...officers, ...range('W', 1, 5), ...enlisted],
    Navy: [...officers, ...range('W', 1, 5), ...enlisted],
    'Air Force': [...officers, ...range('W', 1, 5), ...enlisted],
    'Marine Corps': [...officers, ...range('W', 1, 5), ...enlisted],
    'Space Force': [...officers, ...enlisted],
    'Coast Guard': [...officers, ...range('W', 2, 4), ...enlisted],
  };
})();


function index(key: (r: RankEntry) => readonly string[], entries: readonly RankEntry[] = RANKS): ReadonlyMap<string, readonly RankEntry[]> {
  const map = new Map<string, RankEntry[]>();
  for (const r of entries) {
    for (const k of new Set(key(r))) {
      const list = map.get(k);
      if (list) list.push(r);
      else map.set(k, [r]);
    }
  }
  map.forEach((list) => Object.freeze(list));
  return map;
}

/** Navy and Coast Guard rating abbreviations (`MC3`, `HM2`, `MK1`) read as service forms of a rank. */
const BY_SERVICE_FORM = index((r) => r.forms.map(([f]) => f), [...RANKS, ...RATING_ENTRIES]);
const BY_AP = index((r) => [r.ap]);
const BY_SPELLED = index((r) => r.spelled);
const NONE: readonly RankEntry[] = Object.freeze([]);

/**
 * Forms a rank is often miswritten in, neither AP nor a service's own: an AP abbreviation without
 * its period (`Staff Sgt`, `Master Sgt`, `Lt. Cmdr`, `Sgt 1st Class`), words of the AP form and of
 * the title mixed (`Sergeant Maj.`, `Lt. Colonel`), `Cpt.` for the Army captain, and a Navy class
 * left out (`Petty Officer 2nd`). Each maps to the ranks it can be, so its AP form is known.
 */
function variantForms(r: RankEntry): string[] {
  const ap = r.ap.split(' ');
  const out = new Set<string>();
  const aligned = [r.title, ...r.spelled].map((t) => t.split(' ')).filter((t) => t.length === ap.length);
  const options = ap.map((w, i) => new Set([w, w.replace(/\./g, ''), ...aligned.map((t) => t[i])]));
  let combos: string[][] = [[]];
  for (const set of options) combos = combos.flatMap((c) => [...set].map((w) => [...c, w]));
  for (const c of combos) out.add(c.join(' '));
  if (/^Petty Officer \w+ Class$/.test(r.ap)) {
    out.add(r.ap.replace(/ Class$/, ''));
    out.add(r.title.replace(/ Class$/, ''));
  }
  if (r.ap === 'Capt.' && r.services.includes('Army')) {
    out.add('Cpt.');
    out.add('Cpt');
  }
  return [...out];
}
const BY_VARIANT: ReadonlyMap<string, readonly RankEntry[]> = (() => {
  const taken = (f: string): boolean => BY_SERVICE_FORM.has(f) || BY_AP.has(f) || BY_SPELLED.has(f);
  const map = new Map<string, RankEntry[]>();
  for (const r of RANKS) {
    for (const f of variantForms(r)) {
      if (taken(f) || !/\p{L}{2}/u.test(f)) continue;
      const list = map.get(f);
      if (list) list.push(r);
      else map.set(f, [r]);
    }
  }
  map.forEach((list) => Object.freeze(list));
  return map;
})();

/** Ranks a service abbreviation (`LTG`, `SSgt`, `CAPT`) stands for; case-sensitive. */
export function ranksByServiceForm(form: string): readonly RankEntry[] {
  return BY_SERVICE_FORM.get(form) ?? NONE;
}

/** Ranks written with this AP form (`Capt.` gives both the O-3 and the O-6). */
export function ranksByApForm(ap: string): readonly RankEntry[] {
  return BY_AP.get(ap) ?? NONE;
}

/** Ranks with this spelled-out form (`Lieutenant General`, `Sergeant First Class`). */
export function ranksBySpelledForm(spelled: string): readonly RankEntry[] {
  return BY_SPELLED.get(spelled) ?? NONE;
}

/** Services that write `form` for any of its ranks. */
export function servicesOfForm(form: string): Service[] {
  const set = new Set<Service>();
  for (const r of ranksByServiceForm(form)) for (const [f, s] of r.forms) if (f === form) s.forEach((x) => set.add(x));
  return SERVICES.filter((s) => set.has(s));
}

export const RANK_SERVICE_FORMS: readonly string[] = [...BY_SERVICE_FORM.keys()];
export const RANK_AP_FORMS: readonly string[] = [...BY_AP.keys()];
export const RANK_SPELLED_FORMS: readonly string[] = [...BY_SPELLED.keys()];
export const RANK_VARIANT_FORMS: readonly string[] = [...BY_VARIANT.keys()];

/** Ranks a miswritten form (`Staff Sgt`, `Cpt.`, `Sergeant Maj.`) stands for. */
export function ranksByVariantForm(form: string): readonly RankEntry[] {
  return BY_VARIANT.get(form) ?? NONE;
}

export type RankFormKind = 'service' | 'ap' | 'spelled' | 'variant';

/**
 * How a written rank token reads: an AP form wins over a spelled-out form with the same text
 * (`Ensign`, `Seaman`), so such a token is already correct.
 */
export function classifyRankForm(s: string): { kind: RankFormKind; entries: readonly RankEntry[] } | undefined {
  const ap = BY_AP.get(s);
  if (ap) return { kind: 'ap', entries: ap };
  const service = BY_SERVICE_FORM.get(s);
  if (service) return { kind: 'service', entries: service };
  const spelled = BY_SPELLED.get(s);
  if (spelled) return { kind: 'spelled', entries: spelled };
  const variant = BY_VARIANT.get(s);
  if (variant) return { kind: 'variant', entries: variant };
  return undefined;
}

/** Services named before a rank (`Army`, `Marine Corps`, `Army National Guard`), mapped to the service. */
export const SERVICE_NAMES: ReadonlyArray<readonly [string, Service]> = [
  ['Army', A], ['Navy', N], ['Air Force', AF], ['Marine Corps', M], ['Marine', M], ['Space Force', SF], ['Coast Guard', CG],
];

/** Service abbreviations after a name (`Ann Lee, USA (Ret.)`), mapped to the service. */
export const SERVICE_SUFFIXES: Readonly<Record<string, Service>> = {
  USA: A, USN: N, USAF: AF, USMC: M, USSF: SF, USCG: CG,
};

/** Capitalized words that make the words after a rank an organization or title, not a person. */
export const NOT_PERSON: ReadonlySet<string> = new Set([
  'Dynamics', 'Motors', 'Atomics', 'Electric', 'League', 'Assembly', 'Accounting', 'Services', 'Service', 'Hospital',
  'Headquarters', 'Security', 'Sector', 'Training', 'Course', 'Court', 'Counsel', 'Manager', 'Academy', 'School', 'College',
  'University', 'Institute', 'Fund', 'Crimes', 'Forces', 'Agency', 'Administration', 'Association', 'Corporation', 'Company',
  'Corp', 'Inc', 'Group', 'Team', 'Council', 'Committee', 'Board', 'Award', 'Awards', 'Medal', 'Prize', 'Week', 'Month',
  'Year', 'Base', 'Station', 'Range', 'Road', 'Avenue', 'Building', 'Plan', 'Order', 'Orders',
  'Policy', 'Exercise', 'Operation', 'Operations', 'Project', 'Program', 'Office', 'Unit', 'Division', 'Center', 'Series',
  'Conference', 'Summit', 'Club', 'Society', 'Foundation', 'Fleet', 'Wing', 'Squadron', 'Battalion', 'Brigade', 'Regiment',
  'Battery', 'Troop', 'Detachment', 'Task', 'District', 'County', 'City', 'State', 'Region', 'Area', 'Zone', 'Directorate',
  'Section', 'Governor', 'Secretary', 'Director', 'President', 'Senator', 'Representative', 'Mayor', 'Judge',
  'Ambassador', 'Minister', 'Chairman', 'Chair', 'Deputy', 'Assistant', 'Adjutant', 'Inspector', 'Surgeon', 'Attorney',
  'Instructor', 'Leader', 'Advisor', 'Adviser', 'Enlisted', 'Grade', 'Rank', 'Pay', 'Promotion', 'Selection', 'List',
  'Corps', 'Reserve', 'National', 'Joint', 'Combined', 'Networks', 'Entertainment', 'Media', 'Systems', 'Solutions',
  'Technologies', 'Industries', 'Holdings', 'Partners', 'Labs', 'Sports', 'News', 'Naval', 'Military', 'Maritime',
  'Information', 'Warfare', 'Submarine', 'Surface', 'Expeditionary', 'Strike', 'Carrier', 'Amphibious', 'Logistics',
  'Medical', 'Engineer', 'Engineering', 'Cyber', 'Missile', 'Museum', 'Boulevard', 'Drive',
  'First', 'Second', 'Third', 'Weapon', 'Weapons', 'Vehicle', 'Network', 'Squad', 'Platoon', 'Library', 'Memorial', 'Cemetery', 'Auditorium', 'Airport', 'Airfield', 'Barracks', 'Clinic', 'Complex',
  'Arena', 'Gym', 'Gymnasium', 'Facility', 'Trail', 'Dam', 'Island', 
  'Leadership', 'Noncommissioned', 'Scholarship', 'Trophy', 'Challenge', 'Competition', 
]);

/** Abbreviations that, with their period, are titles or places, never names (`Lt. Gov. Jane Doe`). */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['Gov', 'Sen', 'Rep', 'Dr', 'Mr', 'Mrs', 'Ms', 'Hon', 'Rev', 'Prof', 'Pres', 'Sec', 'Supt', 'St', 'Ft', 'Mt', 'No', 'Co', 'Corp', 'Inc', 'Ltd', 'Dept', 'Div', 'Bn', 'Bde', 'Sqn']);

/** Capitalized words allowed just before a one-word spelled-out rank (`Army General Jane Doe`, `Then General ...`). */
export const RANK_PREV_OK: ReadonlySet<string> = new Set([
  'Army', 'Navy', 'Force', 'Corps', 'Marine', 'Guard', 'Reserve', 'USA', 'USAF', 'USN', 'USMC', 'USSF', 'USCG', 'The', 'A', 'Then', 'When', 'After', 'Before', 'During',
  'While', 'But', 'And', 'Or', 'If', 'For', 'From', 'To', 'With', 'By', 'Of', 'In', 'On', 'At', 'As', 'Also', 'However',
  'Since', 'Because', 'Although', 'Former', 'Retired', 'Today', 'Yesterday',
]);
