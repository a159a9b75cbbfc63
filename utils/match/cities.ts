/**
 * Big cities in headlines: a city council's vote, a city's sewage spill or its metro's failure is that city's
 * event, and the same act in another city the same day is another event ("Denver council committee advances 15%
 * cap on delivery commissions" beside Seattle's cap). The cities are GeoNames' of 100,000 people or more
 * (utils/context/data/big-cities.json); a capital is left out, for it stands for its country's government
 * ("Moscow says…": actor-names.ts), and so is a city whose name is also a country's word ("Mexico", "Singapore"), a
 * name of three letters or one the stemmer reads as a plural. A city inside a longer name is no place: a club, a
 * paper, a gulf ("New Orleans Saints", "Los Angeles Times", "Gulf of Aden").
 */
import bigCities from '../context/data/big-cities.json';
import { countryOfTerm } from './actor-names';
import { normalizeWord, termOf, wordTokens } from './tokenize';

/** Capitalised words after a city that leave it the city: its own institutions. */
const CIVIC_WORDS = new Set(['City', 'Council', 'Mayor', 'Police', 'Metro', 'Airport', 'Port', 'Transit', 'Water']);

/** The shortest city name looked for. */
const MIN_NAME = 4;

/** Each usable city as its index terms, listed under its first term ("san" → [["san", "francisco"], …]). */
let byFirstTerm: ReadonlyMap<string, readonly (readonly string[])[]> | null = null;

function citiesByFirstTerm(): ReadonlyMap<string, readonly (readonly string[])[]> {
  if (byFirstTerm !== null) return byFirstTerm;
  const out = new Map<string, string[][]>();
  for (const name of bigCities) {
    const terms = wordTokens(name).map((w) => termOf(w.text));
    // A name of three letters or fewer is another word as often ("Man City" is Manchester's club, not Man's), and
    // a name the stemmer reads as a plural is a word's too ("Queens" is "queen", "Angers" "anger").
    if (
      name.length < MIN_NAME ||
      terms.length === 0 ||
      terms.some((t) => t === null || countryOfTerm(t) !== null) ||
      readAsPlural(name, terms as string[])
    )
      continue;
    const first = terms[0] as string;
    const list = out.get(first) ?? [];
    list.push(terms as string[]);
    out.set(first, list);
  }
  byFirstTerm = out;
  return out;
}

/** Whether the stemmer takes a one-word name for a plural: its term is the word without its "s" ("Queens"). */
function readAsPlural(name: string, terms: readonly string[]): boolean {
  const word = normalizeWord(name);
  const term = terms[0] ?? '';
  return terms.length === 1 && word.endsWith('s') && (word === `${term}s` || word === `${term}es`);
}

/**
 * The big cities a headline names, each as its index terms in order: runs of capitalised words that spell a
 * city's whole name ("Seattle", "San Francisco"; not "Reading" as a verb).
 */
export function headlineCities(headline: string): string[][] {
  const words = wordTokens(headline);
  const found: string[][] = [];
  let coveredTo = -1;
  words.forEach((word, i) => {
    // Inside a longer city's name ("York" of "New York"), or a place in another name ("Gulf of Aden").
    if (i <= coveredTo || !/^\p{Lu}/u.test(word.text) || words[i - 1]?.text === 'of') return;
    const term = termOf(word.text);
    const cities = (term === null ? undefined : citiesByFirstTerm().get(term)) ?? [];
    // The longest city spelt from here ("New York", not "New").
    const spelt = cities
      .filter((city) => city.every((t, k) => termOf(words[i + k]?.text ?? '') === t))
      .sort((a, b) => b.length - a.length)[0];
    if (spelt === undefined) return;
    coveredTo = i + spelt.length - 1;
    // Part of a longer name: a club, a paper, a county ("New Orleans Saints", "Los Angeles Times"), unless the
    // city's own council, mayor, police or port ("Seattle City Council votes…").
    const next = words[i + spelt.length]?.text;
    if (next !== undefined && /^\p{Lu}/u.test(next) && !CIVIC_WORDS.has(next)) return;
    if (!found.some((f) => f.join(' ') === spelt.join(' '))) found.push([...spelt]);
  });
  return found;
}

/**
 * The big cities among a story's headline terms (`inTitle`: whether its headline has the term), whichever order
 * they come in: the index keeps a story's terms, not their order, so "San Francisco" is found where the headline
 * has both words.
 */
export function citiesAmongTerms(capitalTitleTerms: readonly string[], inTitle: (term: string) => boolean): string[][] {
  const found: string[][] = [];
  for (const term of capitalTitleTerms)
    for (const city of citiesByFirstTerm().get(term) ?? []) if (city.every(inTitle)) found.push([...city]);
  return found;
}
