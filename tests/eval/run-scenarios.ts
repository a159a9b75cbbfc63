/**
 * Prints how the matcher does on the scenario sets (scenarios.ts): a reader's first days, small dated caches.
 *
 *   npm run eval:scenarios
 */
import { readScenarios, tallyLine, tallyScenarios, type ScenarioCache, type ScenarioTally } from './scenarios';

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
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twentyfirst',
  'twentysecond',
  'twentythird',
  'twentyfourth',
  'twentyfifth',
  'twentysixth',
  'twentyseventh',
  'twentyeighth',
  'twentyninth',
  'thirtieth',
  'thirtyfirst',
  'thirtysecond',
  'thirtythird',
  'thirtyfourth',
  'thirtyfifth',
  'thirtysixth',
  'thirtyseventh',
  'thirtyeighth',
  'thirtyninth',
  'fortieth',
  'fortyfirst',
  'fortysecond',
  'fortythird',
  'fortyfourth',
  'fortyfifth',
  'fortysixth',
  'fortyseventh',
  'fortyeighth',
  'fortyninth',
  'fiftieth',
  'fiftyfirst',
  'fiftysecond',
  'fiftythird',
  'fiftyfourth',
  'fiftyfifth',
  'fiftysixth',
  'fiftyseventh',
];

/** Every set's tallies added up, by cache state. */
const totals = new Map<ScenarioCache, ScenarioTally>();
let count = 0;
for (const file of SETS.map((set) => `${set}.json`)) {
  const scenarios = readScenarios(file);
  count += scenarios.length;
  console.log(`${file}: ${scenarios.length} scenarios`);
  for (const cache of CACHES) {
    const tally = tallyScenarios(scenarios, cache);
    console.log(`  ${tallyLine(cache, tally)}`);
    totals.set(cache, addTallies(totals.get(cache), tally));
  }
}
console.log(`all ${SETS.length} sets: ${count} scenarios`);
for (const cache of CACHES) console.log(`  ${tallyLine(cache, totals.get(cache) as ScenarioTally)}`);

function addTallies(a: ScenarioTally | undefined, b: ScenarioTally): ScenarioTally {
  if (a === undefined) return structuredClone(b);
  for (const label of ['same', 'background', 'none'] as const)
    for (const shown of ['same', 'related', 'hidden'] as const) a[label][shown] += b[label][shown];
  return a;
}
