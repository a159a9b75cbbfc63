/**
 * Prints how the matcher does on the scenario sets (scenarios.ts): a reader's first days, small dated caches.
 *
 *   npm run eval:scenarios
 */
import { readScenarios, tallyLine, tallyScenarios, type ScenarioCache } from './scenarios';

const CACHES: ScenarioCache[] = ['full', 'one cached', 'none cached'];

for (const file of ['first.json', 'second.json', 'third.json', 'fourth.json', 'fifth.json', 'sixth.json']) {
  const scenarios = readScenarios(file);
  console.log(`${file}: ${scenarios.length} scenarios`);
  for (const cache of CACHES) console.log(`  ${tallyLine(cache, tallyScenarios(scenarios, cache))}`);
}
