/**
 * Prints how the matcher does on the scenario sets (scenarios.ts): a reader's first days, small dated caches.
 *
 *   npm run eval:scenarios
 */
import {
  readScenarios,
  SCENARIO_SETS,
  tallyLine,
  THREE_HAND_SETS,
  tallyScenarios,
  type ScenarioCache,
  type ScenarioTally,
} from './scenarios';

const CACHES: ScenarioCache[] = ['full', 'one cached', 'none cached'];

/** Every set's tallies added up, by cache state; the sets written by three hands also on their own. */
const totals = new Map<ScenarioCache, ScenarioTally>();
const threeHand = new Map<ScenarioCache, ScenarioTally>();
let count = 0;
let threeHandCount = 0;
for (const set of SCENARIO_SETS) {
  const scenarios = readScenarios(`${set}.json`);
  const byThreeHands = THREE_HAND_SETS.includes(set);
  count += scenarios.length;
  if (byThreeHands) threeHandCount += scenarios.length;
  console.log(`${set}.json: ${scenarios.length} scenarios`);
  for (const cache of CACHES) {
    const tally = tallyScenarios(scenarios, cache);
    console.log(`  ${tallyLine(cache, tally)}`);
    totals.set(cache, addTallies(totals.get(cache), tally));
    if (byThreeHands) threeHand.set(cache, addTallies(threeHand.get(cache), tally));
  }
}
console.log(`all ${SCENARIO_SETS.length} sets: ${count} scenarios`);
for (const cache of CACHES) console.log(`  ${tallyLine(cache, totals.get(cache) as ScenarioTally)}`);
console.log(`the ${THREE_HAND_SETS.length} sets written by three hands: ${threeHandCount} scenarios`);
for (const cache of CACHES) console.log(`  ${tallyLine(cache, threeHand.get(cache) as ScenarioTally)}`);

function addTallies(a: ScenarioTally | undefined, b: ScenarioTally): ScenarioTally {
  if (a === undefined) return structuredClone(b);
  for (const label of ['same', 'background', 'none'] as const)
    for (const shown of ['same', 'related', 'hidden'] as const) a[label][shown] += b[label][shown];
  return a;
}
