/**
 * Refreshes one source of a run: flag it as refreshing (persisted, so the options page shows it), fetch it
 * with its conditional-GET validators, store its stories, then record the outcome and mark it done.
 */
import { said, saidOf } from '../said';
import type { FetchFeedResult } from '../feeds/fetch-feed';
import type { SidelightDb } from '../store/db';
import { faultPoint } from '../store/fault-points';
import { getSource, updateHealth } from '../store/sources';
import { upsertStories } from '../store/stories';
import type { FeedFetcher } from './fetch-types';
import { recordSourceOutcome } from './run-store';

/** Fetches of one feed that may stop the worker before it is parked. */
export const MAX_UNFINISHED_FETCHES = 3;

/** What a parked feed says on the options page. */
export const PARKED_ERROR = said('source.parked', { attempts: MAX_UNFINISHED_FETCHES });

/** How one source's refresh ended. */
export type SourceRefreshOutcome = 'ok' | 'not-modified' | 'failed' | 'gone';

/**
 * Fetches and stores one source, and records the result in its health and in the run. Stories are stored
 * (one transaction) before the source is marked done (another), so a worker killed in between fetches the
 * source again on resume; stories are keyed by URL, so that adds nothing twice. Errors are recorded in
 * words, never thrown.
 */
export async function refreshSourceOfRun(
  db: SidelightDb,
  sourceId: string,
  fetcher: FeedFetcher,
  options: { now?: () => number } = {},
): Promise<SourceRefreshOutcome> {
  const now = options.now ?? Date.now;
  const source = await getSource(db, sourceId);
  const unfinished = source?.health.unfinishedFetches ?? 0;
  if (source && unfinished >= MAX_UNFINISHED_FETCHES) {
    // Parked: fetching it again would only stop the worker again. Refresh now clears the count.
    const alive = await recordSourceOutcome(
      db,
      sourceId,
      {
        refreshingSince: null,
        lastFetchedAt: now(),
        lastError: PARKED_ERROR,
        consecutiveFailures: source.health.consecutiveFailures + 1,
      },
      {},
      true,
    );
    return alive ? 'failed' : 'gone';
  }
  // The attempt is counted before the fetch, and only a recorded outcome clears it: a feed that kills the
  // worker (too big to parse in memory, say) shows as attempts that never finished.
  if (!source || !(await updateHealth(db, sourceId, { refreshingSince: now(), unfinishedFetches: unfinished + 1 }))) {
    await recordSourceOutcome(db, sourceId, {}, {}, false);
    return 'gone';
  }
  let result: FetchFeedResult;
  try {
    result = await fetcher(source.feedUrl, { etag: source.health.etag, lastModified: source.health.lastModified });
  } catch (error) {
    result = { ok: false, error: saidOf(error) };
  }
  const at = now();
  if (!result.ok) {
    const failures = source.health.consecutiveFailures + 1;
    const alive = await recordSourceOutcome(
      db,
      sourceId,
      {
        refreshingSince: null,
        lastFetchedAt: at,
        lastError: result.error,
        consecutiveFailures: failures,
        unfinishedFetches: 0,
      },
      {},
      true,
    );
    return alive ? 'failed' : 'gone';
  }
  const success = {
    refreshingSince: null,
    lastFetchedAt: at,
    lastSuccessAt: at,
    lastError: null,
    consecutiveFailures: 0,
    unfinishedFetches: 0,
  };
  if (result.notModified) {
    const alive = await recordSourceOutcome(db, sourceId, success, {}, false);
    return alive ? 'not-modified' : 'gone';
  }
  // Removed while it was being fetched: store nothing for it.
  const current = await getSource(db, sourceId);
  if (!current) {
    await recordSourceOutcome(db, sourceId, {}, {}, false);
    return 'gone';
  }
  // Checked again inside the write: a removal between the check above and here must not leave orphans.
  const stored = await upsertStories(db, current, result.feed.items, at, { ifSourceExists: true });
  if (stored.gone) {
    await recordSourceOutcome(db, sourceId, {}, {}, false);
    return 'gone';
  }
  await faultPoint('refresh:stories-saved');
  const alive = await recordSourceOutcome(
    db,
    sourceId,
    { ...success, itemsInLastFetch: result.feed.items.length, etag: result.etag, lastModified: result.lastModified },
    { title: current.title || result.feed.title, homepage: current.homepage ?? result.feed.homepage },
    false,
  );
  return alive ? 'ok' : 'gone';
}
