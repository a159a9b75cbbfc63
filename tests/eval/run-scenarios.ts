/**
 * Prints how the matcher does on the scenario sets (scenarios.ts): a reader's first days, small dated caches.
 *
 *   npm run eval:scenarios
 */
import { readScenarios, tallyLine, tallyScenarios, type ScenarioCache } from './scenarios';

const CACHES: ScenarioCache[] = ['full', 'one cached', 'none cached'];

const SETS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

for (const file of SETS.map((set) => `${set}.json`)) {
  const scenarios = readScenarios(file);
  console.log(`${file}: ${scenarios.length} scenarios`);
  for (const cache of CACHES) console.log(`  ${tallyLine(cache, tallyScenarios(scenarios, cache))}`);
}
