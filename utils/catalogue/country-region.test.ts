import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from './catalogue';
import { countryChoices, countryByCode, findCountry, regionOfCountry } from './country-region';

const file = JSON.parse(
  readFileSync(new URL('../../public/catalogue/outlets.json', import.meta.url), 'utf8'),
) as unknown;
const outlets = checkCatalogue(file).catalogue?.outlets ?? [];

describe('countries and their regions', () => {
  it('offers every country of the gazetteer, by name, each with a region', () => {
    expect(countryChoices().length).toBeGreaterThan(190);
    const names = countryChoices().map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(countryByCode('JP')).toMatchObject({ name: 'Japan', region: 'east-asia' });
    expect(countryByCode('KZ')?.region).toBe('south-asia');
  });

  it('files a country as the catalogue files its own outlets', () => {
    // An outlet that covers another country (RFE/RL, 38 North) may sit in that country's region instead.
    const own = outlets.filter((o) => o.focus.length === 0);
    expect(own.length).toBeGreaterThan(100);
    for (const outlet of own)
      expect(regionOfCountry(outlet.country), `${outlet.id} (${outlet.country})`).toBe(outlet.region);
  });

  it('puts countries where news desks file them', () => {
    expect(regionOfCountry('MX')).toBe('latin-america');
    expect(regionOfCountry('US')).toBe('north-america');
    expect(regionOfCountry('BR')).toBe('latin-america');
    expect(regionOfCountry('IR')).toBe('middle-east');
    expect(regionOfCountry('EG')).toBe('middle-east');
    expect(regionOfCountry('MA')).toBe('africa');
    expect(regionOfCountry('RU')).toBe('europe');
    expect(regionOfCountry('TR')).toBe('middle-east');
    expect(regionOfCountry('AU')).toBe('oceania');
    expect(regionOfCountry('VN')).toBe('southeast-asia');
    expect(regionOfCountry('XX')).toBeNull();
  });

  it('finds a country by any of its names or codes, in any case, with or without accents', () => {
    expect(findCountry('Japan')?.code).toBe('JP');
    expect(findCountry('  japan ')?.code).toBe('JP');
    expect(findCountry('JPN')?.code).toBe('JP');
    expect(findCountry('jp')?.code).toBe('JP');
    expect(findCountry('Republic of Korea')?.code).toBe('KR');
    expect(findCountry('The Netherlands')?.code).toBe('NL');
    expect(findCountry("cote d'ivoire")?.code).toBe('CI');
    expect(findCountry('turkiye')?.code).toBe('TR');
    expect(findCountry('Jappan')).toBeUndefined();
    expect(findCountry('')).toBeUndefined();
  });
});
