import { lazyDb, type SidelightDb } from '../../store/db';
import { listSources } from '../../store/sources';
import { countStoriesBySource } from '../../store/stories';
import { isRefreshing } from '../../sources/add-source';
import type { SourceView } from '../../messages';
import { IndexCache, type IndexSnapshot } from '../index-cache';
import { createRefreshService, type RefreshService } from '../refresh-service';
import { workerStorageFullLog } from '../storage-full-log';
import { installFaultControl } from '../../store/fault-points';

/** What every handler group shares: the lazily opened database, the index cache and the refresh service. */
export interface HandlerDeps {
  /** The database, opened on first use, so a freshly woken worker answers the same as a long-lived one. */
  db: () => Promise<SidelightDb>;
  /** The match index, a cache rebuilt from the database when missing. */
  index: () => Promise<IndexSnapshot>;
  refresh: RefreshService;
  /** Every source as the options page shows it. */
  views: () => Promise<SourceView[]>;
  /** One source as the options page shows it, or undefined when it is gone. */
  viewOf: (id: string) => Promise<SourceView | undefined>;
}

/** Sources with their stored-story counts, whether they are refreshing, and when they are next fetched. */
async function sourceViews(db: SidelightDb, refresh: RefreshService): Promise<SourceView[]> {
  const sources = await listSources(db);
  const counts = await countStoriesBySource(
    db,
    sources.map((s) => s.id),
  );
  const next = await refresh.nextRefreshTimes(sources);
  const now = Date.now();
  return sources.map((s) => ({
    ...s,
    storiesStored: counts.get(s.id) ?? 0,
    refreshing: isRefreshing(s, now),
    nextRefreshAt: next.get(s.id) ?? null,
  }));
}

/** The shared dependencies of the worker's handlers; nothing is opened until a handler needs it. */
export function createHandlerDeps(): HandlerDeps {
  installFaultControl();
  const db = lazyDb();
  let cache: IndexCache | null = null;
  // A reopened database gets a cache of its own (the old one holds the closed connection).
  const index = async () => {
    const current = await db();
    if (cache?.db !== current)
      cache = new IndexCache(current, { onSaveFailed: (error) => workerStorageFullLog.note(error, 'index') });
    return cache.get();
  };
  const refresh = createRefreshService(db);
  const views = async () => sourceViews(await db(), refresh);
  const viewOf = async (id: string) => (await views()).find((s) => s.id === id);
  return { db, index, refresh, views, viewOf };
}
