/**
 * Which authority codes exist, without the authorities themselves (authorities.ts): what the
 * background checks a complaint's authority against, so that background.js carries 45 codes
 * rather than 45 names and addresses. tests/unit/followup/authorities.test.ts checks that
 * authorities.ts has exactly one entry per code.
 */

/** ISO 3166-1 alpha-2 of the 30 EEA countries. */
export const EEA_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
] as const;
export type Country = (typeof EEA_COUNTRIES)[number];

/** ISO 3166-2:DE codes of the 16 Länder (without the "DE-" prefix). */
export const GERMAN_LAENDER = [
  'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH',
] as const;
export type Land = (typeof GERMAN_LAENDER)[number];

/** One authority per EEA country ("FR"), and in Germany one per Land ("DE-BY"), none federal. */
export const AUTHORITY_CODES: readonly string[] = [
  ...EEA_COUNTRIES.filter((country) => country !== 'DE'),
  ...GERMAN_LAENDER.map((land) => `DE-${land}`),
];

export function isAuthorityCode(code: string): boolean {
  return AUTHORITY_CODES.includes(code);
}
