import type { SidelightDb } from '../store/db';
import { getStories, isStoredStory } from '../store/stories';
import type { Story } from '../types';

/**
 * The stored stories behind an index snapshot, read from the store only when asked for and then kept. A worker
 * that loads the saved index answers from it without reading the stories (listing 100,000 of them out of
 * IndexedDB took seconds, longer than everything else a cold popup does): it reads the few it shows.
 */
export class StoryLookup {
  constructor(
    private readonly db: SidelightDb,
    /** Stories already read (a rebuild has them all). */
    private readonly known = new Map<string, Story>(),
  ) {}

  /** A story already read, without reading the store. */
  kept(id: string): Story | undefined {
    return this.known.get(id);
  }

  /** Keeps a story as it now is in the store (the index cache calls it for each story it caught up with). */
  set(story: Story): void {
    this.known.set(story.id, story);
  }

  /** Forgets a story removed from the store. */
  delete(id: string): void {
    this.known.delete(id);
  }

  /** These stories by id, read in one transaction where not kept; missing or damaged ones are left out. */
  async get(ids: Iterable<string>): Promise<Map<string, Story>> {
    const found = new Map<string, Story>();
    const missing: string[] = [];
    for (const id of ids) {
      const story = this.known.get(id);
      if (story) found.set(id, story);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    for (const story of await getStories(this.db, missing)) {
      if (!isStoredStory(story)) continue;
      this.known.set(story.id, story);
      found.set(story.id, story);
    }
    return found;
  }
}
