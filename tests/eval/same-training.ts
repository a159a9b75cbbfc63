/**
 * Fitting and checking the two steps of the same-story model (utils/match/same-model.ts) on rankings made
 * with the cache in three states, and with `--foreign` against the real feeds (same-data.ts). Establish is
 * fitted on each ranking's best candidates (`ESTABLISH_FROM`; does each report the event?); join on the other candidates that pass the hand gate (verdict.ts `sameGate`) in
 * rankings whose best candidate does. Thresholds are chosen on the rankings given (the issue's goals, see
 * {@link GOALS}); the checks are by topic: split-half (fitted and thresholded on one half of the topics,
 * reported on the other, both ways round) and leave-one-topic-out.
 */
import {
  evidenceOf,
  type EvidenceName,
  type LogisticPart,
  type SameModel,
  type TreesPart,
} from '../../utils/match/same-model';
import {
  aboutTheEvent,
  crowdApart,
  establishBar,
  establishContenders,
  handJoins,
  joinsByResemblance,
  mayEstablish,
  rankingContext,
  sameGate,
} from '../../utils/match/verdict';
import { VERDICT } from '../../utils/match/verdict-rule';
import { fitBoosted, predictBoosted, type Boosted } from './gbt';
import { fitLogistic, predictLogistic, type Logistic } from './logistic';
import {
  decidedPerRanking,
  figures,
  halves,
  type SameDecision,
  type SameFigures,
  type ScenarioCandidate,
  type ScenarioRanking,
} from './same-data';

/** Bump with any change of the inputs or the training. */
export const MODEL_VERSION = 3;
/**
 * How many of the best candidates may each establish the event on its own evidence. The one report kept of an
 * event ranks first in 450 of ECB+'s 535 one-report caches and 2nd–5th in 41, so from 1 lone reports found cannot
 * pass 0.84; from 3 or 5 with v3's inputs, more look-alikes establish too (docs/performance.md, "What v5 tried").
 */
export const ESTABLISH_FROM = Number(process.env.ESTABLISH_FROM ?? 1);
/** L2 penalty of the join regression (on standardised inputs). */
export const L2 = 1;
/**
 * The establish step's trees: 100 rounds of depth-2 trees, learning rate 0.1, at least 20 rankings a leaf. Trees
 * over the same inputs did better than the regression on every figure, leave one topic out (a report's names
 * count when its figures do not conflict, and so on); for join they did not, so join stays a regression.
 */
export const TREES = { rounds: 100, depth: 2, rate: 0.1, minLeaf: 20 };

/**
 * The best candidate's own evidence only: no figure that a crowd of same-topic stories could raise. Not its gap
 * over the next candidate (ownGap) nor the share of the article's "what happened" words: both
 * helped on ECB+ (where every cache holds the topic) and both made false "same" calls on the real pages against
 * the real feeds (tests/corpora/no-false-same.test.ts), where the best match of an unrelated page stands alone.
 */
export const ESTABLISH: readonly EvidenceName[] = [
  'own',
  'storyCoverage',
  'queryNames',
  'storyNames',
  'storyNamesMissing',
  'focalNames',
  'titleNamesMissing',
  'titleSimilarity',
  'numbersAgree',
  'numbersConflict',
  'sharedNames',
  'sharedTerms',
  'eventEvidence',
  'namesBothWays',
  'headlineCoverage',
  'weekdays',
  'rareShared',
];
/**
 * How a candidate stands with the established report, and its own evidence. Not the focal names: a report of
 * the event may name the headline's actors otherwise ("Beijing" for "Chinese"); the names both ways count.
 */
export const JOIN: readonly EvidenceName[] = [
  'ownToAnchor',
  'relativeToBest',
  'aboveCrowd',
  'coherence',
  'anchorSimilarity',
  'storyCoverage',
  'queryNames',
  'storyNames',
  'storyNamesMissing',
  'titleNamesMissing',
  'titleSimilarity',
  'numbersAgree',
  'numbersConflict',
  'sharedNames',
  'eventEvidence',
  'namesBothWays',
];

