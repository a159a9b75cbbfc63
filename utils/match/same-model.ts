/**
 * The learned part of the same-story decision, in two steps a reader can follow:
 *  1. Establish: does the cache hold the article's event at all? Judged on the best-ranked report alone, by
 *     its own evidence — who (the article's names in it, its names in the article, the headline's focal
 *     names, names in its headline the article never gives), what (wording, headline), how many (figures
 *     agreeing or conflicting) — so that a crowd of same-topic stories cannot lift one another over the bar.
 *  2. Join: given the event is established, does another candidate report it too? Judged on how it stands
 *     with the established report (resemblance, score relative to it) and on its own evidence.
 * Each step is a logistic regression over evidence the re-ranker already computes (features.ts, rank.ts),
 * fitted by `npm run train:same` (tests/eval/train-same.ts) on the ECB+ dev set with the cache in three
 * states — full, holding none of the event's reports, holding one — and checked by topic. The fitted
 * constant is same-model-weights.ts.
 */
import { eventEvidence } from './combine';
import type { CandidateEvidence } from './verdict';

/** One fitted logistic regression: inputs standardised ((x − mean) / scale), weighed, plus the bias. */
export interface LogisticPart {
  inputs: readonly EvidenceName[];
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
  /** Probability from which the step says yes (chosen by cross-validation over topics; train-same.ts). */
  threshold: number;
}

/** The two steps (see the module comment). */
export interface SameModel {
  /** Bumped whenever the inputs or the training change. */
  version: number;
  /**
   * How many of the best-ranked candidates may establish the event, each on its own evidence (the report of the
   * event may rank below a look-alike that matches more words).
   */
  establishFrom: number;
  establish: LogisticPart;
  join: LogisticPart;
}

/** Named evidence of one candidate, the inputs both steps choose from. */
export function evidenceOf(e: CandidateEvidence, anchorOwn: number) {
  const f = e.features;
  const storyNames = f.storyNames ?? f.queryNames;
  return {
    own: e.own,
    ownToAnchor: anchorOwn > 0 ? Math.min(1.5, e.own / anchorOwn) : 0,
    ownGap: e.ownGap,
    relativeToBest: e.relativeToBest,
    aboveCrowd: e.aboveCrowd,
    coherence: e.coherence,
    anchorSimilarity: e.anchorSimilarity,
    lexical: f.lexical,
    storyCoverage: f.storyCoverage,
    queryNames: f.queryNames,
    storyNames,
    storyNamesMissing: f.storyNames === null ? 1 : 0,
    focalNames: f.focalNames,
    titleNamesMissing: f.titleNamesMissing,
    titleSimilarity: f.titleSimilarity,
    numbersAgree: f.numbersAgree,
    numbersConflict: f.numbersConflict,
    sharedNames: Math.min(f.sharedNames.length, 4) / 4,
    sharedTerms: Math.min(f.sharedTermIds.length, 8) / 8,
    eventEvidence: eventEvidence(f),
    headlineCoverage: f.headlineCoverage,
    rareShared: f.rareShared,
    weekdays: f.weekdays,
    // Who, both ways at once: a look-alike event shares some names but brings its own cast.
    namesBothWays: f.queryNames * storyNames,
  };
}

/** The names of {@link evidenceOf}'s values. */
export type EvidenceName = keyof ReturnType<typeof evidenceOf>;

/** Probability (0..1) by one step of the model. */
export function probability(part: LogisticPart, evidence: Readonly<Record<EvidenceName, number>>): number {
  let z = part.bias;
  part.inputs.forEach((name, i) => {
    z += (part.weights[i] ?? 0) * ((evidence[name] - (part.mean[i] ?? 0)) / (part.scale[i] ?? 1));
  });
  return 1 / (1 + Math.exp(-z));
}
