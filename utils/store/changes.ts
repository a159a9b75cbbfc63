/**
 * The story revision and its change log. Every write that adds, changes or removes stories bumps the
 * revision and records which ids it touched, in the same transaction; the match index reads the log to
 * catch up with a refresh instead of rebuilding 100,000 stories.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { SidelightDb, SidelightSchema, StoryChange } from './db';

/** Revisions kept in the log: a cache further behind than this rebuilds (a rare, cold start). */
export const CHANGE_LOG_KEEP = 500;

/** A read-write transaction that covers the revision and the log (and any other stores). */
type ChangeTx<Other extends StoreNames<SidelightSchema>> = IDBPTransaction<
  SidelightSchema,
  (Other | 'meta' | 'storyChanges')[],
  'readwrite'
>;

/** Bumps the revision and logs the change; returns the new revision. Call inside the writing transaction. */
export async function recordStoryChange<Other extends StoreNames<SidelightSchema>>(
  tx: ChangeTx<Other>,
  upserted: Iterable<string>,
  deleted: Iterable<string>,
): Promise<number> {
  const meta = tx.objectStore('meta');
  const revision = ((await meta.get('revision')) ?? 0) + 1;
  await meta.put(revision, 'revision');
  const log = tx.objectStore('storyChanges');
  await log.put({ revision, upserted: [...upserted], deleted: [...deleted] });
  // Old entries go: nobody needs more history than CHANGE_LOG_KEEP revisions.
  if (revision > CHANGE_LOG_KEEP) await log.delete(IDBKeyRange.upperBound(revision - CHANGE_LOG_KEEP));
  return revision;
}

/**
 * The changes after `since` up to `until`, oldest first; null when the log does not reach back that far (or
 * a writer skipped it), so the caller must rebuild.
 */
export async function changesBetween(db: SidelightDb, since: number, until: number): Promise<StoryChange[] | null> {
  if (until < since) return null;
  if (until === since) return [];
  const changes = await db.getAll('storyChanges', IDBKeyRange.bound(since, until, true, false));
  return changes.length === until - since ? changes : null;
}
