/**
 * Fits the join of the day (utils/match/day-join.ts) on the written scenario sets, checks it by leaving sets out,
 * and with `--write` writes utils/match/day-join-weights.ts.
 *
 *   npm run train:day-join [-- --write]
 *
 * Rows: every scenario ranked with the cache in its three states (every report, one, none), and in each ranking
 * where a report establishes the event, every other candidate behind the hand gate (verdict.ts `sameGate`) that the
 * ranking did not establish on its own; labelled by whether it reports the article's event. The sets are split into
 * six folds by their place in the list; each fold's probabilities come from trees fitted on the other five, and the
 * joins they give at the threshold ({@link THRESHOLD}) are printed; then the trees are fitted on every set.
 */
import path from 'node:path';
import { StoryIndex } from '../../utils/match/inverted-index';
import { scoreCandidates } from '../../utils/match/rank';
import { decideAll, joinedByDay, rankingContext, reachOf, sameGate } from '../../utils/match/verdict';
import { dayEvidence, type DayInput, type DayJoinModel } from '../../utils/match/day-join';
import { SAME_MODEL } from '../../utils/match/same-model-weights';
import { VERDICT } from '../../utils/match/verdict-rule';
import { fitBoosted, predictBoosted, type Boosted } from './gbt';
import { cachedStories, readScenarios, SCENARIO_SETS, type ScenarioCache } from './scenarios';
import { treesSource, writeWeights } from './weights-source';

const CACHES: readonly ScenarioCache[] = ['full', 'one cached', 'none cached'];
/**
 * The sets it learns from: the 57 written before it (session 38). The four written blind after it was fitted, to
 * check it on sets it never saw (`fiftyeighth` … `sixtyfirst`), are left out; a refit on them needs new blind sets.
 */
const LEARNED_FROM = SCENARIO_SETS.slice(0, 57);
const FOLDS = 6;
const TREES = { rounds: 100, depth: 2, rate: 0.1, minLeaf: 20 };
/**
 * The probability from which a candidate joins: issue 10 asks that a "Same story" shown mean a probability of 0.9 or
 * more. Not tuned: the figures of the sets left out are printed at it and around it.
 */
const THRESHOLD = 0.9;
const OUT = path.join(import.meta.dirname, '../../utils/match/day-join-weights.ts');

interface Row {
  set: number;
  cache: ScenarioCache;
  scenario: string;
  /** Whether the article was cut to its headline and lead. */
  short: boolean;
  evidence: Record<DayInput, number>;
  same: boolean;
  /** Whether the steps before the join of the day joined it (verdict.ts `decideAll` without it). */
  joinedBefore: boolean;
}

function collectRows(): Row[] {
  const rows: Row[] = [];
  LEARNED_FROM.forEach((set, setIndex) => {
    for (const scenario of readScenarios(`${set}.json`))
      for (const cache of CACHES) {
        const stories = cachedStories(scenario, cache);
        const index = new StoryIndex();
        stories.forEach((s, i) =>
          index.add({ id: String(i), title: s.title, summary: s.summary, published: Date.parse(s.published) }),
        );
        const { article } = scenario;
        const lead = article.text.split('\n')[0] ?? '';
        // The page as extracted, and the article cut to its headline and lead, as a feed story or a brief is: a short
        // article scores its reports lower, and the join must hold for both.
        for (const short of [false, true]) {
          const text = short ? `${article.title}\n${lead}` : article.text;
          const { candidates } = scoreCandidates(index, {
            title: article.title,
            text,
            lead,
            published: Date.parse(article.published),
          });
          const ctx = rankingContext(candidates);
          const before = decideAll(candidates, ctx, VERDICT, SAME_MODEL, null);
          for (const [i, c] of candidates.entries()) {
            if (!joinedByDay(c, ctx) || !sameGate(c)) continue;
            rows.push({
              set: setIndex,
              cache,
              scenario: `${set}/${scenario.name}`,
              short,
              evidence: dayEvidence(c, reachOf(c, ctx.topIndex)),
              same: stories[Number(c.story.id)]?.expect === 'same',
              joinedBefore: before[i] === 'same',
            });
          }
        }
      }
  });
  return rows;
}

