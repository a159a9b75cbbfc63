/**
 * The shipped catalogue (public/catalogue/outlets.json) is complete and well formed, and covers the
 * perspectives a geopolitical story needs.
 */
import { readFileSync } from 'node:fs';
import countries from 'world-countries';
import { describe, expect, it } from 'vitest';
import type { RegionId } from '../types';
import { checkCatalogue, type Outlet } from './catalogue';
import { regionsOfCountry } from './country-region';
import { REGIONS } from './regions';

const file = JSON.parse(
  readFileSync(new URL('../../public/catalogue/outlets.json', import.meta.url), 'utf8'),
) as unknown;
const { catalogue, problems } = checkCatalogue(file);
const outlets: Outlet[] = catalogue?.outlets ?? [];

const known = new Map(countries.map((c) => [c.cca2, c]));
const EU = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];

/** The catalogue regions a country can be filed under (the rule hand-set outlet facts use too). */
function regionsOf(code: string): RegionId[] {
  const country = known.get(code);
  return country ? regionsOfCountry(country) : [];
}

describe('the shipped catalogue', () => {
  it('is well formed: valid URLs, codes and enums, unique ids and feeds, presets naming real outlets', () => {
    expect(problems).toEqual([]);
  });

  it('holds at least 80 outlets from at least 25 countries, in every region', () => {
    expect(outlets.length).toBeGreaterThanOrEqual(80);
    expect(new Set(outlets.map((o) => o.country)).size).toBeGreaterThanOrEqual(25);
    for (const region of REGIONS)
      expect(
        outlets.some((o) => o.region === region.id),
        region.label,
      ).toBe(true);
  });

  it('uses ISO 3166-1 alpha-2 codes that world-countries knows, for countries and focus', () => {
    for (const outlet of outlets) {
      expect(known.has(outlet.country), `${outlet.id}: ${outlet.country}`).toBe(true);
      for (const code of outlet.focus) expect(known.has(code), `${outlet.id} focus ${code}`).toBe(true);
    }
  });

  it("puts each outlet in its country's region, or in the region of the country it covers", () => {
    for (const outlet of outlets) {
      const fits = [outlet.country, ...outlet.focus].flatMap(regionsOf);
      expect(fits, `${outlet.id} (${outlet.country}) is filed under ${outlet.region}`).toContain(outlet.region);
    }
  });

  it('covers the perspectives a geopolitical story needs', () => {
    const from = (code: string) => outlets.filter((o) => o.country === code);
    for (const code of ['US', 'GB', 'RU', 'UA', 'CN', 'JP', 'KR', 'IN'])
      expect(from(code).length, code).toBeGreaterThanOrEqual(2);
    expect(outlets.filter((o) => EU.includes(o.country)).length).toBeGreaterThanOrEqual(10);
    expect(
      outlets.filter((o) => o.focus.includes('KP')).length,
      'outlets that watch North Korea',
    ).toBeGreaterThanOrEqual(3);
    for (const region of ['middle-east', 'africa', 'latin-america'] as const) {
      expect(outlets.filter((o) => o.region === region).length, region).toBeGreaterThanOrEqual(8);
    }
    expect(outlets.filter((o) => o.ownership === 'wire-agency').length).toBeGreaterThanOrEqual(8);
    // State-affiliated outlets of the major powers, so "what China's media say" has sources.
    for (const code of ['CN', 'RU', 'IR'])
      expect(
        from(code).some((o) => o.stateAffiliated),
        code,
      ).toBe(true);
  });

  it('keeps presets honest to their names', () => {
    const byId = new Map(outlets.map((o) => [o.id, o]));
    const preset = (id: string) =>
      (catalogue?.presets.find((p) => p.id === id)?.outletIds ?? []).map((o) => byId.get(o));
    expect(catalogue?.presets.map((p) => p.id)).toEqual(
      expect.arrayContaining(['world-overview', 'asia-pacific', 'europe', 'state-media', 'wire-services']),
    );
    for (const outlet of preset('wire-services')) expect(outlet?.ownership, outlet?.id).toBe('wire-agency');
    for (const outlet of preset('state-media'))
      expect(outlet?.ownership === 'state' || outlet?.stateAffiliated, outlet?.id).toBe(true);
    for (const outlet of preset('europe')) expect(outlet?.region, outlet?.id).toBe('europe');
    for (const outlet of preset('korean-peninsula'))
      expect(outlet?.country === 'KR' || outlet?.focus.includes('KP'), outlet?.id).toBe(true);
    expect(new Set(preset('world-overview').map((o) => o?.region)).size).toBeGreaterThanOrEqual(6);
  });
});