/**
 * What the thresholds must keep on the rankings they are chosen on (the issue's targets); among the pairs
 * that do, the one with the most recall and lone reports found; when none does, the one missing them least.
 * Pooled precision over the three cache states (printed beside) is not a goal: at ≥ 0.9 the join threshold
 * rises to 0.85, recall falls to 0.55 and the project's own fixture loses a report that names the place as the
 * other side does ("Liyue Tan" for Reed Bank; tests/e2e/sidelight.test.ts). A false "same" with nothing
 * cached is held to 4%, a margin under the 6% target: with the establish trees it rose from the half they were
 * chosen on to the other (0.047 to 0.076), and at 6% on ECB+ dev the ECB+ articles against the real feeds got 5
 * false "same" calls, at 4% 3. When the training also ranks the ECB+ articles against the real feeds
 * (`--foreign`), at most 1% of them may get a false "same" (5 of 535; the issue allows 10).
 */
export const GOALS = { precision: 0.93, noneFalse: 0.04, loneWrong: 0.15, foreignFalse: 0.01 };

/**
 * The lowest establish threshold the choice may take (ESTABLISH_FLOOR in the environment; 0.8). The real pages
 * and the ECB+ articles against the real feeds (tests/corpora/no-false-same.test.ts), none of them in the
 * training, give their unrelated best matches up to 0.81 (a debt article and a fox in the Senate); at 0.75, which
 * leave one topic out chose once headline-only stories were held to their own bar, two more ECB+ articles got a
 * false "same" against the feeds (AirPods prices in India for an Indian Navy piracy story). Held to it, both halves
 * of the split-half check choose 0.8 too, and the held-out none-cached figures fall (docs/performance.md,
 * "Headline-only stories"). v4 and the v5 attempt needed 0.85 (an Xbox One X deal for an Xbox review).
 */
export const ESTABLISH_FLOOR = Number(process.env.ESTABLISH_FLOOR ?? 0.8);

interface Row {
  x: number[];
  y: number;
  topic: string;
  candidate: ScenarioCandidate;
}

const top = (r: ScenarioRanking): ScenarioCandidate | undefined => r.candidates[0];
const pick = (names: readonly EvidenceName[], c: ScenarioCandidate, anchorOwn: number): number[] => {
  const e = evidenceOf(c, anchorOwn);
  return names.map((n) => e[n]);
};

/** The candidates that may establish the event, as the product chooses them (verdict.ts establishContenders). */
const contenders = (r: ScenarioRanking): ScenarioCandidate[] => establishContenders(r.candidates, ESTABLISH_FROM);

function establishRows(rankings: readonly ScenarioRanking[]): Row[] {
  return rankings.flatMap((r) =>
    contenders(r).map((c) => ({ x: pick(ESTABLISH, c, c.own), y: c.same ? 1 : 0, topic: r.topic, candidate: c })),
  );
}

function joinRows(rankings: readonly ScenarioRanking[]): Row[] {
  const rows: Row[] = [];
  for (const r of rankings) {
    const t = top(r);
    if (t === undefined || !t.same) continue;
    for (const c of r.candidates.slice(1))
      if (sameGate(c)) rows.push({ x: pick(JOIN, c, t.own), y: c.same ? 1 : 0, topic: r.topic, candidate: c });
  }
  return rows;
}

const fit = (rows: readonly Row[]): Logistic =>
  fitLogistic(
    rows.map((r) => r.x),
    rows.map((r) => r.y),
    L2,
  );

const fitTrees = (rows: readonly Row[]): Boosted =>
  fitBoosted(
    rows.map((r) => r.x),
    rows.map((r) => r.y),
    TREES,
  );

/** Both steps fitted on `rankings`. */
export function fitSteps(rankings: readonly ScenarioRanking[]): { establish: Boosted; join: Logistic } {
  return { establish: fitTrees(establishRows(rankings)), join: fit(joinRows(rankings)) };
}

/** Probabilities per candidate: of establishing the event (the contenders), and of joining it. */
export interface Probabilities {
  establish: Map<ScenarioCandidate, number>;
  join: Map<ScenarioCandidate, number>;
}

