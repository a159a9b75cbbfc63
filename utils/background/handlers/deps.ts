import { getRevision, lazyDb, openSidelightDb, type SidelightDb } from '../../store/db';
import { timed } from '../timing';
import { listSources } from '../../store/sources';
import { countStoriesBySource } from '../../store/stories';
import { isRefreshing } from '../../sources/add-source';
import type { SourceView } from '../../messages';
import type { MatchQuery } from '../../match/query';
import { IndexCache, type IndexSnapshot } from '../index-cache';
import { firstAnswerGate, type FirstAnswerGate } from '../first-answer';
import { createRefreshService, type RefreshService } from '../refresh-service';
import { workerStorageFullLog } from '../storage-full-log';
import { installFaultControl } from '../../store/fault-points';
import { installTestSeed } from '../../store/test-seed';

/** What every handler group shares: the lazily opened database, the index cache and the refresh service. */
export interface HandlerDeps {
  /** The database, opened on first use, so a freshly woken worker answers the same as a long-lived one. */
  db: () => Promise<SidelightDb>;
  /**
   * The match index, a cache rebuilt from the database when missing. With a query, possibly an index read in
   * parts for that query alone (`IndexCache.get`).
   */
  index: (query?: MatchQuery) => Promise<IndexSnapshot>;
  /** Starts reading the match index while the caller does other work (`IndexCache.warm`). */
  warmIndex: () => void;
  /** An answer made with the index is out: deferred work on it (the check of a loaded index) may run. */
  indexAnswered: () => void;
  /** Start-up work that waits for the worker's first answer (first-answer.ts): the tab handlers open it. */
  firstAnswer: FirstAnswerGate;
  refresh: RefreshService;
  /** Every source as the options page shows it. */
  views: () => Promise<SourceView[]>;
  /** One source as the options page shows it, or undefined when it is gone. */
  viewOf: (id: string) => Promise<SourceView | undefined>;
}

/**
 * Counts stories per source. Counting reads every story's index entry (100,000 at scale) and the options page
 * asks every second while a refresh runs: counted afresh on each request, the requests piled up behind each
 * other and held the refresh's own writes back. So counts are kept for the revision they were read at (every
 * story write bumps it, so they stay true until it moves), and at most one count runs: a request arriving
 * meanwhile waits for the next count, which starts after it and so sees every write before it.
 */
function storyCounter(): (db: SidelightDb, ids: readonly string[]) => Promise<Map<string, number>> {
  let last: { revision: number; counts: Map<string, number> } | null = null;
  let running: Promise<Map<string, number>> | null = null;
  let next: { ids: Set<string>; counts: Promise<Map<string, number>> } | null = null;
  const start = (db: SidelightDb, ids: readonly string[]): Promise<Map<string, number>> => {
    const counting = (async () => {
      const revision = await getRevision(db);
      const counts = await countStoriesBySource(db, ids);
      last = { revision, counts };
      return counts;
    })().finally(() => {
      if (running === counting) running = null;
    });
    running = counting;
    return counting;
  };
  return async (db, ids) => {
    const revision = await getRevision(db);
    if (last?.revision === revision && ids.every((id) => last?.counts.has(id))) return last.counts;
    if (!running) return start(db, ids);
    if (next) {
      for (const id of ids) next.ids.add(id);
      return next.counts;
    }
    const queuedIds = new Set(ids);
    const queued = {
      ids: queuedIds,
      counts: running
        .catch(() => undefined)
        .then(() => {
          next = null;
          return start(db, [...queuedIds]);
        }),
    };
    next = queued;
    return queued.counts;
  };
}

/** Sources with their stored-story counts, whether they are refreshing, and when they are next fetched. */
async function sourceViews(
  db: SidelightDb,
  refresh: RefreshService,
  count: ReturnType<typeof storyCounter>,
): Promise<SourceView[]> {
  const sources = await listSources(db);
  const counts = await count(
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
  // Measured (`sidelight:db-open`): a cold popup's first reads wait for it.
  const db = lazyDb((name, events) => timed('db-open', () => openSidelightDb(name, events)));
  let cache: IndexCache | null = null;
  // A reopened database gets a cache of its own (the old one holds the closed connection).
  const currentCache = async () => {
    const current = await db();
    if (cache?.db !== current)
      cache = new IndexCache(current, { onSaveFailed: (error) => workerStorageFullLog.note(error, 'index') });
    return cache;
  };
  installTestSeed(db, async () => (await currentCache()).settle());
  const index = async (query?: MatchQuery) => (await currentCache()).get(query);
  const refresh = createRefreshService(db, workerStorageFullLog, {
    afterRun: async () => (await currentCache()).settle(),
  });
  const count = storyCounter();
  const views = async () => sourceViews(await db(), refresh, count);
  const viewOf = async (id: string) => (await views()).find((s) => s.id === id);
  const warmIndex = () =>
    void currentCache().then(
      (c) => c.warm(),
      () => undefined,
    );
  const firstAnswer = firstAnswerGate();
  return { db, index, warmIndex, indexAnswered: () => cache?.answered(), firstAnswer, refresh, views, viewOf };
}
