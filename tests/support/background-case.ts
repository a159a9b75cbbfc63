/**
 * A Related background case for the matcher's unit tests: an article and the cache's stories, some the subject's
 * earlier events (background) and some look-alikes (nowhere), each written `daysAgo` days before the article.
 */
import { StoryIndex } from '../../utils/match/inverted-index';
import { rankStories } from '../../utils/match/rank';

const DAY = 86_400_000;

/** When the cases' articles are published. */
export const CASE_NOW = Date.UTC(2026, 2, 10, 9);

/** An article (its first line the lead) and the stories to cache beside it: `[title, summary, daysAgo]`. */
export interface BackgroundCase {
  title: string;
  text: string;
  background: [string, string, number][];
  nowhere: [string, string, number][];
}

/** Each shown story's verdict by its title, with every story of the case cached. */
export function caseVerdicts(c: BackgroundCase): Map<string, string> {
  const index = new StoryIndex();
  [...c.background, ...c.nowhere].forEach(([title, summary, daysAgo]) =>
    index.add({ id: title, title, summary, published: CASE_NOW - daysAgo * DAY }),
  );
  const lines = c.text.split('\n');
  const ranked = rankStories(index, { title: c.title, lead: lines[0] ?? '', text: c.text, published: CASE_NOW });
  return new Map(ranked.map((m) => [m.id, m.verdict]));
}
