/**
 * A candidate's own score: its evidence (features.ts) weighed into one number, before smoothing over its
 * neighbours (rank.ts) and the verdict (verdict.ts).
 */
import type { MatchFeatures } from './features';

/**
 * How much each kind of evidence counts (the sum is clamped to 0..1). Words (BM25F, and how much of the
 * story the article covers) say what happened, but also match look-alikes: another riot, another quake.
 * Names say *which* event (who, where); numbers (a toll, a magnitude, a date, a year) tell two events of
 * the same kind apart, and a figure given differently counts against.
 */
export const WEIGHTS = {
  lexical: 0.25,
  storyCoverage: 0.25,
  names: 0.25,
  title: 0.1,
  numbersAgree: 0.2,
  numbersConflict: 0.1,
};

/** Days apart at which a story's score is halved. */
export const FADE_DAYS = 30;

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
  const time = f.daysApart === null ? 1 : 1 / (1 + f.daysApart / FADE_DAYS);
  return Math.max(0, Math.min(1, raw * time));
}

/** Weights of {@link eventEvidence}: the story's wording counts whole, names each way and the headline half. */
export const EVENT_EVIDENCE = { storyCoverage: 1, queryNames: 0.5, storyNames: 0.5, titleSimilarity: 0.5 };

/**
 * Absolute evidence that a story reports the article's event, whatever else the cache holds: how much of the
 * story's wording the article has, the names both ways, and the headlines. The relative part of the decision
 * alone would promote an article's best match even when the cache has nothing on its event (the best match is
 * then merely the least unrelated story), so every "same" story needs some of this (verdict.ts `minEvidence`),
 * and a report the other best reports do not resemble needs more (`aloneEvidence`). The bars were chosen on the
 * real pages against the real feeds of ../shared (tests/corpora/no-false-same.test.ts); docs/matching.md tells
 * how.
 */
export function eventEvidence(f: MatchFeatures): number {
  return (
    EVENT_EVIDENCE.storyCoverage * f.storyCoverage +
    EVENT_EVIDENCE.queryNames * f.queryNames +
    EVENT_EVIDENCE.storyNames * (f.storyNames ?? 0) +
    EVENT_EVIDENCE.titleSimilarity * f.titleSimilarity
  );
}
