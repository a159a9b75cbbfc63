/**
 * Works through the persisted refresh run, at most `concurrency` feeds at once. All state that matters is in
 * IndexedDB (the run, each source's health), so a new worker picks up a run a killed one left unfinished;
 * what lives in memory here is only which fetches this worker has in flight.
 */
import { said } from '../said';
import type { SidelightDb } from '../store/db';
import { isQuotaError } from '../store/quota';
import type { FeedFetcher } from './fetch-types';
import { pendingSourceIds, type RefreshReason, type RefreshRun } from './refresh-run';
import { refreshSourceOfRun } from './refresh-source';
import { clearRefreshingFlags, finishRunIfDone, getRun, recordSourceOutcome, requestRun } from './run-store';

/** At most this many feeds are fetched at once. */
export const MAX_CONCURRENT_FETCHES = 4;

/** What the runner needs from its host. */
export interface RefreshRunnerOptions {
  db: SidelightDb;
  fetcher: FeedFetcher;
  concurrency?: number;
  now?: () => number;
  /** A run started or resumed (the worker sets a wake-up alarm, in case it is killed). */
  onRunActive?: (run: RefreshRun) => Promise<void> | void;
  /** A source finished (the options page polls; hooks can update a badge). */
  onSourceDone?: () => Promise<void> | void;
  /** Storing a source's stories threw (the error is also recorded on the source, in words). */
  onStoreFailed?: (error: unknown) => Promise<void> | void;
  /** The run finished (retention, badge, clearing the wake-up alarm). */
  onRunFinished?: (run: RefreshRun) => Promise<void> | void;
}

/** Drives refresh runs for one worker's lifetime. */
export class RefreshRunner {
  private readonly inFlight = new Set<string>();
  /** Sources whose refresh threw (storage trouble): not retried by this worker, so a run cannot spin. */
  private readonly abandoned = new Set<string>();
  private workers = 0;
  private idleWaiters: (() => void)[] = [];
  private resuming: Promise<void> = Promise.resolve();
  private readonly concurrency: number;
  private readonly now: () => number;

  constructor(private readonly options: RefreshRunnerOptions) {
    this.concurrency = Math.max(1, options.concurrency ?? MAX_CONCURRENT_FETCHES);
    this.now = options.now ?? Date.now;
  }

  /** Adds sources to the current run (or starts one) and works on it. Returns the run as stored. */
  async request(sourceIds: readonly string[], reason: RefreshReason): Promise<RefreshRun> {
    await this.resuming;
    // Asked for again (Refresh now after space was freed): a new attempt, once, not a loop.
    for (const id of sourceIds) this.abandoned.delete(id);
    const run = await requestRun(this.options.db, sourceIds, reason, this.now());
    await this.options.onRunActive?.(run);
    this.spawn();
    return run;
  }

  /**
   * Call once when a worker starts: clears "refreshing" flags a killed worker left behind, and carries on
   * with an unfinished run. Returns that run, if any.
   */
  resume(): Promise<RefreshRun | undefined> {
    const resumed = this.resumeRun();
    // Requests wait for this, so a flag set by a new fetch is never cleared as if it were stale.
    this.resuming = resumed.then(
      () => undefined,
      () => undefined,
    );
    return resumed;
  }

  private async resumeRun(): Promise<RefreshRun | undefined> {
    await this.resuming;
    if (this.workers === 0) await clearRefreshingFlags(this.options.db);
    const run = await getRun(this.options.db);
    if (!run || run.finishedAt !== null) return undefined;
    await this.options.onRunActive?.(run);
    this.spawn();
    return run;
  }

  /** Whether this worker is fetching now. */
  get busy(): boolean {
    return this.workers > 0;
  }

  /** Resolves when this worker has nothing left to fetch. */
  idle(): Promise<void> {
    if (this.workers === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private spawn(): void {
    while (this.workers < this.concurrency) {
      this.workers++;
      void this.work().finally(() => void this.workerExited());
    }
  }

  private claimable(id: string): boolean {
    return !this.inFlight.has(id) && !this.abandoned.has(id);
  }

  /** Takes the next source nobody in this worker is fetching, or null when none is left. */
  private async claim(): Promise<string | null> {
    const run = await getRun(this.options.db);
    if (!run || run.finishedAt !== null) return null;
    // No await between choosing and claiming: the pool's other loops cannot take the same source.
    const next = pendingSourceIds(run).find((id) => this.claimable(id)) ?? null;
    if (next !== null) this.inFlight.add(next);
    return next;
  }

  private async work(): Promise<void> {
    for (let id = await this.claim(); id !== null; id = await this.claim()) {
      try {
        await refreshSourceOfRun(this.options.db, id, this.options.fetcher, { now: this.now });
      } catch (error) {
        // A storage failure (quota, a closed database): record it if possible, and never retry it in a loop.
        console.error('Sidelight: refreshing a source failed', id, error);
        this.abandoned.add(id);
        // Its validators are not saved, so the next fetch downloads these stories again rather than a 304.
        const change = {
          refreshingSince: null,
          lastFetchedAt: this.now(),
          lastError: isQuotaError(error)
            ? said('source.storeFull')
            : said('source.storeFailed', { detail: error instanceof Error ? error.message : String(error) }),
          unfinishedFetches: 0,
        };
        await recordSourceOutcome(this.options.db, id, change, {}, true).catch(() => false);
        await Promise.resolve(this.options.onStoreFailed?.(error)).catch(() => undefined);
      } finally {
        this.inFlight.delete(id);
      }
      await this.options.onSourceDone?.();
    }
  }

  private async workerExited(): Promise<void> {
    this.workers--;
    if (this.workers > 0) return;
    try {
      const finished = await finishRunIfDone(this.options.db, this.now());
      if (finished) this.abandoned.clear();
      if (finished) await this.options.onRunFinished?.(finished);
      else {
        // Sources were added while the last loop was ending: keep going.
        const run = await getRun(this.options.db);
        if (
          run &&
          run.finishedAt === null &&
          pendingSourceIds(run).some((id) => this.claimable(id)) &&
          this.workers === 0
        ) {
          this.spawn();
          return;
        }
      }
    } catch (error) {
      console.error('Sidelight: finishing a refresh run failed', error);
    }
    if (this.workers > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
