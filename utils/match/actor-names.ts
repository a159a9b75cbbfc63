/**
 * Other names of the country or organisation a headline name stands for, as index terms: a story on North
 * Korea may say "Pyongyang", "North Korean" or "Kim Jong Un", and is still the subject's story. The names come
 * from the context engine's gazetteer (world-countries, the project's metonyms and leaders), so the matcher and
 * the Stakes section agree on who an actor is.
 */
import { gazetteerFor, type AliasEntry } from '../context/gazetteer';
import type { StoryIndex } from './inverted-index';
import { termOf } from './tokenize';

/** Folded words of each other name, by the name asked about: headline names repeat from query to query. */
const cache = new Map<string, readonly (readonly string[])[]>();
const CACHE_LIMIT = 5_000;

/**
 * The other names of the actor `name` is (a country's name, demonym or capital; an organisation's name), as
 * lists of index terms; empty when the name is no actor, or is a person (a leader's story is not all of their
 * country's) or a state agency. Ambiguous names ("Jordan") and agencies are left out of the answer too.
 */
export function actorNameTerms(name: string): readonly (readonly string[])[] {
  const cached = cache.get(name);
  if (cached) return cached;
  const gazetteer = gazetteerFor();
  const entry = gazetteer.lookup(name);
  const names = entry !== null && stands(entry) ? gazetteer.namesOf(entry.actor as string).filter(usable) : [];
  const out: string[][] = [];
  for (const e of names) {
    const terms = e.keys.map(termOf).filter((t): t is string => t !== null);
    if (terms.length > 0) out.push(terms);
  }
  if (cache.size > CACHE_LIMIT) cache.clear();
  cache.set(name, out);
  return out;
}

/** The country each one-word country name stands for (its names, demonyms and capitals; none ambiguous), by term. */
let countryByTerm: ReadonlyMap<string, string> | null = null;

/**
 * The country (gazetteer actor id) a one-word country name stands for ("malawi", "laotian", "vientiane"), or null.
 * A story whose headline opens with one names that country, though a word capitalised by its place proves no name
 * (entities.ts) and a feed's short story may not prove it elsewhere.
 */
export function countryOfTerm(term: string): string | null {
  if (countryByTerm === null) {
    const gazetteer = gazetteerFor();
    const byTerm = new Map<string, string>();
    for (const [id, info] of gazetteer.actors) {
      if (info.kind !== 'country') continue;
      for (const e of gazetteer.namesOf(id)) {
        const one = e.keys.length === 1 && stands(e) ? termOf(e.keys[0] as string) : null;
        if (one !== null) byTerm.set(one, id);
      }
    }
    countryByTerm = byTerm;
  }
  return countryByTerm.get(term) ?? null;
}

/** The actors (gazetteer ids) these names stand for: countries and organisations, not people. */
export function actorIdsOf(names: readonly string[]): Set<string> {
  return new Set(actorsOf(names).flatMap((a) => (a.actor === undefined ? [] : [a.actor])));
}

/** The term-id lists of {@link actorNameTerms} that the index knows in full (others can be in no story). */
export function actorNameTermIds(index: StoryIndex, name: string): number[][] {
  const out: number[][] = [];
  for (const terms of actorNameTerms(name)) {
    const ids = terms.map((t) => index.termId(t));
    if (ids.every((id) => id !== undefined)) out.push(ids as number[]);
  }
  return out;
}

/**
 * How many actors `names` are: a country or organisation counts once by any of its names, demonyms, capital or
 * metonyms ("US" and "America", "Kyiv" and "Ukraine"); any other name (a person, a place that is no actor)
 * counts as itself. A president is his own actor, not his country's.
 */
export function countActors(names: readonly string[]): number {
  return actorsOf(names).length;
}

/**
 * Whether `names` all stand for one country ("UK", "Britain", "British"), and are nothing else: what any story of
 * that country shares with the article.
 */
export function oneCountry(names: readonly string[]): boolean {
  return onlyCountries(names) && actorsOf(names).length === 1;
}

/**
 * Whether `names` all stand for countries, one or more ("Ukraine", "Russian", "Kyiv"), and are nothing else: what
 * any story of a war or a summit between them shares with the article.
 */
export function onlyCountries(names: readonly string[]): boolean {
  const gazetteer = gazetteerFor();
  const isCountry = (a: { actor?: string }): boolean =>
    a.actor !== undefined && gazetteer.actor(a.actor)?.kind === 'country';
  // A pair of countries written as one name is two countries: "Russia-Ukraine war latest".
  const parts = names.flatMap((name) => {
    const split = name.split(/[-–/]/).filter((p) => p !== '');
    return split.length > 1 && actorsOf(split).every(isCountry) ? split : [name];
  });
  const actors = actorsOf(parts);
  return actors.length > 0 && actors.every(isCountry);
}

/** The actors `names` stand for, one entry each: a gazetteer actor by its id, any other name by itself. */
function actorsOf(names: readonly string[]): { actor?: string }[] {
  const gazetteer = gazetteerFor();
  const actors = new Map<string, { actor?: string }>();
  for (const name of names) {
    const entry = gazetteer.lookup(name);
    if (entry !== null && stands(entry)) actors.set(`actor ${entry.actor as string}`, { actor: entry.actor as string });
    else actors.set(`name ${name.toLowerCase()}`, {});
  }
  return [...actors.values()];
}

/** A headline name that stands for its actor: a country or organisation named as such, not a person or an agency. */
const stands = (e: AliasEntry): boolean =>
  e.actor !== null && !e.ambiguous && e.kind !== 'person' && e.kind !== 'agency' && e.kind !== 'not-actor';

/** A surname alone shorter than this is too common a word or name to stand for a state ("Yoon", "Xi"; not "Putin"). */
const SURNAME_ALONE = 5;

/** Another name a story may use for that actor. */
const usable = (e: AliasEntry): boolean =>
  !e.ambiguous &&
  e.kind !== 'agency' &&
  e.kind !== 'not-actor' &&
  (e.kind !== 'person' || e.keys.length > 1 || (e.keys[0] ?? '').length >= SURNAME_ALONE);
