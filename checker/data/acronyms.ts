/**
 * Short forms (STYLE.md section 4, acronyms): the ones readers know without an expansion,
 * and the expansions Copydesk knows well enough to insert on first use.
 */

/**
 * Short forms that need no expansion on first reference: AP's "acceptable in all references"
 * list plus the names every DoD reader knows. Case-sensitive.
 */
export const WELL_KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  // Countries, blocs, agencies.
  'US', 'USA', 'UK', 'UN', 'EU', 'NATO', 'FBI', 'CIA', 'NSA', 'DOD', 'DoD', 'NASA', 'FEMA', 'IRS', 'ISIS', 'USO', 'USAID',
  'NORAD', 'NCAA', 'NFL', 'NBA', 'MLB', 'NHL', 'GOP', 'NAACP', 'AARP', 'UNICEF', 'OPEC', 'WHO',
  // Media.
  'AP', 'TV', 'CNN', 'NBC', 'CBS', 'ABC', 'PBS', 'BBC', 'NPR', 'ESPN', 'AM', 'FM', 'PM',
  // Everyday terms.
  'GPS', 'ID', 'IDs', 'OK', 'COVID', 'AIDS', 'HIV', 'DNA', 'CEO', 'CPR', 'ATM', 'SUV', 'ATV', 'PC', 'IQ', 'LED', 'USB',
  'PDF', 'URL', 'AI', 'IT', 'ZIP', 'UFO', 'PhD', 'SAT', 'ACT', 'MRI', 'ICU', 'ER', 'IV', 'LGBTQ', 'SWAT', 'TNT', 'SOS',
  'VHF', 'UHF', // AP: acceptable in all references (a VHF radio, VHF-FM channel 16)
  // Military terms AP and DoD copy use on first reference.
  'GI', 'GIs', 'POW', 'POWs', 'MIA', 'MIAs', 'AWOL', 'ROTC', 'JROTC', 'SEAL', 'SEALs', 'NCO', 'NCOs', 'PX', 'HQ', 'MP', 'MPs',
  'TRICARE', 'WWII', 'WWI', 'KIA',
  // Parts of a company's legal name (Oshkosh Defense LLC), never spelled out.
  'LLC', 'LLP', 'PLC', 'PLLC',
  // Weapons known by their short names (the TOW missile).
  'TOW',
  // Ship prefixes: part of a ship's name, never expanded.
  'USS', 'USNS', 'USCGC', 'HMS', 'HMCS', 'CCGS', 'HMAS', 'ROKS', 'INS', 'JS', 'FS', 'ITS', 'ESPS',
]);

/** Service abbreviations: usage/service-abbreviation spells them out, so they are never asked to be expanded. */
export const SERVICE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  USMC: 'Marine Corps',
  USN: 'Navy',
  USAF: 'Air Force',
  USCG: 'Coast Guard',
  USSF: 'Space Force',
};

/** Time zones: written with a clock time, never expanded. */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'HDT', 'UTC', 'GMT', 'ET', 'CT', 'MT', 'PT',
  'CET', 'CEST', 'JST', 'KST', 'AST', 'ChST',
]);

/** Expansions Copydesk may insert (`Islamic State of Iraq and the Levant (ISIL)`) or show in a hover. */
export const KNOWN_EXPANSIONS: Readonly<Record<string, string>> = {
  AFRICOM: 'U.S. Africa Command',
  CENTCOM: 'U.S. Central Command',
  CYBERCOM: 'U.S. Cyber Command',
  EUCOM: 'U.S. European Command',
  INDOPACOM: 'U.S. Indo-Pacific Command',
  NORTHCOM: 'U.S. Northern Command',
  SOUTHCOM: 'U.S. Southern Command',
  SOCOM: 'U.S. Special Operations Command',
  USSOCOM: 'U.S. Special Operations Command',
  SPACECOM: 'U.S. Space Command',
  STRATCOM: 'U.S. Strategic Command',
  TRANSCOM: 'U.S. Transportation Command',
  ISIL: 'Islamic State of Iraq and the Levant',
  ISF: 'Iraqi security forces',
  JCS: 'Joint Chiefs of Staff',
  OIR: 'Operation Inherent Resolve',
  OEF: 'Operation Enduring Freedom',
  OIF: 'Operation Iraqi Freedom',
  CJTF: 'Combined Joint Task Force',
  IED: 'improvised explosive device',
  OSD: 'Office of the Secretary of Defense',
  DHS: 'Department of Homeland Security',
  DLA: 'Defense Logistics Agency',
  DISA: 'Defense Information Systems Agency',
  DTRA: 'Defense Threat Reduction Agency',
  DARPA: 'Defense Advanced Research Projects Agency',
  DPAA: 'Defense POW/MIA Accounting Agency',
  MDA: 'Missile Defense Agency',
  JIDO: 'Joint Improvised-Threat Defeat Organization',
  PTSD: 'post-traumatic stress disorder',
  TBI: 'traumatic brain injury',
  VA: 'Department of Veterans Affairs',
  NGB: 'National Guard Bureau',
  SDF: 'Syrian Democratic Forces',
  UAV: 'unmanned aerial vehicle',
  UAS: 'unmanned aircraft system',
  HIMARS: 'High Mobility Artillery Rocket System',
  MEU: 'Marine Expeditionary Unit',
};

/**
 * U.S. Navy, Military Sealift Command and Coast Guard hull classification symbols (from the Naval
 * Vessel Register's list of classifications). Followed by a hull number (`CVN 78`, `DDG 1000`,
 * `T-AH 20`, `WMSL 750`) they are a ship's designator, not an acronym to spell out.
 */
export const HULL_SYMBOLS: ReadonlySet<string> = new Set([
  // Aircraft carriers, surface combatants, amphibious ships, submarines, mine warfare, patrol.
  'CV', 'CVN', 'CVE', 'BB', 'CG', 'CGN', 'DD', 'DDG', 'FF', 'FFG', 'LCS', 'LHA', 'LHD', 'LPD', 'LSD', 'LCC', 'LST', 'LPH',
  'SS', 'SSN', 'SSBN', 'SSGN', 'MCM', 'MHC', 'PC', 'PCU',
  // Auxiliaries and Military Sealift Command ships (written with `T-`: `T-AKE 1`, `T-EPF 3`).
  'AS', 'AH', 'AKE', 'AKR', 'AO', 'AOE', 'AOR', 'AE', 'AFS', 'ARS', 'ATS', 'ATF', 'AGOS', 'AGS', 'AGM', 'AGF', 'AK', 'AP',
  'EPF', 'ESB', 'ESD', 'ARC',
  // Coast Guard cutters.
  'WMSL', 'WMSM', 'WMEC', 'WHEC', 'WPC', 'WPB', 'WLB', 'WLBB', 'WLM', 'WLI', 'WLIC', 'WLR', 'WYTL', 'WAGB', 'WIX', 'WTGB',
]);

/**
 * Designators a unit carries in parentheses as part of its name (`3rd Infantry Division (REAR)`,
 * `26th MEU(SOC)`, `1st Cavalry Division (FWD)`): not short forms to define or use again.
 */
export const UNIT_DESIGNATORS: ReadonlySet<string> = new Set(['REAR', 'FWD', 'MAIN', 'TAC', 'PROV', 'SOC', 'ABN', 'AASLT', 'MECH']);

/** Short words skipped when short forms are matched to the initials of a phrase. */
export const MINOR_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'at', 'by', 'de']);
