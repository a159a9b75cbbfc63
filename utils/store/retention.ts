/**
 * Retention: stories older than the age limit go, then the oldest beyond the count limit, so the store
 * stays bounded however many feeds a person follows. "Oldest" is by publication time; a story is also kept
 * for the age limit after Sidelight first stored it, so an old item a feed still carries (an anniversary
 * piece, a feed that lists its archive) is not deleted and fetched back on every refresh.
 */
import { MAX_FUTURE_MS } from '../feeds/parse-date';
import { atomically } from './atomic';
import { faultPoint } from './fault-points';
import { recordStoryChange } from './changes';
import type { SidelightDb } from './db';

/** How long and how many stories are kept. */
export interface RetentionPolicy {
  /** Stories published, and first stored, longer ago than this are deleted. */
  maxAgeMs: number;
  /** At most this many stories are kept; the oldest go first. */
  maxStories: number;
}

/** What a pruning pass deleted. */
export interface PruneSummary {
  tooOld: number;
  overLimit: number;
}

/**
 * Deletes stories outside the policy, oldest first, in one transaction, and logs the deletions as a story
 * change (bumping the revision) so the match index drops them.
 */
export async function pruneStories(db: SidelightDb, policy: RetentionPolicy, now = Date.now()): Promise<PruneSummary> {
  const tx = db.transaction(['stories', 'meta', 'storyChanges'], 'readwrite');
  return atomically(tx, async () => {
    const deleted: string[] = [];
    const byPublished = tx.objectStore('stories').index('byPublished');
    const summary: PruneSummary = { tooOld: 0, overLimit: 0 };

    // Dates more than a day ahead are refused when stored, so any left here came from a clock set back since:
    // dated so, they would never age out and would push real stories out first. They take the time Sidelight
    // first stored them (or now, if that too is ahead), flagged as not the feed's own date.
    const redated: string[] = [];
    let ahead = await byPublished.openCursor(IDBKeyRange.lowerBound(now + MAX_FUTURE_MS, true));
    while (ahead) {
      const story = ahead.value;
      await ahead.update({ ...story, published: Math.min(story.firstSeen, now), dateIsFetchTime: true });
      redated.push(story.id);
      ahead = await ahead.continue();
    }

    const cutoff = now - policy.maxAgeMs;
    let cursor = await byPublished.openCursor(IDBKeyRange.upperBound(cutoff, true));
    while (cursor) {
      if (cursor.value.firstSeen < cutoff) {
        deleted.push(cursor.value.id);
        await cursor.delete();
        summary.tooOld++;
      }
      cursor = await cursor.continue();
    }

    let excess = (await tx.objectStore('stories').count()) - Math.max(0, policy.maxStories);
    cursor = excess > 0 ? await byPublished.openCursor() : null;
    while (cursor && excess > 0) {
      deleted.push(cursor.value.id);
      await cursor.delete();
      summary.overLimit++;
      excess--;
      cursor = await cursor.continue();
    }

    // Logged like every story write, so the match index drops just these instead of rebuilding.
    await faultPoint('prune:in-transaction', () => tx.objectStore('meta').get('revision'));
    const kept = redated.filter((id) => !deleted.includes(id));
    if (deleted.length > 0 || kept.length > 0) await recordStoryChange(tx, kept, deleted);
    return summary;
  });
}
