/**
 * The learned part of the same-story decision, in two steps a reader can follow:
 *  1. Establish: does the cache hold the article's event at all? Judged on the best-ranked report alone, by
 *     its own evidence — who (the article's names in it, its names in the article, the headline's focal
 *     names, names in its headline the article never gives), what (wording, headline), how many (figures
 *     agreeing or conflicting) — so that a crowd of same-topic stories cannot lift one another over the bar.
 *     Its bar moves with the report's fellows (`fellows`): lower for a report that nothing else in the cache
 *     resembles more than the article does, higher for one its fellows resemble far more than the article does.
 *  2. Join: given the event is established, does another candidate report it too? Judged on how it stands
 *     with the established report (resemblance, score relative to it) and on its own evidence.
 * Each step is fitted over evidence the re-ranker already computes (features.ts, rank.ts) by `npm run
 * train:same` (tests/eval/train-same.ts) on the ECB+ dev set with the cache in three states — full, holding none
 * of the event's reports, holding one — and checked by topic. Establish is a sum of small gradient-boosted trees
 * (each asks two questions such as "own score above 0.51?", then "headline names the article never gives
 * above 0.31?"), which can weigh a report's names differently when its score or headline differ; join is a logistic regression. The fitted constant is
 * same-model-weights.ts. The why line a reader sees is made from the shared names, figures and words (explain.ts),
 * not from the model.
 */
import { eventEvidence } from './combine';
import type { CandidateEvidence } from './verdict-rule';

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

/**
 * Small gradient-boosted trees over the same named inputs (raw, not standardised): each tree asks `depth`
 * questions "is input ≤ threshold?" and adds its leaf's value; the sum, plus the bias, is the log-odds.
 */
export interface TreesPart {
  inputs: readonly EvidenceName[];
  bias: number;
  /** Learning rate the leaf values are scaled by. */
  rate: number;
  /** Inner nodes in breadth-first order (feature index, −1 for no split; threshold), then the leaves' values. */
  trees: readonly { feature: readonly number[]; threshold: readonly number[]; value: readonly number[] }[];
  depth: number;
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
  establish: LogisticPart | TreesPart;
  join: LogisticPart | TreesPart;
  /**
   * The join by resemblance (verdict.ts `decideAll`), or null for none: a candidate behind the hand gate that
   * resembles a report already "same" (the established one or one that joined it) at a cosine of `similarity` or
   * more joins when the join step gives it `threshold`, below the join's own threshold. Reports of one event
   * resemble one another more than each resembles the article, so a report the article words differently is
   * found through its fellows; a look-alike resembles the event's reports less. Chosen with the other thresholds.
   */
  chain: { similarity: number; threshold: number } | null;
  /**
   * The establish bar by how the report stands with its fellows, the candidates that resemble it most (verdict.ts
   * `establishBar`), or null for the model's bar alone. See {@link FellowBars}. Chosen with the other thresholds.
   */
  fellows: FellowBars | null;
}

/**
 * A look-alike event's report comes with its own event's other reports in the cache, and they resemble it more than
 * the article does (they report one event; the article reports another). The one cached report of the article's
 * event has no such fellows. So the establish bar moves with the gap between a report's closest fellow and the
 * article (cosines of their tf-idf vectors, rank.ts):
 */
export interface FellowBars {
  /**
   * A report standing apart — resembling the article at `similarity` or more, and no other candidate more than it
   * resembles the article — establishes at `threshold`, below the model's. The floor on resembling the article
   * keeps out an unrelated story that stands alone in a cache with nothing on the article's topic.
   */
  apart: { similarity: number; threshold: number } | null;
  /** A report whose closest fellow resembles it `margin` or more above the article needs `threshold`, above the model's. */
  crowded: { margin: number; threshold: number } | null;
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
export function probability(part: LogisticPart | TreesPart, evidence: Readonly<Record<EvidenceName, number>>): number {
  if ('trees' in part) return treesProbability(part, evidence);
  let z = part.bias;
  part.inputs.forEach((name, i) => {
    z += (part.weights[i] ?? 0) * ((evidence[name] - (part.mean[i] ?? 0)) / (part.scale[i] ?? 1));
  });
  return 1 / (1 + Math.exp(-z));
}

function treesProbability(part: TreesPart, evidence: Readonly<Record<EvidenceName, number>>): number {
  // Each input read once: the trees ask about the same few inputs hundreds of times.
  return (
    1 /
    (1 +
      Math.exp(
        -treesLogOdds(
          part,
          part.inputs.map((name) => evidence[name]),
        ),
      ))
  );
}

/**
 * The log-odds boosted trees give one row of input values (in the trees' input order): the bias plus each tree's
 * leaf, scaled by the rate. The one walk of the trees, shared with the training (tests/eval/gbt.ts).
 */
export function treesLogOdds(
  part: Pick<TreesPart, 'bias' | 'rate' | 'trees' | 'depth'>,
  values: readonly number[],
): number {
  let z = part.bias;
  const inner = 2 ** part.depth - 1;
  for (const t of part.trees) {
    let node = 0;
    for (let level = 0; level < part.depth; level++) {
      const j = t.feature[node] as number;
      const right = j >= 0 && (values[j] as number) > (t.threshold[node] as number);
      node = 2 * node + (right ? 2 : 1);
    }
    z += part.rate * (t.value[node - inner] as number);
  }
  return z;
}
