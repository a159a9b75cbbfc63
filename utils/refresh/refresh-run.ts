/**
 * A refresh run: the list of sources one refresh has to fetch and which of them are done, persisted in
 * IndexedDB so that a service worker killed halfway (MV3 does that at any moment) carries on where it
 * stopped when it wakes. Pure helpers here; reading and writing are in run-store.ts.
 */
import type { StorageFull } from '../store/quota';

/** Why a run started. */
export type RefreshReason = 'schedule' | 'manual' | 'import';

/** The persisted run. Version 1; a change of shape needs a new `schemaVersion` and a DB upgrade step. */
export interface RefreshRun {
  schemaVersion: 1;
  reason: RefreshReason;
  startedAt: number;
  /** Every source the run fetches, in order. */
  sourceIds: string[];
  /** Sources finished (fetched, failed, or removed meanwhile). */
  done: string[];
  /** Of those, the ones whose fetch failed. */
  failed: string[];
  /** When the last source finished; null while the run is going on. */
  finishedAt: number | null;
}

/** The key the one run is stored under: a new run replaces the finished one. */
export const RUN_KEY = 'current';

/** How a run is going, for the options page. */
export interface RefreshProgress {
  active: boolean;
  reason: RefreshReason;
  total: number;
  done: number;
  failed: number;
  startedAt: number;
  finishedAt: number | null;
}

/**
 * Adds sources to a run: to the unfinished one when there is one (sources already in it are not added
 * twice), else to a new run.
 */
export function mergeIntoRun(
  run: RefreshRun | undefined,
  sourceIds: readonly string[],
  reason: RefreshReason,
  now: number,
): RefreshRun {
  if (!run || run.finishedAt !== null) {
    return {
      schemaVersion: 1,
      reason,
      startedAt: now,
      sourceIds: [...new Set(sourceIds)],
      done: [],
      failed: [],
      finishedAt: null,
    };
  }
  const known = new Set(run.sourceIds);
  const added: string[] = [];
  for (const id of sourceIds) {
    if (known.has(id)) continue;
    known.add(id);
    added.push(id);
  }
  return added.length === 0 ? run : { ...run, sourceIds: [...run.sourceIds, ...added] };
}

/** Sources of the run still to fetch, in order. */
export function pendingSourceIds(run: RefreshRun): string[] {
  const done = new Set(run.done);
  return run.sourceIds.filter((id) => !done.has(id));
}

/** The run with one more source done. Marking a source twice changes nothing. */
export function markDone(run: RefreshRun, sourceId: string, failed: boolean): RefreshRun {
  if (run.done.includes(sourceId) || !run.sourceIds.includes(sourceId)) return run;
  return { ...run, done: [...run.done, sourceId], failed: failed ? [...run.failed, sourceId] : run.failed };
}

/** The run's progress, or null when there has been none. */
export function progressOf(run: RefreshRun | undefined): RefreshProgress | null {
  if (!run) return null;
  return {
    active: run.finishedAt === null,
    reason: run.reason,
    total: run.sourceIds.length,
    done: run.done.length,
    failed: run.failed.length,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
  };
}

/** The refresh state the options page shows. */
export interface RefreshStatus {
  /** The current or last run, or null before the first. */
  run: RefreshProgress | null;
  storyCount: number;
  sourceCount: number;
  /** Sources whose last fetch failed. */
  failing: number;
  /** When the schedule next refreshes (epoch ms), or null. */
  nextScheduledAt: number | null;
  /** The last write the browser refused for lack of space, until a refresh stores everything again. */
  storageFull?: StorageFull | null;
}
