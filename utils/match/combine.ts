/**
 * A candidate's own score: its evidence (features.ts) weighed into one number, before smoothing over its
 * neighbours (rank.ts) and the verdict (verdict.ts).
 */
import type { MatchFeatures } from './features';

/**
 * How much each kind of evidence counts (the sum is clamped to 0..1). Words (BM25F, and how much of the
 * story the article covers) say what happened, but also match look-alikes: another riot, another quake.
 * Names say *which* event (who, where); numbers (a toll, a magnitude, a date, a year) tell two events of
 * the same kind apart, and a figure given differently counts against. Two figures in common count 0.2 (0.15
 * until small counts had to match exactly: since "23 pirates" no longer agrees with "26 pirates", an agreeing
 * figure is stronger evidence; dev recall at precision 0.9 went from 0.849 to 0.858). Time apart scales the
 * sum (combine).
 */
export const WEIGHTS = {
  lexical: 0.25,
  storyCoverage: 0.25,
  names: 0.25,
  title: 0.1,
  numbersAgree: 0.2,
  numbersConflict: 0.1,
};

/** Combined score of a candidate, 0..1. */
export function combine(f: MatchFeatures): number {
  const names = f.storyNames === null ? f.queryNames : (f.queryNames + f.storyNames) / 2;
  const raw =
    WEIGHTS.lexical * f.lexical +
    WEIGHTS.storyCoverage * f.storyCoverage +
    WEIGHTS.names * names +
    WEIGHTS.title * f.titleSimilarity +
    WEIGHTS.numbersAgree * f.numbersAgree -
    WEIGHTS.numbersConflict * f.numbersConflict;
  // Older stories fade gently: still background, rarely the same report.
  const time = f.daysApart === null ? 1 : 1 / (1 + f.daysApart / 30);
  return Math.max(0, Math.min(1, raw * time));
}

/**
 * Absolute evidence that a story reports the article's event, whatever else the cache holds: how much of the
 * story's wording the article has, the names both ways, and the headlines. The relative rule alone promotes
 * an article's best match even when the cache has nothing on its event (the best match is then merely the
 * least unrelated story); so a story the other best reports do not support (coherence below
 * `supportedCoherence` (verdict.ts)) must carry this evidence on its own. Chosen on a negative set — the 39 real pages of
 * ../shared/fixtures/pages/readability against the real feeds of ../shared/fixtures/feeds (other years, so no
 * story can be the same event): 0.15 / 0.65 removed 64% of its false "same" calls while losing 0.2% of the
 * dev set's true ones; a floor of 0.4 for every "same" story (a cluster of stories on one topic supports its
 * members too) brought that to 75% for 0.3%. Raising 0.65 to 0.8 then halved the pages with a false "same"
 * again (11 → 5 of 39; ECB+ articles against the same feeds: 63 → 44 of 535) for 0.2% of dev recall
 * (tests/corpora/no-false-same.test.ts keeps watch on both).
 */
export function eventEvidence(f: MatchFeatures): number {
  return f.storyCoverage + 0.5 * f.queryNames + 0.5 * (f.storyNames ?? 0) + 0.5 * f.titleSimilarity;
}
