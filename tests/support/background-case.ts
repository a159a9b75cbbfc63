/**
 * A Related background case for the matcher's unit tests: an article and the cache's stories, some the subject's
 * earlier events (background) and some look-alikes (nowhere), each written `daysAgo` days before the article.
 */
import { rankArticle } from './rank-article';

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
  const stories = [...c.background, ...c.nowhere].map(([title, summary, daysAgo]) => ({
    id: title,
    title,
    summary,
    published: CASE_NOW - daysAgo * DAY,
  }));
  return rankArticle({ title: c.title, text: c.text, published: CASE_NOW }, stories);
}
