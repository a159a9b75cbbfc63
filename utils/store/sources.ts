import type { OutletFacts, Source, SourceHealth } from '../types';
import { atomically } from './atomic';
import { faultPoint } from './fault-points';
import { recordStoryChange } from './changes';
import type { SidelightDb } from './db';

/** Health of a source that has never been fetched. */
export const NEW_SOURCE_HEALTH: SourceHealth = {
  lastFetchedAt: null,
  lastSuccessAt: null,
  itemsInLastFetch: 0,
  lastError: null,
  refreshingSince: null,
  consecutiveFailures: 0,
  etag: null,
  lastModified: null,
};

/** All sources, oldest first. */
export async function listSources(db: SidelightDb): Promise<Source[]> {
  const sources = await db.getAll('sources');
  return sources.sort((a, b) => a.addedAt - b.addedAt);
}

/** Adds or replaces a source. */
export async function putSource(db: SidelightDb, source: Source): Promise<void> {
  await db.put('sources', source);
}

/** One source, or undefined. */
export function getSource(db: SidelightDb, id: string): Promise<Source | undefined> {
  return db.get('sources', id);
}

/**
 * Updates a source's health in one transaction, so concurrent refreshes of other sources never overwrite it.
 * Returns false when the source no longer exists (removed while it was being fetched).
 */
export async function updateHealth(
  db: SidelightDb,
  id: string,
  change: Partial<SourceHealth>,
  extra: Partial<Pick<Source, 'title' | 'homepage'>> = {},
): Promise<boolean> {
  const tx = db.transaction('sources', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) {
    await tx.done;
    return false;
  }
  await tx.store.put({ ...current, ...extra, health: { ...current.health, ...change } });
  await tx.done;
  return true;
}

/**
 * Sets (or, with null, removes) the outlet facts of a source in one transaction, so a refresh updating its health
 * at the same moment keeps both changes. Returns the updated source, or null when it no longer exists.
 */
export async function setSourceOutlet(db: SidelightDb, id: string, outlet: OutletFacts | null): Promise<Source | null> {
  const tx = db.transaction('sources', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) {
    await tx.done;
    return null;
  }
  const { outlet: _old, ...rest } = current;
  const updated: Source = outlet ? { ...rest, outlet } : rest;
  await tx.store.put(updated);
  await tx.done;
  return updated;
}

/**
 * Removes a source and the stories only it carried; stories other sources also carried stay, without it.
 * Returns how many stories were deleted.
 */
export async function deleteSource(db: SidelightDb, id: string): Promise<number> {
  const tx = db.transaction(['sources', 'stories', 'meta', 'storyChanges'], 'readwrite');
  return atomically(tx, async () => {
    await tx.objectStore('sources').delete(id);
    const stories = tx.objectStore('stories');
    let deleted = 0;
    const removed: string[] = [];
    const kept: string[] = [];
    let cursor = await stories.index('bySource').openCursor(IDBKeyRange.only(id));
    while (cursor) {
      const story = cursor.value;
      const rest = story.sourceIds.filter((s) => s !== id);
      if (rest.length === 0) {
        await cursor.delete();
        deleted++;
        removed.push(story.id);
      } else {
        await cursor.update({ ...story, sourceIds: rest });
        kept.push(story.id);
      }
      cursor = await cursor.continue();
    }
    await faultPoint('remove-source:in-transaction', () => tx.objectStore('meta').get('revision'));
    await recordStoryChange(tx, kept, removed);
    return deleted;
  });
}
