/**
 * Countries by name and the catalogue region each belongs to, so outlet facts set by hand get the same region a
 * catalogue outlet from that country has. The country list is the gazetteer's (`utils/context/data/countries.json`,
 * built from the `world-countries` package), so every country offered is one the coverage chart can name.
 */
import countriesData from '../context/data/countries.json';
import type { CompactCountry } from '../context/data/compact-countries';
import type { RegionId } from '../types';
import { foldForSearch } from '../format/fold';

/** The fields of a country that decide its region (a world-countries entry or the gazetteer's compact one). */
export interface CountryPlace {
  cca2: string;
  region: string;
  subregion: string;
}

const ASIA: Readonly<Record<string, RegionId>> = {
  'Eastern Asia': 'east-asia',
  'South-Eastern Asia': 'southeast-asia',
  'Southern Asia': 'south-asia',
  'Western Asia': 'middle-east',
  // The catalogue has no Central Asia: filed with South Asia, as its neighbour Afghanistan is.
  'Central Asia': 'south-asia',
};

/**
 * The catalogue regions a country can be filed under, the usual one first: the UN subregion, adjusted to where
 * news desks file them (Mexico with Latin America, Iran with the Middle East; North Africa with Africa or the
 * Middle East, Egypt and Libya usually the latter). Empty when the country has no catalogue region.
 */
export function regionsOfCountry(country: CountryPlace): RegionId[] {
  const { cca2: code, region, subregion: sub } = country;
  if (code === 'MX') return ['latin-america'];
  if (code === 'IR') return ['middle-east', 'south-asia'];
  if (region === 'Europe') return ['europe'];
  if (region === 'Oceania') return ['oceania'];
  if (region === 'Africa') {
    if (sub !== 'Northern Africa') return ['africa'];
    return code === 'EG' || code === 'LY' ? ['middle-east', 'africa'] : ['africa', 'middle-east'];
  }
  if (sub === 'North America') return ['north-america'];
  if (region === 'Americas') return ['latin-america'];
  const asian = ASIA[sub];
  return asian ? [asian] : [];
}

/** A country a person can choose for an outlet. */
export interface CountryChoice {
  /** ISO 3166-1 alpha-2 code ("JP"): what outlet facts store. */
  code: string;
  /** Common English name ("Japan"): what the person sees and types. */
  name: string;
  region: RegionId;
  /** Folded names it can be typed as: common and official name, alpha-2 and alpha-3 codes, other spellings. */
  keys: string[];
}

let choices: readonly CountryChoice[] | null = null;
let byCode: ReadonlyMap<string, CountryChoice> | null = null;

/**
 * Every country with a catalogue region, by name. Built on first use, not when the module loads: the worker
 * imports this module and starting it is part of a cold popup's wait (folding some 1,200 names and sorting them
 * with an English collator).
 */
export function countryChoices(): readonly CountryChoice[] {
  choices ??= (countriesData as CompactCountry[])
    .flatMap((c): CountryChoice[] => {
      const region = regionsOfCountry(c)[0];
      if (!region) return [];
      const keys = [c.name, c.official, c.cca2, c.id, ...c.alt].map(foldForSearch);
      return [{ code: c.cca2, name: c.name, region, keys: [...new Set(keys)] }];
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return choices;
}

const choiceByCode = (): ReadonlyMap<string, CountryChoice> =>
  (byCode ??= new Map(countryChoices().map((c) => [c.code, c])));

/** The country with this alpha-2 code, or undefined when it is not one Sidelight offers. */
export function countryByCode(code: string): CountryChoice | undefined {
  return choiceByCode().get(code);
}

/**
 * The country a person typed: its name as listed, another of its names ("Republic of Korea", "Nippon"), or its
 * code ("JP", "JPN"), in any case and with or without accents ("Türkiye", "turkiye"). Undefined when it is none.
 */
export function findCountry(typed: string): CountryChoice | undefined {
  const key = foldForSearch(typed.trim().replace(/^the\s+/i, ''));
  if (!key) return undefined;
  return countryChoices().find((c) => c.keys.includes(key));
}

/** The region an outlet based in this country is filed under, or null for a code Sidelight does not offer. */
export function regionOfCountry(code: string): RegionId | null {
  return choiceByCode().get(code)?.region ?? null;
}
