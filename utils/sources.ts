import { parseFeedUrl } from './feed-url';
import { fetchFeed, type FetchFeedResult } from './feeds/fetch-feed';
import type { SidelightDb } from './store/db';
import { getSource, listSources, NEW_SOURCE_HEALTH, putSource, updateHealth } from './store/sources';
import { upsertStories } from './store/stories';
import type { Source } from './types';

/** Fetches one feed; injectable so tests and the worker share the same code path. */
export type FeedFetcher = (url: string) => Promise<FetchFeedResult>;

/** A refresh flag older than this was left by a worker that died mid-fetch; it no longer counts. */
export const STALE_REFRESH_MS = 2 * 60_000;

/** At most this many feeds are fetched at once. */
export const MAX_CONCURRENT_FETCHES = 4;

/** The result of adding a source: the stored source, or what went wrong in words. */
export type AddSourceResult = { ok: true; source: Source; added: number } | { ok: false; error: string };

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
  if (await getSource(db, parsed.url)) return { ok: false, error: 'This feed is already one of your sources.' };
  const result = await fetcher(parsed.url);
  if (!result.ok) return { ok: false, error: `Could not add this feed: ${result.error}.` };
  if (result.notModified) return { ok: false, error: 'Could not add this feed: the server sent no content.' };
  const source: Source = {
    id: parsed.url,
    feedUrl: parsed.url,
    title: result.feed.title.trim() || new URL(parsed.url).hostname.replace(/^www\./, ''),
    homepage: result.feed.homepage,
    addedAt: now,
    health: { ...NEW_SOURCE_HEALTH, lastFetchedAt: now, lastSuccessAt: now, itemsInLastFetch: result.feed.items.length },
  };
  await putSource(db, source);
  const { added } = await upsertStories(db, source, result.feed.items, now);
  return { ok: true, source, added };
}

/** Whether a source is being refreshed right now (a flag left by a dead worker does not count). */
export function isRefreshing(source: Source, now = Date.now()): boolean {
  const since = source.health.refreshingSince;
  return since !== null && now - since < STALE_REFRESH_MS;
}

/**
 * Refreshes one source: marks it refreshing (persisted, so the options page sees it), fetches, stores the
 * items, records the outcome. Errors are recorded in words, never thrown.
 */
export async function refreshSource(db: SidelightDb, source: Source, fetcher: FeedFetcher): Promise<void> {
  if (!(await updateHealth(db, source.id, { refreshingSince: Date.now() }))) return;
  let result: FetchFeedResult;
  try {
    result = await fetcher(source.feedUrl);
  } catch (error) {
    result = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const now = Date.now();
  if (!result.ok) {
    await updateHealth(db, source.id, { refreshingSince: null, lastFetchedAt: now, lastError: result.error });
    return;
  }
  if (result.notModified) {
    await updateHealth(db, source.id, { refreshingSince: null, lastFetchedAt: now, lastSuccessAt: now, lastError: null });
    return;
  }
  const current = (await getSource(db, source.id)) ?? source;
  await upsertStories(db, current, result.feed.items, now);
  await updateHealth(
    db,
    source.id,
    { refreshingSince: null, lastFetchedAt: now, lastSuccessAt: now, lastError: null, itemsInLastFetch: result.feed.items.length },
    { title: current.title || result.feed.title, homepage: current.homepage ?? result.feed.homepage },
  );
}

/**
 * Refreshes every source not already being refreshed, at most MAX_CONCURRENT_FETCHES at once.
 * Returns how many sources were refreshed.
 */
export async function refreshAllSources(db: SidelightDb, fetcher: FeedFetcher = (url) => fetchFeed(url)): Promise<number> {
  const due = (await listSources(db)).filter((s) => !isRefreshing(s));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < due.length) {
      const source = due[next++];
      if (source) await refreshSource(db, source, fetcher);
    }
  };
  await Promise.all(Array.from({ length: Math.min(MAX_CONCURRENT_FETCHES, due.length) }, worker));
  return due.length;
}