function probabilities(
  steps: { establish: Boosted; join: Logistic },
  rankings: readonly ScenarioRanking[],
): Probabilities {
  const p: Probabilities = { establish: new Map(), join: new Map() };
  for (const r of rankings) {
    const t = top(r);
    if (t === undefined) continue;
    for (const c of contenders(r)) p.establish.set(c, predictBoosted(steps.establish, pick(ESTABLISH, c, c.own)));
    for (const c of r.candidates) p.join.set(c, predictLogistic(steps.join, pick(JOIN, c, t.own)));
  }
  return p;
}

/** The join by resemblance a decision may take (same-model.ts `chain`), or null for none. */
export type Chain = SameModel['chain'];

/**
 * The resemblance joins the choice tries: none, or a cosine of 0.5 or 0.6 to a "same" report and a lower join
 * probability. From 0.3 or 0.4, the reports of the topic's other event, which resemble this event's reports, join
 * them: chosen on one half of the topics at 0.3, the other half's precision fell from 0.918 to 0.837
 * (docs/performance.md, "The join by resemblance").
 */
const CHAINS: readonly Chain[] = [
  null,
  ...[0.5, 0.6].flatMap((similarity) => [0.2, 0.3, 0.4].map((threshold) => ({ similarity, threshold }))),
];

/** The establish bars by a report's fellows a decision may take (same-model.ts `fellows`), or null for none. */
export type Fellows = SameModel['fellows'];

/**
 * The bars by a report's fellows that the choice tries: none; or a report standing apart established at 0.4, 0.5 or
 * 0.6 when it resembles the article at a cosine of 0.4 or more, with or without one crowded by closer fellows (by 0.1
 * or 0.2) held to 0.9 or 0.95. Lower floors for standing apart are not offered: at 0.35 stories of the real feeds
 * standing alone in the cache established an ECB+ article's event (an Obama administration story for Obama's
 * endangered-species ruling) and joined two stories of one day on the war in Ukraine (tests/corpora/
 * no-false-same.test.ts, same-day.test.ts); at 0.3, two real pages and three ECB+ articles got a false "same"
 * (docs/performance.md, "A report's fellows").
 */
const FELLOWS: readonly Fellows[] = [
  null,
  ...[null, ...[0.1, 0.2].flatMap((margin) => [0.9, 0.95].map((threshold) => ({ margin, threshold })))].flatMap(
    (crowded) => [0.4, 0.5, 0.6].map((threshold) => ({ apart: { similarity: 0.4, threshold }, crowded })),
  ),
];

/**
 * The decision of verdict.ts `decideAll` with these probabilities and thresholds, each contender held to verdict.ts
 * `establishBar` (a headline alone to `thinEstablish`, a report by its fellows to `fellows`; the same-day bar never
 * applies, as the eval sets have no dates), then the join by resemblance when `chain` is given.
 */
export function decisionAt(
  p: Probabilities,
  establish: number,
  join: number,
  chain: Chain = null,
  fellows: Fellows = null,
): SameDecision {
  const establisher = (r: ScenarioRanking): ScenarioCandidate | null => {
    const anchor = rankingContext(r.candidates, null).anchor;
    let found: ScenarioCandidate | null = null;
    for (const c of contenders(r)) {
      if (!mayEstablish(c, anchor)) continue;
      const bar = establishBar(c, establish, VERDICT, fellows);
      if ((p.establish.get(c) ?? 0) >= Math.max(bar, found === null ? 0 : (p.establish.get(found) ?? 0))) found = c;
    }
    return found;
  };
  const sameIn = (r: ScenarioRanking): Set<ScenarioCandidate> => {
    const t = establisher(r);
    const first = r.candidates.map(
      (c) =>
        t !== null &&
        sameGate(c) &&
        (c === t || (aboutTheEvent(c, r.candidates.indexOf(t)) && handJoins(c) && (p.join.get(c) ?? 0) >= join)),
    );
    const joins = chain === null ? [] : joinsByResemblance(r.candidates, first, chain, (c) => p.join.get(c) ?? 0);
    const same = r.candidates.map((_, i) => first[i] === true || joins[i] === true);
    if (t !== null && crowdApart(r.candidates, same, r.candidates.indexOf(t))) return new Set([t]);
    return new Set(r.candidates.filter((_, i) => same[i]));
  };
  return decidedPerRanking(sameIn);
}

/** Thresholds and what they give. */
export interface Chosen {
  establish: number;
  join: number;
  chain: Chain;
  fellows: Fellows;
  figures: SameFigures;
}

