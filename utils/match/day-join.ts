/**
 * The join of the day: once a report has established the article's event (verdict.ts `rankingContext`), is another
 * dated candidate another report of it? ECB+, where the same-story model learned (same-model.ts), has no dates, so
 * that model never sees time; a reader's cache always has them. This step is learned where time is known: small
 * gradient-boosted trees over a candidate's evidence and its dates, fitted by `npm run train:day-join`
 * (tests/eval/train-day-join.ts) on the written scenario sets (tests/eval/scenarios.ts), every cache state, and
 * checked by leaving sets out. It decides the joins of every candidate whose date and the article's are both known;
 * the hand gate (verdict.ts `sameGate`) still comes first, and the why line a reader sees is made from the shared
 * names, figures and words (explain.ts), not from the trees.
 */
import { treesLogOdds } from './same-model';
import type { CandidateEvidence } from './verdict-rule';

/** A cosine the evidence lacks (built by hand, without the ranking's vectors). */
const UNKNOWN = -1;

/**
 * The inputs of the join of the day, by name: how the candidate ranks and resembles the article and the established
 * report (`reach`), who and what it shares with the article, and when it was published against the article.
 */
export function dayEvidence(e: CandidateEvidence, reach: number) {
  const f = e.features;
  return {
    own: e.own,
    ownGap: e.ownGap,
    score: e.score,
    coherence: e.coherence,
    relativeToBest: e.relativeToBest,
    articleSimilarity: e.articleSimilarity ?? UNKNOWN,
    wordSimilarity: e.wordSimilarity ?? UNKNOWN,
    fellowSimilarity: e.fellowSimilarity ?? UNKNOWN,
    reach,
    // Both dates are known wherever this step is asked (verdict.ts `decideAll`).
    daysAfter: f.daysAfter ?? 0,
    daysApart: f.daysApart ?? 0,
    sharedTerms: f.sharedTermIds.length,
    sharedNames: f.sharedNames.length,
    sharedEventTerms: f.sharedEventTerms,
    headlineEventTerms: f.headlineEventTerms,
    focalNames: f.focalNames,
    focalCarried: f.focalCarried,
    queryNames: f.queryNames,
    storyNames: f.storyNames ?? UNKNOWN,
    titleNamesMissing: f.titleNamesMissing,
    storyCoverage: f.storyCoverage,
    headlineCoverage: f.headlineCoverage,
    titleSimilarity: f.titleSimilarity,
    numbersAgree: f.numbersAgree,
    numbersConflict: f.numbersConflict,
    weekdays: f.weekdays,
    subjectInHeadline: f.subjectInHeadline ? 1 : 0,
    notNews: f.notNews ? 1 : 0,
  };
}

/** The names of {@link dayEvidence}'s values. */
export type DayInput = keyof ReturnType<typeof dayEvidence>;

/**
 * Fitted trees of the join of the day (day-join-weights.ts): each of depth `depth`, asking "is input ≤ threshold?" of
 * the named inputs (raw); the bias plus the leaves, scaled by `rate`, is the log-odds.
 */
export interface DayJoinModel {
  inputs: readonly DayInput[];
  bias: number;
  rate: number;
  depth: number;
  /** Probability from which a candidate joins (chosen on probabilities of sets left out; train-day-join.ts). */
  threshold: number;
  /** Inner nodes breadth-first (input index, −1 for no split; threshold), then the leaves' values. */
  trees: readonly { feature: readonly number[]; threshold: readonly number[]; value: readonly number[] }[];
}

/** The probability (0..1) the join of the day gives a candidate whose cosine to the established report is `reach`. */
export function dayJoinProbability(model: DayJoinModel, e: CandidateEvidence, reach: number): number {
  const evidence = dayEvidence(e, reach);
  return (
    1 /
    (1 +
      Math.exp(
        -treesLogOdds(
          model,
          model.inputs.map((name) => evidence[name]),
        ),
      ))
  );
}
