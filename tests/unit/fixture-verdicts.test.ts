/**
 * The fixture site's verdicts in Node, as the e2e (sidelight.test.ts) asks them of the popup: its article, as the
 * extractor reads it, ranked against every item of its two feeds, as the parser stores them. Every report of the
 * event is "Same story", every earlier event of its subject is Related background, and no look-alike, guide or
 * unrelated story is "Same story". The browser test takes a quarter of an hour to say this; a matcher change that
 * breaks it is caught here in a second.
 */
import { describe, expect, it } from 'vitest';
import { matchQueryOf } from '../../utils/background/tab-context';
import { StoryIndex } from '../../utils/match/inverted-index';
import { rankStories } from '../../utils/match/rank';
import { readFixtureLabels } from '../support/fixture-server';
import { fixtureArticle, fixtureStories } from '../support/fixture-world';

const labels = readFixtureLabels();
const NOW = Date.parse('2026-06-01T09:00:00Z');

/** Each fixture story's verdict by its title ("same", "related" or "hidden"). */
function verdicts(): Map<string, string> {
  const { stories } = fixtureStories(NOW);
  const index = new StoryIndex();
  for (const s of stories) index.add(s);
  const shown = new Map(rankStories(index, matchQueryOf(fixtureArticle(NOW), NOW)).map((m) => [m.id, m.verdict]));
  return new Map(stories.map((s) => [s.title, shown.get(s.id) ?? 'hidden']));
}

describe('the fixture site’s verdicts', () => {
  const byTitle = verdicts();
  const of = (title: string): string => {
    const found = [...byTitle].find(([t]) => t.startsWith(title));
    expect(found, `"${title}" is in the fixture feeds`).toBeDefined();
    return found?.[1] ?? 'absent';
  };

  it('shows every report under Same story and every earlier event under Related background', () => {
    for (const title of labels.same) expect(of(title), title).toBe('same');
    for (const title of labels.related) expect(of(title), title).toBe('related');
  });

  it('calls no look-alike, guide or unrelated story the same story, and shows neither unrelated stories nor promos', () => {
    for (const title of [...labels.lookalikes, ...labels.guides, ...labels.unrelated])
      expect(of(title), title).not.toBe('same');
    for (const title of [...labels.unrelated, ...labels.promos]) expect(of(title), title).toBe('hidden');
  });
});
