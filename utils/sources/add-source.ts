import { parseFeedUrl } from './feed-url';
import { said } from '../said';
import { fetchFeed } from '../feeds/fetch-feed';
import type { FeedFetcher } from '../refresh/fetch-types';
import type { SidelightDb } from '../store/db';
import { getSource, NEW_SOURCE_HEALTH } from '../store/sources';
import { upsertStories } from '../store/stories';
import type { Source } from '../types';
import { hostOf } from '../format/urls';
import type { Outcome } from '../result';

/**
 * A refresh flag older than this was left by a worker that died mid-fetch; it no longer counts. Longer than
 * the longest timeout a person can set (120 s), so a slow fetch in flight is never taken for a dead one.
 */
export const STALE_REFRESH_MS = 3 * 60_000;

/** The result of adding a source: the stored source, or what went wrong in words. */
export type AddSourceResult = Outcome<{ source: Source; added: number }>;

/**
 * Adds a feed as a source: fetches and parses it first, so nothing that is not a working feed is stored,
 * then stores the source and its stories.
 */
export async function addSource(
  db: SidelightDb,
  input: string,
  fetcher: FeedFetcher = (url) => fetchFeed(url),
  now = Date.now(),
): Promise<AddSourceResult> {
  const parsed = parseFeedUrl(input);
  if (!parsed.ok) return parsed;
  if (await getSource(db, parsed.url)) return { ok: false, error: said('source.alreadyYours') };
  const result = await fetcher(parsed.url);
  if (!result.ok) return { ok: false, error: said('source.couldNotAdd', { reason: result.error }) };
  if (result.notModified) return { ok: false, error: said('source.couldNotAdd', { reason: said('fetch.noContent') }) };
  const source: Source = {
    id: parsed.url,
    feedUrl: parsed.url,
    title: result.feed.title.trim() || hostOf(parsed.url),
    homepage: result.feed.homepage,
    addedAt: now,
    health: {
      ...NEW_SOURCE_HEALTH,
      lastFetchedAt: now,
      lastSuccessAt: now,
      itemsInLastFetch: result.feed.items.length,
      etag: result.etag,
      lastModified: result.lastModified,
    },
  };
  // The source and its first stories in one transaction: all or nothing.
  const { added } = await upsertStories(db, source, result.feed.items, now, { saveSource: true });
  return { ok: true, source, added };
}

/** Whether a source is being refreshed right now (a flag left by a dead worker does not count). */
export function isRefreshing(source: Source, now = Date.now()): boolean {
  const since = source.health.refreshingSince;
  return since !== null && now - since < STALE_REFRESH_MS;
}
