/**
 * Fits the same-story model (utils/match/same-model.ts) on an eval set, prints its checks by topic and, with
 * --write, writes it to utils/match/same-model-weights.ts:
 *
 *   npm run train:same -- --set ../shared/eval/ecbplus-dev [--write] [--grid] [--foreign] [--headlines]
 *
 * --foreign adds a fourth cache state, every article against the real feeds of ../shared (all "not same"),
 * and a goal of at most 1% of them with a false "same" (same-training.ts GOALS). --headlines also prints the
 * shipped model's figures with every story cut to its headline, as headline-only feeds deliver them (a check:
 * never trained on; docs/performance.md, session 11). Environment knobs for trying
 * other trade-offs: ESTABLISH_FROM (best candidates that may establish; 1), ESTABLISH_FLOOR (lowest establish
 * threshold the choice may take; 0.8).
 *
 * The shipped thresholds are chosen on leave-one-topic-out probabilities (every ranking judged by models that
 * never saw its topic); the weights are fitted on the whole set (same-training.ts says how). --grid prints the
 * figures of other threshold pairs, for choosing another trade-off knowingly.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LogisticPart, SameModel, TreesPart } from '../../utils/match/same-model';
import { decide, decideAll, rankingContext } from '../../utils/match/verdict';
import { VERDICT } from '../../utils/match/verdict-rule';
import { REAL_FEEDS } from '../support/real-feeds';
import { collectScenarios, decidedPerRanking, figures } from './same-data';
import {
  chooseThresholds,
  type Chain,
  decisionAt,
  type Fellows,
  figuresLine,
  L2,
  leaveOneTopicOut,
  modelOf,
  splitHalf,
  TREES,
} from './same-training';
import { list, round, round6, treesSource, writeWeights } from './weights-source';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../../utils/match/same-model-weights.ts');

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const set = argv[argv.indexOf('--set') + 1];
  if (!argv.includes('--set') || set === undefined) {
    console.error('usage: npm run train:same -- --set <dir> [--write] [--grid] [--foreign] [--headlines]');
    process.exit(2);
  }
  const rankings = collectScenarios(path.resolve(set), argv.includes('--foreign') ? REAL_FEEDS : null);
  // A check, not training data: the same caches with every story cut to its headline.
  const headlines = argv.includes('--headlines') ? collectScenarios(path.resolve(set), null, true) : [];
  console.log(
    `${rankings.length} rankings (full, none left, one left${argv.includes('--foreign') ? ', against the real feeds' : ''})`,
  );
  console.log(
    `hand rule v3:  ${figuresLine(figures(rankings, (c, r) => decide(c, rankingContext(r.candidates, null), VERDICT, null) === 'same'))}`,
  );
  // As rank.ts decides: the whole ranking at once.
  const shipped = decidedPerRanking((r) => {
    const verdicts = decideAll(r.candidates, rankingContext(r.candidates));
    return new Set(r.candidates.filter((_, i) => verdicts[i] === 'same'));
  });
  console.log(`shipped model: ${figuresLine(figures(rankings, shipped))}`);
  if (headlines.length > 0)
    console.log(`  stories cut to their headlines: ${figuresLine(figures(headlines, shipped))}`);
  for (const h of splitHalf(rankings)) {
    console.log(
      `fit on ${h.name} (establish ${h.fit.establish}, join ${h.fit.join}${chainText(h.fit.chain)}${fellowsText(h.fit.fellows)}): ${figuresLine(h.fit.figures)}`,
    );
    console.log(`  held-out ${h.name === 'A' ? 'B' : 'A'}: ${figuresLine(h.heldOut)}`);
  }
  const outOfTopic = leaveOneTopicOut(rankings);
  const chosen = chooseThresholds(rankings, outOfTopic);
  console.log(
    `leave-one-topic-out (establish ${chosen.establish}, join ${chosen.join}${chainText(chosen.chain)}${fellowsText(chosen.fellows)}): ${figuresLine(chosen.figures)}`,
  );
  if (argv.includes('--grid')) {
    for (const e of [0.6, 0.7, 0.75, 0.8, 0.85, 0.9]) {
      for (const j of [0.5, 0.6, 0.65, 0.7, 0.8])
        console.log(
          `  establish ${e}, join ${j}${chainText(chosen.chain)}${fellowsText(chosen.fellows)}: ${figuresLine(figures(rankings, decisionAt(outOfTopic, e, j, chosen.chain, chosen.fellows)))}`,
        );
    }
  }
  const model = modelOf(rankings, chosen);
  for (const [name, p] of [
    ['establish', model.establish],
    ['join', model.join],
  ] as const) {
    if ('trees' in p) {
      console.log(`${name} (${p.trees.length} trees of depth ${p.depth}; splits per input): ${splitsPerInput(p)}`);
      continue;
    }
    console.log(
      `${name} (standardised weights): ${p.inputs.map((n, i) => `${n} ${(p.weights[i] as number).toFixed(2)}`).join(', ')}, bias ${p.bias.toFixed(2)}`,
    );
  }
  if (argv.includes('--write')) {
    await writeWeights(OUT, render(model));
    console.log(`written to ${OUT}`);
  }
}

/** The join by resemblance, as the figures' lines name it. */
const chainText = (chain: Chain): string =>
  chain === null ? '' : `, resemblance ${chain.similarity} at join ${chain.threshold}`;

