/**
 * Prints how the matcher does on the scenario sets (scenarios.ts): a reader's first days, small dated caches.
 *
 *   npm run eval:scenarios
 */
import {
  readScenarios,
  SCENARIO_SETS,
  tallyLine,
  tallyScenarios,
  type ScenarioCache,
  type ScenarioTally,
} from './scenarios';

const CACHES: ScenarioCache[] = ['full', 'one cached', 'none cached'];

/** Every set's tallies added up, by cache state. */
const totals = new Map<ScenarioCache, ScenarioTally>();
let count = 0;
for (const file of SCENARIO_SETS.map((set) => `${set}.json`)) {
  const scenarios = readScenarios(file);
  count += scenarios.length;
  console.log(`${file}: ${scenarios.length} scenarios`);
  for (const cache of CACHES) {
    const tally = tallyScenarios(scenarios, cache);
    console.log(`  ${tallyLine(cache, tally)}`);
    totals.set(cache, addTallies(totals.get(cache), tally));
  }
}
console.log(`all ${SCENARIO_SETS.length} sets: ${count} scenarios`);
for (const cache of CACHES) console.log(`  ${tallyLine(cache, totals.get(cache) as ScenarioTally)}`);

function addTallies(a: ScenarioTally | undefined, b: ScenarioTally): ScenarioTally {
  if (a === undefined) return structuredClone(b);
  for (const label of ['same', 'background', 'none'] as const)
    for (const shown of ['same', 'related', 'hidden'] as const) a[label][shown] += b[label][shown];
  return a;
}
