import { describe, expect, it } from 'vitest';
import { AUTHORITIES, authoritiesOf, authorityByCode, defaultCountry } from '@/lib/followup/authorities';
import { AUTHORITY_CODES, EEA_COUNTRIES, GERMAN_LAENDER, isAuthorityCode } from '@/lib/followup/authority-codes';
import { AuthoritySchema } from '@/lib/followup/authority-schema';

describe('data protection authorities', () => {
  it.each(AUTHORITIES.map((a) => [a.code, a] as const))('%s has a name, a country, an https complaint page and a source date', (code, authority) => {
    expect(AuthoritySchema.parse(authority)).toEqual(authority);
    expect(authority.name.trim().length).toBeGreaterThan(2);
    expect(new URL(authority.complaintUrl).protocol).toBe('https:');
    expect(Number.isNaN(Date.parse(authority.sourceDate))).toBe(false);
    expect(code.slice(0, 2)).toBe(authority.country);
  });

  it('covers the 27 EU countries, Iceland, Liechtenstein and Norway', () => {
    expect(EEA_COUNTRIES).toHaveLength(30);
    expect(new Set(EEA_COUNTRIES).size).toBe(30);
    for (const country of EEA_COUNTRIES) expect(authoritiesOf(country).length, country).toBeGreaterThan(0);
    for (const efta of ['IS', 'LI', 'NO']) expect(authorityByCode(efta), efta).toBeDefined();
  });

  it('goes by Land in Germany: all 16, and no federal entry', () => {
    expect(GERMAN_LAENDER).toHaveLength(16);
    expect(authoritiesOf('DE').map((a) => a.code).sort()).toEqual(GERMAN_LAENDER.map((l) => `DE-${l}`).sort());
    expect(authorityByCode('DE')).toBeUndefined();
  });

  it('has one entry per code, and one per country elsewhere', () => {
    const codes = AUTHORITIES.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(29 + 16);
  });

  it('lists in authority-codes.ts exactly the codes of its entries (what the background accepts)', () => {
    expect(AUTHORITIES.map((a) => a.code).sort()).toEqual([...AUTHORITY_CODES].sort());
    for (const code of ['FR', 'DE-BY', 'NO']) expect(isAuthorityCode(code), code).toBe(true);
    for (const code of ['DE', 'XX', 'DE-XX', 'fr', '']) expect(isAuthorityCode(code), code).toBe(false);
  });

  it('picks the country from the UI locale', () => {
    // The region where it is in the EEA (fr-BE), else the language's country (en-GB: Ireland; pt-BR: Portugal).
    const countries = { fr: 'FR', 'fr-BE': 'BE', de_AT: 'AT', 'en-GB': 'IE', 'pt-BR': 'PT', sv: 'SE' };
    for (const [locale, country] of Object.entries(countries)) expect(defaultCountry(locale), locale).toBe(country);
  });
});
