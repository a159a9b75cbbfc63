import { StoryIndex } from './match/inverted-index';
import { getRevision, type SidelightDb } from './store/db';
import { listStories } from './store/stories';
import type { Story } from './types';

/** A built index and the stories it covers, for one revision of the store. */
export interface IndexSnapshot {
  revision: number;
  index: StoryIndex;
  stories: Map<string, Story>;
}

/**
 * Keeps the match index for the current store revision. It is only a cache: the stories live in IndexedDB,
 * and a fresh service worker rebuilds the index on first use (MV3 may kill the worker at any time).
 */
export class IndexCache {
  private snapshot: IndexSnapshot | null = null;
  private building: Promise<IndexSnapshot> | null = null;

  constructor(private readonly db: SidelightDb) {}

  /** The index for the store as it is now, rebuilt when stories changed since the last call. */
  async get(): Promise<IndexSnapshot> {
    const revision = await getRevision(this.db);
    if (this.snapshot?.revision === revision) return this.snapshot;
    // Concurrent callers share one rebuild.
    this.building ??= this.build(revision).finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async build(revision: number): Promise<IndexSnapshot> {
    const all = await listStories(this.db);
    const index = new StoryIndex();
    const stories = new Map<string, Story>();
    for (const story of all) {
      // A fetch time is not a publication date: the matcher must not read time agreement into it.
      index.add(story.dateIsFetchTime ? { ...story, published: null } : story);
      stories.set(story.id, story);
    }
    this.snapshot = { revision, index, stories };
    return this.snapshot;
  }
}