/** The inputs, in the trees' order: all of day-join.ts `dayEvidence`. */
const inputsOf = (rows: readonly Row[]): DayInput[] => Object.keys(rows[0]?.evidence ?? {}) as DayInput[];
const values = (r: Row, inputs: readonly DayInput[]): number[] => inputs.map((name) => r.evidence[name]);

const fit = (rows: readonly Row[], inputs: readonly DayInput[]): Boosted =>
  fitBoosted(
    rows.map((r) => values(r, inputs)),
    rows.map((r) => (r.same ? 1 : 0)),
    TREES,
  );

/** Each row's probability from trees fitted on the other folds' sets. */
function outOfFold(rows: readonly Row[], inputs: readonly DayInput[]): number[] {
  const p = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fit(
      rows.filter((r) => r.set % FOLDS !== fold),
      inputs,
    );
    rows.forEach((r, i) => {
      if (r.set % FOLDS === fold) p[i] = predictBoosted(model, values(r, inputs));
    });
  }
  return p;
}

/** Joins at `threshold` of the rows `of`, by cache state: right, wrong, and scenarios with a wrong one. */
function joinsAt(rows: readonly Row[], p: readonly number[], threshold: number, of: (r: Row) => boolean): string {
  return CACHES.map((cache) => {
    let right = 0;
    let wrong = 0;
    const wrongScenarios = new Set<string>();
    rows.forEach((r, i) => {
      if (r.cache !== cache || !of(r) || (p[i] as number) < threshold) return;
      if (r.same) right++;
      else {
        wrong++;
        wrongScenarios.add(r.scenario);
      }
    });
    return `${cache}: ${right} right, ${wrong} wrong (${wrongScenarios.size} scenarios)`;
  }).join('; ');
}

/** {@link joinsAt} for the pages as extracted, then for the articles cut to headline and lead. */
const joinsByForm = (rows: readonly Row[], p: readonly number[], threshold: number): string =>
  `pages: ${joinsAt(rows, p, threshold, (r) => !r.short)}\n    cut: ${joinsAt(rows, p, threshold, (r) => r.short)}`;

async function main(): Promise<void> {
  const rows = collectRows();
  const positives = rows.filter((r) => r.same).length;
  console.log(`${LEARNED_FROM.length} sets: ${rows.length} candidates (${positives} reports of the event)`);
  const before = rows.map((r) => (r.joinedBefore ? 1 : 0));
  console.log(`before the join of the day:\n    ${joinsByForm(rows, before, 1)}`);
  const inputs = inputsOf(rows);
  const p = outOfFold(rows, inputs);
  for (const t of [0.5, 0.7, 0.8, 0.85, 0.9, 0.95])
    console.log(`sets left out, at ${t}:\n    ${joinsByForm(rows, p, t)}`);
  const model = fit(rows, inputs);
  const day: DayJoinModel = { inputs, ...model, depth: TREES.depth, threshold: THRESHOLD };
  const inSample = rows.map((r) => predictBoosted(model, values(r, inputs)));
  console.log(`in sample, at ${THRESHOLD}:\n    ${joinsByForm(rows, inSample, THRESHOLD)}`);
  if (process.argv.includes('--write')) {
    await writeWeights(OUT, render(day));
    console.log(`written to ${OUT}`);
  }
}

function render(m: DayJoinModel): string {
  return `/**
 * Fitted trees of the join of the day (day-join.ts), written by \`npm run train:day-join -- --write\`
 * (tests/eval/train-day-join.ts) from ${LEARNED_FROM.length} of the written scenario sets: retrain rather than edit.
 * ${TREES.rounds} gradient-boosted trees of depth ${TREES.depth} (rate ${TREES.rate}, at least ${TREES.minLeaf} candidates a leaf) on the raw
 * inputs; the threshold is the probability issue 10 asks of a "Same story" shown, not tuned.
 */
import type { DayJoinModel } from './day-join';

export const DAY_JOIN: DayJoinModel = ${treesSource(m, '')};
`;
}

await main();
