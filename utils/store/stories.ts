import { normalizeUrl } from '../feeds/normalize-url';
import { believableDate } from '../feeds/parse-date';
import { hostOf } from '../format/urls';
import type { FeedItem, Source, Story } from '../types';
import { atomically } from './atomic';
import { recordStoryChange } from './changes';
import type { IDBPTransaction } from 'idb';
import type { SidelightDb, SidelightSchema } from './db';

/** What storing a fetch's items did. */
export interface UpsertSummary {
  added: number;
  updated: number;
  /** True when nothing was stored because the source no longer exists (`ifSourceExists`). */
  gone?: boolean;
}

/** Builds the stored form of a feed item the first time it is seen. */
export function storyFromItem(item: FeedItem, source: Source, id: string, now: number): Story {
  return {
    id,
    url: item.link,
    title: item.title,
    summary: item.summary,
    outlet: source.title,
    published: item.published ?? now,
    dateIsFetchTime: item.published === null,
    sourceIds: [source.id],
    ownerId: source.id,
    image: item.image,
    firstSeen: now,
  };
}

/** The source whose text a stored story shows: its recorded owner, or for older hand-made stories its first carrier. */
export function storyOwner(story: Story): string | undefined {
  return story.ownerId ?? story.sourceIds[0];
}

/**
 * True when a feed is served from the story link's own host (ignoring "www."): the outlet itself, whose word on
 * its own story's headline counts over an aggregator's or another outlet's copy. The feed's self-declared homepage
 * is not trusted for this: any feed can claim any homepage.
 */
export function feedIsOnLinkHost(feedUrl: string, link: string): boolean {
  const feedHost = hostOf(feedUrl).toLowerCase();
  const linkHost = hostOf(link).toLowerCase();
  return feedHost !== '' && feedHost === linkHost;
}

/**
 * Merges a fresh copy of an item into a stored story; returns null when nothing changed. Only the story's owner,
 * or a source on the link's own host (which then becomes the owner), may change its text; any other feed
 * carrying the same link is only recorded as a carrier, so a feed cannot re-headline another outlet's story.
 */
function mergeStory(stored: Story, item: FeedItem, source: Source): Story | null {
  const sourceIds = stored.sourceIds.includes(source.id) ? stored.sourceIds : [...stored.sourceIds, source.id];
  const owner = storyOwner(stored);
  const isOwner = owner === source.id;
  // A source id is its feed URL, so the owner's host is known even after that source was removed.
  const takesOver =
    !isOwner &&
    feedIsOnLinkHost(source.feedUrl, stored.url) &&
    (owner === undefined || !feedIsOnLinkHost(owner, stored.url));
  if (!isOwner && !takesOver) {
    if (sourceIds.length === stored.sourceIds.length && stored.ownerId !== undefined) return null;
    return { ...stored, sourceIds, ownerId: owner };
  }
  // A story first stored without a date takes the date a later fetch gives it.
  const published = stored.dateIsFetchTime && item.published !== null ? item.published : stored.published;
  const merged: Story = {
    ...stored,
    title: item.title || stored.title,
    summary: item.summary || stored.summary,
    image: item.image ?? stored.image,
    published,
    dateIsFetchTime: stored.dateIsFetchTime && item.published === null,
    sourceIds,
    ownerId: source.id,
    outlet: takesOver ? source.title : stored.outlet,
  };
  const changed =
    merged.title !== stored.title ||
    merged.summary !== stored.summary ||
    merged.image !== stored.image ||
    merged.published !== stored.published ||
    merged.outlet !== stored.outlet ||
    merged.ownerId !== stored.ownerId ||
    merged.sourceIds.length !== stored.sourceIds.length;
  return changed ? merged : null;
}

/**
 * Stores a fetch's items for a source in one transaction, keyed by normalised URL: a story several feeds
 * carry is stored once with every feed recorded, its text from its owner (see `mergeStory`). Bumps the
 * revision when anything changed. With `ifSourceExists` (a refresh), stores nothing when the source is gone
 * (removed while it was being fetched), checked in the same transaction, so no story outlives its only source.
 * With `saveSource`, the source itself is written in that transaction too: a new source and its first stories
 * are saved together or not at all (else a failure in between leaves a source whose next fetch is a 304 and
 * whose stories never come).
 */
