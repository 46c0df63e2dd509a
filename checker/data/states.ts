/** U.S. states (plus D.C. and the territories that turn up in military datelines) in AP form. */

export interface StateInfo {
  name: string;
  /** USPS two-letter code. */
  postal: string;
  /** AP abbreviation for datelines; null for states and territories AP never abbreviates. */
  ap: string | null;
}

export const STATES: readonly StateInfo[] = [
  { name: 'Alabama', postal: 'AL', ap: 'Ala.' },
  { name: 'Alaska', postal: 'AK', ap: null },
  { name: 'Arizona', postal: 'AZ', ap: 'Ariz.' },
  { name: 'Arkansas', postal: 'AR', ap: 'Ark.' },
  { name: 'California', postal: 'CA', ap: 'Calif.' },
  { name: 'Colorado', postal: 'CO', ap: 'Colo.' },
  { name: 'Connecticut', postal: 'CT', ap: 'Conn.' },
  { name: 'Delaware', postal: 'DE', ap: 'Del.' },
  { name: 'Florida', postal: 'FL', ap: 'Fla.' },
  { name: 'Georgia', postal: 'GA', ap: 'Ga.' },
  { name: 'Hawaii', postal: 'HI', ap: null },
  { name: 'Idaho', postal: 'ID', ap: null },
  { name: 'Illinois', postal: 'IL', ap: 'Ill.' },
  { name: 'Indiana', postal: 'IN', ap: 'Ind.' },
  { name: 'Iowa', postal: 'IA', ap: null },
  { name: 'Kansas', postal: 'KS', ap: 'Kan.' },
  { name: 'Kentucky', postal: 'KY', ap: 'Ky.' },
  { name: 'Louisiana', postal: 'LA', ap: 'La.' },
  { name: 'Maine', postal: 'ME', ap: null },
  { name: 'Maryland', postal: 'MD', ap: 'Md.' },
  { name: 'Massachusetts', postal: 'MA', ap: 'Mass.' },
  { name: 'Michigan', postal: 'MI', ap: 'Mich.' },
  { name: 'Minnesota', postal: 'MN', ap: 'Minn.' },
  { name: 'Mississippi', postal: 'MS', ap: 'Miss.' },
  { name: 'Missouri', postal: 'MO', ap: 'Mo.' },
  { name: 'Montana', postal: 'MT', ap: 'Mont.' },
  { name: 'Nebraska', postal: 'NE', ap: 'Neb.' },
  { name: 'Nevada', postal: 'NV', ap: 'Nev.' },
  { name: 'New Hampshire', postal: 'NH', ap: 'N.H.' },
  { name: 'New Jersey', postal: 'NJ', ap: 'N.J.' },
  { name: 'New Mexico', postal: 'NM', ap: 'N.M.' },
  { name: 'New York', postal: 'NY', ap: 'N.Y.' },
  { name: 'North Carolina', postal: 'NC', ap: 'N.C.' },
  { name: 'North Dakota', postal: 'ND', ap: 'N.D.' },
  { name: 'Ohio', postal: 'OH', ap: null },
  { name: 'Oklahoma', postal: 'OK', ap: 'Okla.' },
  { name: 'Oregon', postal: 'OR', ap: 'Ore.' },
  { name: 'Pennsylvania', postal: 'PA', ap: 'Pa.' },
  { name: 'Rhode Island', postal: 'RI', ap: 'R.I.' },
  { name: 'South Carolina', postal: 'SC', ap: 'S.C.' },
  { name: 'South Dakota', postal: 'SD', ap: 'S.D.' },
  { name: 'Tennessee', postal: 'TN', ap: 'Tenn.' },
  { name: 'Texas', postal: 'TX', ap: null },
  { name: 'Utah', postal: 'UT', ap: null },
  { name: 'Vermont', postal: 'VT', ap: 'Vt.' },
  { name: 'Virginia', postal: 'VA', ap: 'Va.' },
  { name: 'Washington', postal: 'WA', ap: 'Wash.' },
  { name: 'West Virginia', postal: 'WV', ap: 'W.Va.' },
  { name: 'Wisconsin', postal: 'WI', ap: 'Wis.' },
  { name: 'Wyoming', postal: 'WY', ap: 'Wyo.' },
];

