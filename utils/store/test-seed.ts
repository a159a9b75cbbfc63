/**
 * Test builds only: `self.sidelightSeed(feeds)` in the worker stores sources and their items through the
 * store's own code (the same transaction a first fetch uses), so the scale bench can fill the store with
 * 100,000 stories in seconds instead of fetching 500 feeds for a quarter of an hour. Production builds replace
 * `import.meta.env.MODE` at build time and drop it.
 */
import type { FeedItem, Source } from '../types';
import type { SidelightDb } from './db';
import { NEW_SOURCE_HEALTH } from './sources';
import { upsertStories } from './stories';

/** One feed to store as a source that has just been fetched. */
export interface SeedFeed {
  feedUrl: string;
  title: string;
  items: FeedItem[];
}

/**
 * Installs `self.sidelightSeed` (resolves to the stories added) and `self.sidelightSettleIndex`, which does what
 * a refresh run's end does (`settle`: the match index brought up to date and saved), so the bench measures the
 * popup against a store as a refresh leaves it rather than during the first catch-up with 100,000 stories.
 */
export function installTestSeed(db: () => Promise<SidelightDb>, settle: () => Promise<unknown>): void {
  if (import.meta.env.MODE !== 'test') return;
  (globalThis as { sidelightSettleIndex?: () => Promise<unknown> }).sidelightSettleIndex = settle;
  (globalThis as { sidelightSeed?: (feeds: SeedFeed[]) => Promise<number> }).sidelightSeed = async (feeds) => {
    const database = await db();
    let added = 0;
    for (const feed of feeds) {
      const now = Date.now();
      const source: Source = {
        id: feed.feedUrl,
        feedUrl: feed.feedUrl,
        title: feed.title,
        homepage: null,
        addedAt: now,
        // Fetched just now, so the schedule leaves it alone for the bench's few minutes.
        health: { ...NEW_SOURCE_HEALTH, lastFetchedAt: now, lastSuccessAt: now, itemsInLastFetch: feed.items.length },
      };
      added += (await upsertStories(database, source, feed.items, now, { saveSource: true })).added;
    }
    return added;
  };
}