export async function upsertStories(
  db: SidelightDb,
  source: Source,
  items: readonly FeedItem[],
  now = Date.now(),
  options: { saveSource?: boolean; ifSourceExists?: boolean } = {},
): Promise<UpsertSummary> {
  const tx = db.transaction(['sources', 'stories', 'meta', 'storyChanges'], 'readwrite');
  return atomically(tx, () => upsertIn(tx, source, items, now, options));
}

async function upsertIn(
  tx: IDBPTransaction<SidelightSchema, ('sources' | 'stories' | 'meta' | 'storyChanges')[], 'readwrite'>,
  source: Source,
  items: readonly FeedItem[],
  now: number,
  options: { saveSource?: boolean; ifSourceExists?: boolean },
): Promise<UpsertSummary> {
  const summary: UpsertSummary = { added: 0, updated: 0 };
  if (options.saveSource) await tx.objectStore('sources').put(source);
  else if (options.ifSourceExists && !(await tx.objectStore('sources').get(source.id)))
    return { ...summary, gone: true };
  const stories = tx.objectStore('stories');
  const seen = new Set<string>();
  const changed: string[] = [];
  for (const fetched of items) {
    // A date more than a day ahead counts as none: it would never age out (see believableDate).
    const item = { ...fetched, published: believableDate(fetched.published, now) };
    const id = normalizeUrl(item.link);
    if (seen.has(id)) continue; // the same link twice in one feed
    seen.add(id);
    const stored = await stories.get(id);
    if (!stored) {
      await stories.put(storyFromItem(item, source, id, now));
      summary.added++;
      changed.push(id);
      continue;
    }
    const merged = mergeStory(stored, item, source);
    if (merged) {
      await stories.put(merged);
      summary.updated++;
      changed.push(id);
    }
  }
  if (changed.length > 0) await recordStoryChange(tx, changed, []);
  return summary;
}

/**
 * Whether a stored record has the shape of a story (what the matcher reads of it): a damaged or foreign record
 * must not make every index rebuild fail.
 */
export function isStoredStory(value: unknown): value is Story {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Partial<Story>;
  return (
    typeof s.id === 'string' &&
    typeof s.url === 'string' &&
    typeof s.title === 'string' &&
    typeof s.summary === 'string' &&
    typeof s.outlet === 'string' &&
    typeof s.published === 'number' &&
    Number.isFinite(s.published) &&
    typeof s.dateIsFetchTime === 'boolean' &&
    Array.isArray(s.sourceIds) &&
    s.sourceIds.every((id) => typeof id === 'string')
  );
}

/** Deletes these stories in one transaction, logged as a story change. */
export async function deleteStories(db: SidelightDb, ids: readonly string[]): Promise<void> {
  const tx = db.transaction(['stories', 'meta', 'storyChanges'], 'readwrite');
  await atomically(tx, async () => {
    for (const id of ids) await tx.objectStore('stories').delete(id);
    await recordStoryChange(tx, [], [...ids]);
  });
}

/** Every stored story. */
export function listStories(db: SidelightDb): Promise<Story[]> {
  return db.getAll('stories');
}

/** How many stored stories each source carried, by source id. */
export async function countStoriesBySource(
  db: SidelightDb,
  sourceIds: readonly string[],
): Promise<Map<string, number>> {
  const tx = db.transaction('stories');
  const index = tx.store.index('bySource');
  const counts = new Map<string, number>();
  for (const id of sourceIds) counts.set(id, await index.count(IDBKeyRange.only(id)));
  await tx.done;
  return counts;
}

/**
 * The stored stories with these ids (missing ones are left out), in one transaction. The reads are issued at
 * once, not one after another: each awaited read would wait for the one before it.
 */
export async function getStories(db: SidelightDb, ids: Iterable<string>): Promise<Story[]> {
  const tx = db.transaction('stories');
  const [stories] = await Promise.all([Promise.all([...ids].map((id) => tx.store.get(id))), tx.done]);
  return stories.filter((story): story is Story => story !== undefined);
}

/** Total stored stories. */
export function countStories(db: SidelightDb): Promise<number> {
  return db.count('stories');
}
