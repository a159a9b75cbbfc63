/**
 * The two services "Find more coverage" can ask, and how their results are marked once stored.
 * Results are stored as ordinary stories whose source is a pseudo-source per provider (never listed among the
 * user's own sources), so they are ranked by the same matcher and removed in one step.
 */
import type { Story } from '../types';

/** A live-search service. */
export type SearchProviderId = 'googleNews' | 'gdelt';

/** Every provider, in the order they are offered and asked. */
export const SEARCH_PROVIDERS: readonly SearchProviderId[] = ['googleNews', 'gdelt'];

/** What the user reads about each provider. */
export const PROVIDER_NAMES: Readonly<Record<SearchProviderId, string>> = {
  googleNews: 'Google News',
  gdelt: 'GDELT',
};

/** The real endpoints. Only test builds may point a provider elsewhere (see endpoints.ts). */
export const DEFAULT_ENDPOINTS: Readonly<Record<SearchProviderId, string>> = {
  googleNews: 'https://news.google.com/rss/search',
  gdelt: 'https://api.gdeltproject.org/api/v2/doc/doc',
};

/** Prefix of the pseudo-source ids that mark stories found by search. */
export const SEARCH_SOURCE_PREFIX = 'search:';

/** Pseudo-source id of a provider's results ("search:google-news"). */
export const SEARCH_SOURCE_IDS: Readonly<Record<SearchProviderId, string>> = {
  googleNews: `${SEARCH_SOURCE_PREFIX}google-news`,
  gdelt: `${SEARCH_SOURCE_PREFIX}gdelt`,
};

/** Whether a source id is a search pseudo-source rather than one of the user's feeds. */
export function isSearchSourceId(sourceId: string): boolean {
  return sourceId.startsWith(SEARCH_SOURCE_PREFIX);
}

/**
 * Whether a story is known only from search: none of the user's own feeds carried it. A story a feed also
 * carries is an ordinary story, whatever search found.
 */
export function isFromSearch(story: Pick<Story, 'sourceIds'>): boolean {
  return story.sourceIds.length > 0 && story.sourceIds.every(isSearchSourceId);
}

/** "https://news.google.com/rss/search" → "https://news.google.com" (the origin a permission covers). */
export function endpointOrigin(endpoint: string): string {
  return new URL(endpoint).origin;
}

/** "https://news.google.com/rss/search" → "news.google.com" (how the UI names where a query goes). */
export function endpointHost(endpoint: string): string {
  return new URL(endpoint).host;
}