/** Not states, but written after a city the same way. AP: `Washington, D.C.`; territories spelled out. */
export const OTHER_PLACES: readonly StateInfo[] = [
  { name: 'D.C.', postal: 'DC', ap: 'D.C.' },
  { name: 'Puerto Rico', postal: 'PR', ap: null },
  { name: 'Guam', postal: 'GU', ap: null },
];

export const STATE_BY_POSTAL: ReadonlyMap<string, StateInfo> = new Map(
  [...STATES, ...OTHER_PLACES].map((s) => [s.postal, s]),
);

export const STATE_BY_AP: ReadonlyMap<string, StateInfo> = new Map(
  STATES.filter((s) => s.ap !== null).map((s) => [s.ap as string, s]),
);

export const STATE_BY_NAME: ReadonlyMap<string, StateInfo> = new Map(
  [...STATES, ...OTHER_PLACES].map((s) => [s.name.toLowerCase(), s]),
);

/** AP: these cities stand alone in datelines, without their state. `postal` is the city's own state. */
export const STANDALONE_CITIES: ReadonlyArray<{ city: string; postal: string }> = [
  { city: 'Atlanta', postal: 'GA' }, { city: 'Baltimore', postal: 'MD' }, { city: 'Boston', postal: 'MA' },
  { city: 'Chicago', postal: 'IL' }, { city: 'Cincinnati', postal: 'OH' }, { city: 'Cleveland', postal: 'OH' },
  { city: 'Dallas', postal: 'TX' }, { city: 'Denver', postal: 'CO' }, { city: 'Detroit', postal: 'MI' },
  { city: 'Honolulu', postal: 'HI' }, { city: 'Houston', postal: 'TX' }, { city: 'Indianapolis', postal: 'IN' },
  { city: 'Las Vegas', postal: 'NV' }, { city: 'Los Angeles', postal: 'CA' }, { city: 'Miami', postal: 'FL' },
  { city: 'Milwaukee', postal: 'WI' }, { city: 'Minneapolis', postal: 'MN' }, { city: 'New Orleans', postal: 'LA' },
  { city: 'New York', postal: 'NY' }, { city: 'Oklahoma City', postal: 'OK' }, { city: 'Philadelphia', postal: 'PA' },
  { city: 'Phoenix', postal: 'AZ' }, { city: 'Pittsburgh', postal: 'PA' }, { city: 'St. Louis', postal: 'MO' },
  { city: 'Salt Lake City', postal: 'UT' }, { city: 'San Antonio', postal: 'TX' }, { city: 'San Diego', postal: 'CA' },
  { city: 'San Francisco', postal: 'CA' }, { city: 'Seattle', postal: 'WA' }, { city: 'Washington', postal: 'DC' },
];

/** Uppercased city → its entry. */
export const STANDALONE_BY_UPPER: ReadonlyMap<string, { city: string; postal: string }> = new Map(
  STANDALONE_CITIES.map((c) => [c.city.toUpperCase(), c]),
);

/** A state as written after a city (postal code, AP abbreviation with or without periods, or name), or undefined. */
export function stateOf(written: string): StateInfo | undefined {
  const s = written.trim();
  if (/^[A-Z]{2}$/.test(s)) return STATE_BY_POSTAL.get(s);
  const ap = STATE_BY_AP.get(s) ?? STATE_BY_AP.get(`${s}.`);
  if (ap) return ap;
  if (s === 'D.C.' || s === 'DC') return STATE_BY_POSTAL.get('DC');
  return STATE_BY_NAME.get(s.toLowerCase());
}
