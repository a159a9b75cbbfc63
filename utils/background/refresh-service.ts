/**
 * The worker's refresh machinery: one RefreshRunner per worker, fed by the schedule, **Refresh now**, new
 * and imported sources; feeds fetched with the person's timeout and only from sites they allowed.
 */
import { originPatterns } from '../format/urls';
import { browser } from 'wxt/browser';
import { fetchFeed, type FetchFeedResult } from '../feeds/fetch-feed';
import { hostOf } from '../format/urls';
import { isDue, nextDueAt } from '../refresh/backoff';
import type { Validators } from '../refresh/fetch-types';
import { progressOf, type RefreshReason, type RefreshRun, type RefreshStatus } from '../refresh/refresh-run';
import { RefreshRunner } from '../refresh/runner';
import { getRun } from '../refresh/run-store';
import { readRefreshSettings } from '../settings';
import { isRefreshing } from '../sources/add-source';
import { getRevision, type SidelightDb } from '../store/db';
import { pruneStories } from '../store/retention';
import { listSources, updateHealth } from '../store/sources';
import { countStories } from '../store/stories';
import type { Source } from '../types';
import { failingSources, updateFailureBadge } from './badge';
import { clearResumeAlarm, ensureRefreshAlarm, ensureResumeAlarm, nextScheduledRefresh } from './schedule';
import { workerStorageFullLog, type StorageFullLog } from './storage-full-log';
import { said } from '../said';
import { timed } from './timing';

const DAY_MS = 24 * 3600_000;

/** Whether Sidelight holds the host permission for a URL's site. */
export async function mayFetch(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: originPatterns([url]) });
  } catch {
    return false;
  }
}

/** fetchFeed with the person's timeout, refusing sites they did not allow (with that reason in words). */
export async function fetchAllowedFeed(url: string, validators?: Validators): Promise<FetchFeedResult> {
  if (!(await mayFetch(url))) return { ok: false, error: said('fetch.permissionRefused', { host: hostOf(url) }) };
  const settings = await readRefreshSettings();
  // A redirect is checked where it ends too: a granted site must not lead the worker to one that is not.
  return fetchFeed(url, { ...validators, timeoutMs: settings.timeoutSeconds * 1000, mayRead: mayFetch });
}

/** When each source is next refreshed: its due time, but never before the next alarm. */
export function nextRefreshAt(source: Source, intervalMs: number, nextAlarm: number | null): number | null {
  const due = nextDueAt(source.health, intervalMs);
  if (nextAlarm === null) return due;
  return due === null ? nextAlarm : Math.max(due, nextAlarm);
}

/**
 * Creates the service for a worker; `db` opens the database lazily. Writes the browser refuses for lack of space
 * go to `storageFull` (the options page shows the last one); a run that stores everything it fetched, and prunes,
 * clears it.
 */
