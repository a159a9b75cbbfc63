/**
 * The scenario sets (tests/eval/scenarios.ts): small dated caches as on a reader's first days. Whatever else
 * changes, a look-alike or an earlier event is never "Same story", nothing is when the cache holds no report of
 * the event, a lone cached report of it is found, and with every report cached most are.
 */
import { describe, expect, it } from 'vitest';
import { rankScenario, readScenarios, THREE_HAND_SETS } from '../eval/scenarios';

const scenarios = ['first.json', 'second.json', 'third.json', 'fourth.json'].flatMap(readScenarios);

/**
 * Reports shown as "Same story" with every report cached, of the four sets' 145: 100 since session 30. A join by
 * the event's own name took it to 108 in session 31 and was not kept (docs/performance.md, "The event's own name").
 */
const FLOOR_FULL = 100;

describe("the scenario sets: a reader's first days", () => {
  it('calls no look-alike and no earlier event the same story, whatever the cache holds', () => {
    for (const scenario of scenarios)
      for (const cache of ['full', 'one cached', 'none cached'] as const)
        for (const { story, shown } of rankScenario(scenario, cache))
          if (story.expect !== 'same') expect(shown, `${scenario.name} (${cache}): ${story.title}`).not.toBe('same');
  });

  it('finds most reports of the event when the cache holds every one', () => {
    let found = 0;
    for (const scenario of scenarios)
      for (const { story, shown } of rankScenario(scenario, 'full'))
        if (story.expect === 'same' && shown === 'same') found++;
    expect(found).toBeGreaterThanOrEqual(FLOOR_FULL);
  });

  it('finds the one report of the event when the cache holds only that one', () => {
    for (const scenario of scenarios) {
      const lone = rankScenario(scenario, 'one cached').find(({ story }) => story.expect === 'same');
      expect(lone?.shown, `${scenario.name}: ${lone?.story.title ?? 'no report'}`).toBe('same');
    }
  });
});

/**
 * The sets written by three hands (216 scenarios), whose reports are worded apart from their article as another
 * outlet's are: floors a little under session 40's figures, so that a rule which gains on the sets written by one
 * hand cannot quietly lose what these find (docs/performance.md, "Sets written by three hands").
 */
const threeHand = THREE_HAND_SETS.flatMap((set) => readScenarios(`${set}.json`));
/** Reports "same" with every report cached: 536 of 714 at session 40's head. */
const THREE_HAND_FULL = 500;
/** Lone reports found with one cached: 167 of 216 at session 40's head. */
const THREE_HAND_LONE = 150;
/** Scenarios with a look-alike or an earlier event "same" with none cached: 24 of 216 at session 40's head. */
const THREE_HAND_WRONG = 30;

describe('the scenario sets written by three hands', () => {
  it('finds most reports and lone reports, and calls a look-alike the same story in few scenarios', () => {
    let full = 0;
    let lone = 0;
    let wrong = 0;
    for (const scenario of threeHand) {
      for (const { story, shown } of rankScenario(scenario, 'full'))
        if (story.expect === 'same' && shown === 'same') full++;
      if (rankScenario(scenario, 'one cached').some(({ story, shown }) => story.expect === 'same' && shown === 'same'))
        lone++;
      if (rankScenario(scenario, 'none cached').some(({ shown }) => shown === 'same')) wrong++;
    }
    expect(threeHand.length).toBe(216);
    expect(full).toBeGreaterThanOrEqual(THREE_HAND_FULL);
    expect(lone).toBeGreaterThanOrEqual(THREE_HAND_LONE);
    expect(wrong).toBeLessThanOrEqual(THREE_HAND_WRONG);
  }, 60_000);
});
