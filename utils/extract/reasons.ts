import type { Said } from '../said';

/**
 * What every view shows for a page that is not an article, as a code (kept apart so views don't import
 * Readability, and a plain object so the extractor's bundle carries no wording).
 */
export const NOT_ARTICLE_REASON: Said = { code: 'page.notArticle', params: {} };
