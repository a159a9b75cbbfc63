import { normalizeUrl } from './feeds/normalize-url';
import type { IndexSnapshot } from './index-cache';
import { groupCopies } from './match/group';
import { rankStories } from './match/rank';
import type { TabContext } from './messages';
import type { Article, MatchResult } from './types';

/** How many stories each section shows at most. */
export const SECTION_LIMIT = 10;

/**
 * Ranks the stored stories against an article and splits them into Same story and Related background.
 * The article's own URL is never listed as related to itself.
 */
export function buildArticleContext(
  article: Article,
  snapshot: IndexSnapshot,
  sourceCount: number,
  siteOrigin: string | null = null,
): TabContext {
  const published = article.publishedTime ? Date.parse(article.publishedTime) : NaN;
  const ranked = rankStories(
    snapshot.index,
    { title: article.title, lead: article.lead, text: article.text, published: Number.isFinite(published) ? published : null, url: article.url },
    { limit: SECTION_LIMIT * 5, excludeId: normalizeUrl(article.url) },
  );
  const sameAll: MatchResult[] = [];
  const relatedAll: MatchResult[] = [];
  for (const match of ranked) {
    const story = snapshot.stories.get(match.id);
    if (!story) continue;
    const result: MatchResult = {
      story,
      score: match.score,
      verdict: match.verdict,
      why: match.why,
      sharedNames: match.sharedNames,
      sharedTerms: match.sharedTerms,
    };
    (match.verdict === 'same' ? sameAll : relatedAll).push(result);
  }
  // Copies of one report from several outlets make one row ("+3 outlets"); the limit counts rows.
  const same = groupCopies(sameAll).slice(0, SECTION_LIMIT);
  const related = groupCopies(relatedAll).slice(0, SECTION_LIMIT);
  return { state: 'article', article, same, related, sourceCount, storyCount: snapshot.stories.size, siteOrigin };
}
