/**
 * Turns the `world-countries` dataset (mledoze/countries, ODbL-1.0) into the compact country list the gazetteer
 * ships (`countries.json` beside this file). Kept as a function so a test can check the shipped file is what the
 * installed dataset gives: update the package, run `npx tsx tests/tools/build-countries.ts`, commit the result.
 */

/** The fields of a world-countries entry that Sidelight reads. */
export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent: boolean | null;
  capital: string[];
  altSpellings: string[];
  region: string;
  subregion: string;
  demonyms?: Record<string, { f: string; m: string } | undefined>;
}

/** One country as the gazetteer reads it. */
export interface CompactCountry {
  /** ISO 3166-1 alpha-3, the actor id ("CHN"). */
  id: string;
  /** ISO 3166-1 alpha-2 ("CN"), for outlet facts that use it. */
  cca2: string;
  /** Common English name ("China"), the name shown. */
  name: string;
  /** Official name ("People's Republic of China"). */
  official: string;
  /** English demonyms ("Chinese"). */
  demonyms: string[];
  capitals: string[];
  /** Other names in Latin script ("Zhongguo", "Burma", "UAE"); two-letter codes dropped. */
  alt: string[];
  region: string;
  subregion: string;
}

/** Territories that act, or are written about, as actors of their own although the dataset marks them dependent. */
const ALSO_ACTORS = new Set(['TWN', 'PSE', 'UNK', 'HKG', 'MAC', 'GRL', 'ESH']);
const LATIN_RE = /^[\p{Script=Latin}\s'’.()-]+$/u;

/** The compact list, sorted by id. */
export function compactCountries(all: readonly WorldCountry[]): CompactCountry[] {
  return all
    .filter((c) => c.independent === true || ALSO_ACTORS.has(c.cca3))
    .map((c) => {
      const seen = new Set([c.name.common, c.name.official]);
      const alt = c.altSpellings.filter((s) => {
        const keep = s.replace(/\./g, '').length > 2 && LATIN_RE.test(s) && !seen.has(s);
        seen.add(s);
        return keep;
      });
      const eng = c.demonyms?.eng;
      const demonyms = eng ? [...new Set([eng.m, eng.f])].filter((d) => d.length > 0) : [];
      return {
        id: c.cca3,
        cca2: c.cca2,
        name: c.name.common,
        official: c.name.official,
        demonyms,
        capitals: c.capital.filter((s) => LATIN_RE.test(s)),
        alt,
        region: c.region,
        subregion: c.subregion,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The languages whose country names the gazetteer reads besides English (world-countries' translation keys). */
export const NAME_LANGUAGES = ['fra', 'spa', 'deu', 'por', 'ita', 'zho', 'jpn'] as const;

/** The world-countries fields read for names in other languages. */
export interface WorldCountryNames {
  cca3: string;
  independent: boolean | null;
  translations?: Record<string, { common: string; official: string } | undefined>;
  demonyms?: Record<string, { f: string; m: string } | undefined>;
}

/**
 * Country names in French, Spanish, German, Portuguese, Italian, Chinese and Japanese (common names, the French
 * demonyms, and official names in Chinese and Japanese), by actor id, for the same countries as `compactCountries`.
 * Kept apart from `countries.json`, which other parts of the extension import for English names alone.
 */
export function countryNamesAbroad(all: readonly WorldCountryNames[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of [...all].sort((a, b) => a.cca3.localeCompare(b.cca3))) {
    if (c.independent !== true && !ALSO_ACTORS.has(c.cca3)) continue;
    const names = new Set<string>();
    for (const lang of NAME_LANGUAGES) {
      const t = c.translations?.[lang];
      if (!t) continue;
      names.add(t.common);
      if (lang === 'zho' || lang === 'jpn') names.add(t.official);
    }
    const fra = c.demonyms?.fra;
    if (fra) for (const d of [fra.m, fra.f]) if (d.length > 0) names.add(d);
    out[c.cca3] = [...names].filter((n) => n.length > 1);
  }
  return out;
}