/** The bars by a report's fellows, as the figures' lines name them. */
const fellowsText = (f: Fellows): string =>
  (f?.apart ? `, apart from ${f.apart.similarity} at ${f.apart.threshold}` : '') +
  (f?.crowded ? `, crowded by ${f.crowded.margin} at ${f.crowded.threshold}` : '');

/** How often the trees ask about each input: what the establish step looks at most. */
function splitsPerInput(p: TreesPart): string {
  const counts = p.inputs.map(() => 0);
  for (const t of p.trees) for (const j of t.feature) if (j >= 0) counts[j] = (counts[j] as number) + 1;
  return p.inputs
    .map((n, i) => [n, counts[i] as number] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([n, c]) => `${n} ${c}`)
    .join(', ');
}

const renderLogistic = (p: LogisticPart): string => `{
    inputs: ${list(p.inputs)},
    mean: ${list(round(p.mean))},
    scale: ${list(round(p.scale))},
    weights: ${list(round(p.weights))},
    bias: ${round6(p.bias)},
    threshold: ${p.threshold},
  }`;

const renderPart = (p: LogisticPart | TreesPart): string => ('trees' in p ? treesSource(p, '  ') : renderLogistic(p));

function renderFellows(f: Fellows): string {
  if (f === null) return 'null';
  const apart = f.apart === null ? 'null' : `{ similarity: ${f.apart.similarity}, threshold: ${f.apart.threshold} }`;
  const crowded = f.crowded === null ? 'null' : `{ margin: ${f.crowded.margin}, threshold: ${f.crowded.threshold} }`;
  return `{ apart: ${apart}, crowded: ${crowded} }`;
}

function render(m: SameModel): string {
  return `/**
 * Fitted weights of the same-story model (same-model.ts), written by \`npm run train:same -- --set
 * ../shared/eval/ecbplus-dev --write\` (tests/eval/train-same.ts): retrain rather than edit. Establish:
 * ${TREES.rounds} gradient-boosted trees of depth ${TREES.depth} (rate ${TREES.rate}, at least ${TREES.minLeaf} rankings a leaf) on
 * the raw inputs; join: a logistic regression with an L2 penalty of ${L2} on standardised inputs. Thresholds
 * chosen on leave-one-topic-out probabilities.
 */
import type { SameModel } from './same-model';

/** Version ${m.version}. */
export const SAME_MODEL: SameModel = {
  version: ${m.version},
  establishFrom: ${m.establishFrom},
  establish: ${renderPart(m.establish)},
  join: ${renderPart(m.join)},
  chain: ${m.chain === null ? 'null' : `{ similarity: ${m.chain.similarity}, threshold: ${m.chain.threshold} }`},
  fellows: ${renderFellows(m.fellows)},
};
`;
}

await main();