/**
 * The thresholds (steps of 0.05), resemblance join and bars by a report's fellows meeting {@link GOALS} with the most
 * recall + lone reports found. The join's from 0.35 to 0.75, where every choice so far has fallen.
 */
export function chooseThresholds(rankings: readonly ScenarioRanking[], p: Probabilities): Chosen {
  let best: (Chosen & { value: number }) | null = null;
  for (let e = Math.round(ESTABLISH_FLOOR * 100); e <= 95; e += 5) {
    for (let j = 35; j <= 75; j += 5) {
      for (const chain of CHAINS) {
        for (const fellows of FELLOWS) {
          const f = figures(rankings, decisionAt(p, e / 100, j / 100, chain, fellows));
          const miss =
            Math.max(0, GOALS.precision - f.precision) +
            Math.max(0, f.noneFalse - GOALS.noneFalse) +
            Math.max(0, f.loneWrong - GOALS.loneWrong) +
            Math.max(0, f.foreignFalse - GOALS.foreignFalse);
          const value = f.recall + f.loneFound - 10 * miss;
          if (best === null || value > best.value)
            best = { establish: e / 100, join: j / 100, chain, fellows, figures: f, value };
        }
      }
    }
  }
  return best as Chosen;
}

/** Split-half by topic, both ways round: what was chosen on each half, and how it does on the other. */
export function splitHalf(
  rankings: readonly ScenarioRanking[],
): { name: 'A' | 'B'; fit: Chosen; heldOut: SameFigures }[] {
  const { a, b } = halves(rankings);
  return (
    [
      ['A', a, b],
      ['B', b, a],
    ] as const
  ).map(([name, train, test]) => {
    const steps = fitSteps(train);
    const chosen = chooseThresholds(train, probabilities(steps, train));
    return {
      name,
      fit: chosen,
      heldOut: figures(
        test,
        decisionAt(probabilities(steps, test), chosen.establish, chosen.join, chosen.chain, chosen.fellows),
      ),
    };
  });
}

/** Every candidate's probability from models fitted without its topic. */
export function leaveOneTopicOut(rankings: readonly ScenarioRanking[]): Probabilities {
  const out: Probabilities = { establish: new Map(), join: new Map() };
  for (const topic of new Set(rankings.map((r) => r.topic))) {
    const p = probabilities(
      fitSteps(rankings.filter((r) => r.topic !== topic)),
      rankings.filter((r) => r.topic === topic),
    );
    for (const [c, v] of p.establish) out.establish.set(c, v);
    for (const [c, v] of p.join) out.join.set(c, v);
  }
  return out;
}

/** The shippable model: both steps fitted on all rankings, with the given thresholds. */
export function modelOf(
  rankings: readonly ScenarioRanking[],
  thresholds: { establish: number; join: number; chain: Chain; fellows: Fellows },
): SameModel {
  const steps = fitSteps(rankings);
  const part = (inputs: readonly EvidenceName[], m: Logistic, threshold: number): LogisticPart => ({
    inputs,
    ...m,
    threshold,
  });
  const trees: TreesPart = {
    inputs: ESTABLISH,
    bias: steps.establish.bias,
    rate: steps.establish.rate,
    trees: steps.establish.trees.map(({ feature, threshold, value }) => ({ feature, threshold, value })),
    depth: TREES.depth,
    threshold: thresholds.establish,
  };
  return {
    version: MODEL_VERSION,
    establishFrom: ESTABLISH_FROM,
    establish: trees,
    join: part(JOIN, steps.join, thresholds.join),
    chain: thresholds.chain,
    fellows: thresholds.fellows,
  };
}

const f3 = (x: number): string => x.toFixed(3);

/** One line of the issue's figures. */
export function figuresLine(f: SameFigures): string {
  return `P ${f3(f.precision)} R ${f3(f.recall)} F1 ${f3(f.f1)} · none left: false ${f3(f.noneFalse)} · one left: found ${f3(f.loneFound)}, another ${f3(f.loneWrong)} · pooled P ${f3(f.pooledPrecision)}${f.foreignRankings > 0 ? ` · vs real feeds: false ${f.foreignFalseCount} of ${f.foreignRankings}` : ''}`;
}
