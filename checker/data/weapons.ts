/**
 * U.S. military aircraft and weapon designators (STYLE.md section 5, aircraft and weapons), for
 * the `weapon/…` rules: `F-35`, `KC-135`, `MH-60`, `M16`, `M777`.
 */

/** Aircraft by mission-design prefix, with the model numbers in service or in the news. */
export const AIRCRAFT: Readonly<Record<string, readonly number[]>> = {
  'F/A': [18],
  F: [4, 5, 14, 15, 16, 22, 35, 117],
  A: [10, 29],
  AC: [130],
  B: [1, 2, 21, 52],
  C: [2, 5, 12, 17, 32, 37, 40, 130, 146],
  E: [2, 3, 6, 7, 8, 11],
  EA: [18, 37],
  EC: [130],
  HC: [130, 144],
  KC: [10, 46, 130, 135],
  LC: [130],
  MC: [12, 130],
  RC: [135],
  WC: [130, 135],
  P: [3, 8],
  T: [1, 6, 7, 38, 44, 45, 53],
  U: [2, 28],
  V: [22],
  CV: [22],
  MV: [22],
  AH: [1, 64],
  UH: [1, 60, 72],
  HH: [60],
  MH: [6, 47, 53, 60, 139],
  CH: [47, 53],
  OH: [58],
  TH: [57, 73],
  MQ: [1, 4, 9, 25],
  RQ: [4, 7, 11, 20, 170],
};

/** Words after a short designator that show it is an aircraft (`B2 Spirit`, `C5 aircraft`), not a vitamin, a band or a grid square. */
export const AIRCRAFT_CONTEXT = new Set([
  'aircraft', 'airplane', 'airplanes', 'plane', 'planes', 'jet', 'jets', 'bomber', 'bombers', 'fighter', 'fighters', 'tanker', 'tankers',
  'helicopter', 'helicopters', 'pilot', 'pilots', 'crew', 'crews', 'squadron', 'Spirit', 'Lancer', 'Galaxy', 'Greyhound', 'Hawkeye', 'Sentry',
  'Mercury', 'Poseidon', 'Orion', 'Texan', 'Talon', 'Phantom', 'Tiger', 'Dragon', 'Raider', 'Osprey', 'sorties', 'flight', 'flights',
]);

/** `M` weapons written without a hyphen (`M16`, `M4`, `M777`), and those that need a weapon word after them (Michigan highways are `M-1`, `M-14`, `M-203`). */
export const M_WEAPONS_ALONE: ReadonlySet<number> = new Set([4, 16, 17, 18, 27, 240, 249, 320, 777]);
export const M_WEAPONS: ReadonlySet<number> = new Set([1, 2, 3, 4, 9, 14, 16, 17, 18, 24, 27, 60, 107, 109, 110, 113, 119, 203, 240, 249, 320, 777, 1126]);

export const WEAPON_CONTEXT = new Set([
  'rifle', 'rifles', 'carbine', 'carbines', 'pistol', 'pistols', 'machine', 'gun', 'guns', 'howitzer', 'howitzers', 'tank', 'tanks', 'Abrams',
  'Bradley', 'Bradleys', 'Paladin', 'Paladins', 'grenade', 'launcher', 'launchers', 'mortar', 'mortars', 'round', 'rounds', 'sniper', 'Garand',
  'vehicle', 'vehicles', 'armored', 'Stryker', 'weapon', 'weapons', 'qualification', 'range',
]);
