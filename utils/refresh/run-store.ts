/**
 * Reading and writing the persisted refresh run. Each change is one IndexedDB transaction, and a source's
 * outcome is written together with its "done" mark, so a worker killed at any point leaves either the old
 * state or the new one, never half of each.
 */
import type { SidelightDb } from '../store/db';
import type { Source, SourceHealth } from '../types';
import { markDone, mergeIntoRun, RUN_KEY, pendingSourceIds, type RefreshReason, type RefreshRun } from './refresh-run';

/** The current run (going on or finished), or undefined before the first one. */
export function getRun(db: SidelightDb): Promise<RefreshRun | undefined> {
  return db.get('refreshRuns', RUN_KEY);
}

/** Adds sources to the unfinished run, or starts a new run with them. Returns the run as stored. */
export async function requestRun(
  db: SidelightDb,
  sourceIds: readonly string[],
  reason: RefreshReason,
  now: number,
): Promise<RefreshRun> {
  const tx = db.transaction('refreshRuns', 'readwrite');
  const run = mergeIntoRun(await tx.store.get(RUN_KEY), sourceIds, reason, now);
  await tx.store.put(run, RUN_KEY);
  await tx.done;
  return run;
}

/**
 * Records what fetching one source did, and marks it done in the run, in one transaction. A source removed
 * meanwhile is only marked done. Returns false in that case.
 */
export async function recordSourceOutcome(
  db: SidelightDb,
  sourceId: string,
  change: Partial<SourceHealth>,
  extra: Partial<Pick<Source, 'title' | 'homepage'>>,
  failed: boolean,
): Promise<boolean> {
  const tx = db.transaction(['sources', 'refreshRuns'], 'readwrite');
  const sources = tx.objectStore('sources');
  const runs = tx.objectStore('refreshRuns');
  const current = await sources.get(sourceId);
  if (current) await sources.put({ ...current, ...extra, health: { ...current.health, ...change } });
  const run = await runs.get(RUN_KEY);
  if (run && run.finishedAt === null) await runs.put(markDone(run, sourceId, failed && current !== undefined), RUN_KEY);
  await tx.done;
  return current !== undefined;
}

/**
 * Closes the run when every source in it is done. Checked inside the transaction, so a source added by a
 * request a moment earlier keeps it open. Returns the finished run, or null when it is not finished.
 */
export async function finishRunIfDone(db: SidelightDb, now: number): Promise<RefreshRun | null> {
  const tx = db.transaction('refreshRuns', 'readwrite');
  const run = await tx.store.get(RUN_KEY);
  if (!run || run.finishedAt !== null || pendingSourceIds(run).length > 0) {
    await tx.done;
    return null;
  }
  const finished = { ...run, finishedAt: now };
  await tx.store.put(finished, RUN_KEY);
  await tx.done;
  return finished;
}

/**
 * Clears every source's "refreshing" flag. Called when a worker starts: nothing can be in flight in a fresh
 * worker, so any flag was left by one that was killed. Returns how many were cleared. The sources are read
 * first without locking them: a read-write walk over every source (one round trip each) at each start of the
 * worker held the popup's first read of the sources behind it (0.4 s at 500 sources in a cold worker), to find
 * no flag almost every time.
 */
export async function clearRefreshingFlags(db: SidelightDb): Promise<number> {
  const flagged = (await db.getAll('sources')).filter((s) => s.health.refreshingSince !== null).map((s) => s.id);
  if (flagged.length === 0) return 0;
  const tx = db.transaction('sources', 'readwrite');
  let cleared = 0;
  for (const id of flagged) {
    const source = await tx.store.get(id);
    if (!source || source.health.refreshingSince === null) continue;
    await tx.store.put({ ...source, health: { ...source.health, refreshingSince: null } });
    cleared++;
  }
  await tx.done;
  return cleared;
}
