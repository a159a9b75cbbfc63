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
export const WEIGHTS = { lexical: 0.25, storyCoverage: 0.25, names: 0.25, title: 0.1, numbersAgree: 0.2, numbersConflict: 0.1 };

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
