/**
 * Evidence that a stored story reports the article's event: who (names), what (words), how many (numbers),
 * when (time apart). Each feature is in [0, 1] so the combination in rank.ts reads as a weighted vote.
 */
import { hasTerm, type IndexedStory, type StoryIndex } from './inverted-index';
import { sameQuantity } from './numbers';
import type { AnalysedQuery } from './query';

/** Features of one candidate story. */
export interface MatchFeatures {
  /** BM25F score relative to the best candidate's. */
  lexical: number;
  /** Share of the story's term mass (tf × idf) that the article contains: a story about another event brings words of its own. */
  storyCoverage: number;
  /** Share of the article's weighted names the story mentions. */
  queryNames: number;
  /** Share of the story's names (by idf) the article mentions; null when the story names nobody. */
  storyNames: number | null;
  /** idf-weighted overlap of the two headlines (Dice). */
  titleSimilarity: number;
  /** Story numbers the article repeats ("10000 troop", "2013 year"), up to 2, as 0..1. */
  numbersAgree: number;
  /** Story numbers counting something the article counts, with another value (another year, magnitude, toll). */
  numbersConflict: number;
  daysApart: number | null;
  /** Article names the story shares, as the article writes them. */
  sharedNames: string[];
  /** Other shared terms, most salient first. */
  sharedTermIds: number[];
}

/** How many of the article's names matter for coverage: the main actors and places, not every passing mention. */
const TOP_NAMES = 8;
const DAY_MS = 86_400_000;

/** Computes the features of `story` against the analysed query. */
export function matchFeatures(
  index: StoryIndex,
  query: AnalysedQuery,
  story: IndexedStory,
  lexical: number,
): MatchFeatures {
  let storyMass = 0;
  let coveredMass = 0;
  let queryTitleMass = 0;
  let storyTitleMass = 0;
  let sharedTitleMass = 0;
  const sharedTermIds: number[] = [];
  story.termIds.forEach((id, i) => {
    const idf = index.idf(id);
    const tf = 2 * (story.titleTf[i] ?? 0) + (story.summaryTf[i] ?? 0);
    const mass = (1 + Math.log(tf)) * idf;
    storyMass += mass;
    if (query.termWeight.has(id)) {
      coveredMass += mass;
      if (!query.nameTermWeight.has(id)) sharedTermIds.push(id);
    }
    if ((story.titleTf[i] ?? 0) > 0) {
      storyTitleMass += idf;
      if (query.titleTermIds.has(id)) sharedTitleMass += idf;
    }
  });
  for (const id of query.titleTermIds) queryTitleMass += index.idf(id);
  sharedTermIds.sort((a, b) => (query.termWeight.get(b) ?? 0) - (query.termWeight.get(a) ?? 0));

  // Who: the article's main names found in the story (each name counts by the idf share of its words present).
  let nameWeight = 0;
  let nameFound = 0;
  const sharedNames: string[] = [];
  query.names.slice(0, TOP_NAMES * 2).forEach((name, rank) => {
    let total = 0;
    let present = 0;
    for (const id of name.termIds) {
      const idf = index.idf(id);
      total += idf;
      if (hasTerm(story.termIds, id)) present += idf;
    }
    const share = total > 0 ? present / total : 0;
    if (share >= 0.5) sharedNames.push(name.text);
    if (rank < TOP_NAMES) {
      nameWeight += name.weight;
      nameFound += name.weight * share;
    }
  });

  // And the other way: the story's names found anywhere in the article.
  let storyNameMass = 0;
  let storyNameFound = 0;
  for (const id of story.nameTermIds) {
    const idf = index.idf(id);
    storyNameMass += idf;
    if (query.termWeight.has(id)) storyNameFound += idf;
  }

  let agree = 0;
  let conflict = 0;
  for (const n of story.numbers) {
    const values = query.numbers.get(n.unit);
    if (values === undefined) continue;
    if (values.some((v) => sameQuantity(n.unit, v, n.value))) agree++;
    else conflict++;
  }

  const daysApart =
    query.published !== null && story.published !== null ? Math.abs(query.published - story.published) / DAY_MS : null;
  return {
    lexical,
    storyCoverage: storyMass > 0 ? coveredMass / storyMass : 0,
    queryNames: nameWeight > 0 ? nameFound / nameWeight : 0,
    storyNames: storyNameMass > 0 ? storyNameFound / storyNameMass : null,
    titleSimilarity: queryTitleMass + storyTitleMass > 0 ? (2 * sharedTitleMass) / (queryTitleMass + storyTitleMass) : 0,
    numbersAgree: Math.min(agree, 2) / 2,
    numbersConflict: Math.min(conflict, 2) / 2,
    daysApart,
    sharedNames: dedupe(sharedNames),
    sharedTermIds,
  };
}

/** Drops names contained in a longer shared name ("Lohan" when "Lindsay Lohan" is there). */
function dedupe(names: string[]): string[] {
  return names.filter((n, i) => !names.some((m, j) => j !== i && m.length > n.length && m.includes(n)) && names.indexOf(n) === i);
}
