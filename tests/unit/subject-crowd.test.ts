/**
 * Whose story it is must not change as the cache fills with stories on the subject. The fixture article (China
 * Coast Guard water cannon at Reed Bank) ranked against its feeds, then again with three more headlines on the
 * standoff from the days before, as a reader following the story would have them. Those make "Philippine" and
 * "Reed Bank" common in the cache; chosen by how rare they were, they stopped being the headline's names, and a
 * report of the event calling the place "Liyue Tan" was shown nowhere; and with 8 "what happened" words in place of
 * 10, two of the subject's earlier events lost their second one and left Related background (docs/performance.md,
 * session 12).
 */
import { describe, expect, it } from 'vitest';
import { matchQueryOf } from '../../utils/background/tab-context';
import { StoryIndex } from '../../utils/match/inverted-index';
import { rankStories } from '../../utils/match/rank';
import { fixtureWorld } from '../support/fixture-world';

const NOW = Date.UTC(2026, 10, 25, 12);
const HOUR = 3_600_000;
const world = fixtureWorld(NOW);
/** Written for this test: the standoff's earlier days, headlines alone. */
const crowd = [
  { id: 'crowd-shadow', title: 'Chinese coast guard ships shadow Philippine patrol boat near Reed Bank', hours: 50 },
  {
    id: 'crowd-supply',
    title: 'Chinese coast guard water cannon hits Philippine supply boat at Second Thomas Shoal',
    hours: 60,
  },
  { id: 'crowd-leaves', title: 'Philippine survey ship leaves port for Reed Bank gas survey', hours: 70 },
];

function verdicts(withCrowd: boolean): Map<string, string> {
  const index = new StoryIndex();
  for (const s of world.stories) index.add(s);
  if (withCrowd)
    for (const c of crowd) index.add({ id: c.id, title: c.title, summary: '', published: NOW - c.hours * HOUR });
  const titles = new Map(world.stories.map((s) => [s.id, s.title]));
  return new Map(
    rankStories(index, matchQueryOf(world.article, NOW)).map((m) => [titles.get(m.id) ?? m.id, m.verdict]),
  );
}

describe('a cache filling with stories on the subject', () => {
  const before = verdicts(false);
  const after = verdicts(true);
  const liyueTan = 'Beijing says Philippine ship ‘intruded’ at Liyue Tan, defends coast guard';

  it('still shows every report of the event, under one heading or the other', () => {
    expect(before.get(liyueTan)).toBe('same');
    // Shown, not necessarily as the same story: in the crowded cache the report naming the place as Beijing does is
    // background, its join probability under the bar.
    for (const { story } of world.same) expect(after.get(story.title), story.title).toBeDefined();
  });

  it("keeps the subject's earlier events as background", () => {
    for (const { story } of world.related) {
      expect(before.get(story.title), story.title).toBe('related');
      expect(after.get(story.title), story.title).toBe('related');
    }
  });
});