export function createRefreshService(
  db: () => Promise<SidelightDb>,
  storageFull: StorageFullLog = workerStorageFullLog,
  hooks: {
    /**
     * The stories are final for this run (fetched and pruned): the worker brings the match index up to date and
     * saves it now, while it is awake anyway, so the next popup, in a worker started afresh, loads a current
     * index instead of catching up with the run (or rebuilding, when the run made more changes than the log keeps).
     */
    afterRun?: () => Promise<unknown>;
  } = {},
) {
  let runner: RefreshRunner | null = null;
  let runnerDb: SidelightDb | null = null;
  // A reopened database (the old connection closed under the worker) gets a runner of its own; the run itself
  // is persisted, so the new runner resumes it.
  const getRunner = async () => {
    const current = await db();
    if (runner && runnerDb === current) return runner;
    runnerDb = current;
    return (runner = newRunner(current));
  };
  const newRunner = (connection: SidelightDb) =>
    new RefreshRunner({
      db: connection,
      fetcher: fetchAllowedFeed,
      onRunActive: () => ensureResumeAlarm(),
      onStoreFailed: async (error) => void (await storageFull.note(error, 'stories')),
      onRunFinished: async (run) => {
        const settings = await readRefreshSettings();
        const policy = { maxAgeMs: settings.retentionDays * DAY_MS, maxStories: settings.maxStories };
        // Pruning is what frees space: a failure to prune is reported, never left to stop the rest of the finish.
        let pruned = true;
        try {
          await pruneStories(await db(), policy);
        } catch (error) {
          pruned = false;
          console.error('Sidelight: pruning old stories failed', error);
          await storageFull.note(error, 'pruning');
        }
        // Cleared only by a run that stored everything: the refusal on record came before this run started.
        const refused = await storageFull.read();
        if (pruned && refused !== null && refused.at < run.startedAt) await storageFull.clear();
        await clearResumeAlarm();
        await updateBadge();
        // Not awaited: the run is over for the reader (its notice, Refresh now) while the index catches up.
        void hooks.afterRun?.().catch((error: unknown) => {
          console.warn('Sidelight: the match index could not be brought up to date after the refresh.', error);
        });
      },
    });

  // The stories counted at a revision (every story write moves it): counting 100,000 of them took hundreds of ms,
  // and the options page asks for the status on every load and poll.
  let counted: { revision: number; count: number } | null = null;
  const storyCount = async (database: SidelightDb): Promise<number> => {
    const revision = await getRevision(database);
    if (counted?.revision === revision) return counted.count;
    const count = await countStories(database);
    // A write in between moved the revision on: the next call counts again.
    counted = { revision, count };
    return count;
  };

  const updateBadge = async () => updateFailureBadge(await listSources(await db()));

  /** Fetches these sources (joining a run going on). */
  const refreshSources = async (ids: readonly string[], reason: RefreshReason): Promise<RefreshRun | null> =>
    ids.length === 0 ? null : (await getRunner()).request(ids, reason);

  /** Every source not being fetched right now. */
  const notInFlight = async () => (await listSources(await db())).filter((s) => !isRefreshing(s));

  /** Refresh now: every source, parked ones included (the reader asked for them). */
  const refreshAll = async (): Promise<RefreshRun | null> => {
    const sources = await notInFlight();
    for (const s of sources)
      if ((s.health.unfinishedFetches ?? 0) > 0) await updateHealth(await db(), s.id, { unfinishedFetches: 0 });
    return refreshSources(
      sources.map((s) => s.id),
      'manual',
    );
  };

  /**
   * On worker start: clear flags a killed worker left, continue its run, keep the schedule, and fetch sources
   * never fetched that no run holds (a worker stopped between saving new sources and asking for their fetch).
   */
  const resume = async (): Promise<void> => {
    await ensureRefreshAlarm((await readRefreshSettings()).intervalMinutes);
    const run = await (await getRunner()).resume();
    const held = new Set(run?.sourceIds ?? []);
    const orphans = (await listSources(await db())).filter(
      (s) => s.health.lastFetchedAt === null && !held.has(s.id) && !isRefreshing(s),
    );
    if (orphans.length > 0)
      await refreshSources(
        orphans.map((s) => s.id),
        'import',
      );
    else if (!run) await clearResumeAlarm();
  };

  return {
    refreshSources,
    updateBadge,
    /** **Refresh now**: every source, whatever its schedule. */
    refreshAll,
    /** On worker start (see resume above; measured as `sidelight:resume`). */
    resume: (): Promise<void> => timed('resume', resume),
    /** The scheduled refresh: sources that are due (failing ones back off). */
    async refreshDue(): Promise<RefreshRun | null> {
      const intervalMs = (await readRefreshSettings()).intervalMinutes * 60_000;
      const now = Date.now();
      const due = (await notInFlight()).filter((s) => isDue(s.health, now, intervalMs));
      return refreshSources(
        due.map((s) => s.id),
        'schedule',
      );
    },
    async status(): Promise<RefreshStatus> {
      const database = await db();
      const sources = await listSources(database);
      return {
        run: progressOf(await getRun(database)),
        storyCount: await storyCount(database),
        sourceCount: sources.length,
        failing: failingSources(sources).length,
        nextScheduledAt: await nextScheduledRefresh(),
        storageFull: await storageFull.read(),
      };
    },
    /** Each source's next refresh time, for the options page. */
    async nextRefreshTimes(sources: readonly Source[]): Promise<Map<string, number | null>> {
      const intervalMs = (await readRefreshSettings()).intervalMinutes * 60_000;
      const alarm = await nextScheduledRefresh();
      return new Map(sources.map((s) => [s.id, nextRefreshAt(s, intervalMs, alarm)]));
    },
  };
}

/** The worker's refresh service. */
export type RefreshService = ReturnType<typeof createRefreshService>;
