/** The one sentence every view shows for a page that is not an article (kept apart so views don't import Readability). */
export const NOT_ARTICLE_REASON = "This page doesn't look like a news article.";
