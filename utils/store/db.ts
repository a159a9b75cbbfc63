import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { believableDate } from '../feeds/parse-date';
import type { SavedPart } from '../match/saved-parts';
import type { RefreshRun } from '../refresh/refresh-run';
import type { Source, SourceHealth, Story } from '../types';

/** Name of Sidelight's IndexedDB database. */
export const DB_NAME = 'sidelight';
/**
 * Schema version. Bump it and add a step to `upgrade` for every change; never edit a released step.
 * v1: sources, stories (by published time, by source), meta (revision counter).
 * v2: refreshRuns (the persisted refresh run, so a killed worker resumes it); sources gain
 *     `health.consecutiveFailures`, `health.etag`, `health.lastModified`; storyChanges (which stories each
 *     revision added, changed or removed) and matchIndex (the persisted match index).
 * v3: stories gain `ownerId`, the source whose text they show (filled in with their first carrier), so a later
 *     feed carrying the same link can no longer re-headline another outlet's story; stories dated more than a
 *     day after Sidelight first stored them take that time instead, flagged as undated (as new ones now do).
 */
export const DB_VERSION = 3;

/** What one revision of the stories changed: lets the match index catch up without a rebuild. */
export interface StoryChange {
  revision: number;
  /** Stories added or changed. */
  upserted: string[];
  /** Stories removed. */
  deleted: string[];
}

/** The IndexedDB schema, typed for idb. */
export interface SidelightSchema extends DBSchema {
  sources: { key: string; value: Source };
  stories: {
    key: string;
    value: Story;
    indexes: { byPublished: number; bySource: string };
  };
  /** Small values: `revision` counts story changes so in-memory caches (the match index) know when to rebuild. */
  meta: { key: string; value: number };
  /** The current (or last finished) refresh run, under the key `RUN_KEY`. */
  refreshRuns: { key: string; value: RefreshRun };
  /** One record per story revision (the recent ones), keyed by revision. */
  storyChanges: { key: number; value: StoryChange };
  /** The match index, saved in parts (`utils/match/saved-parts.ts`): a head and its chunks, by key. */
  matchIndex: { key: string; value: SavedPart };
}

/** An open Sidelight database. */
export type SidelightDb = IDBPDatabase<SidelightSchema>;

/**
 * Opens (creating or upgrading) the database. Uses the global `indexedDB`: the real one in the extension,
 * fake-indexeddb in Node tests.
 */
export function openSidelightDb(name = DB_NAME, events: { onClosed?: () => void } = {}): Promise<SidelightDb> {
  let db: SidelightDb | null = null;
  const opening = openDB<SidelightSchema>(name, DB_VERSION, {
    // Another connection wants to upgrade or delete the database: step aside, and let the owner reopen.
    blocking() {
      db?.close();
      events.onClosed?.();
    },
    // The browser closed it (storage cleared, disk error).
    terminated() {
      events.onClosed?.();
    },
    async upgrade(upgrading, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        upgrading.createObjectStore('sources', { keyPath: 'id' });
        const stories = upgrading.createObjectStore('stories', { keyPath: 'id' });
        stories.createIndex('byPublished', 'published');
        stories.createIndex('bySource', 'sourceIds', { multiEntry: true });
        upgrading.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        upgrading.createObjectStore('refreshRuns');
        // Sources saved by v1 lack the backoff counter and conditional-GET validators.
        let cursor = await transaction.objectStore('sources').openCursor();
        while (cursor) {
          const v1: Partial<SourceHealth> = cursor.value.health;
          const health: SourceHealth = {
            ...cursor.value.health,
            consecutiveFailures: v1.consecutiveFailures ?? 0,
            etag: v1.etag ?? null,
            lastModified: v1.lastModified ?? null,
          };
          await cursor.update({ ...cursor.value, health });
          cursor = await cursor.continue();
        }
        // Stories stay as they are: the match index is rebuilt once from them, then kept.
        upgrading.createObjectStore('storyChanges', { keyPath: 'revision' });
        upgrading.createObjectStore('matchIndex');
      }
      if (oldVersion < 3) {
        // Until v3 the last feed to carry a link wrote its text; the first carrier is the best owner known.
        // Dates from the future were kept as given, so they escaped retention; they become the first-seen time.
        let cursor = await transaction.objectStore('stories').openCursor();
        while (cursor) {
          const story = cursor.value;
          const owner = story.ownerId ?? story.sourceIds[0];
          const future = believableDate(story.published, story.firstSeen) === null;
          if (owner !== story.ownerId || future) {
            const redated = future ? { published: story.firstSeen, dateIsFetchTime: true } : {};
            await cursor.update({ ...story, ...redated, ...(owner !== undefined ? { ownerId: owner } : {}) });
          }
          cursor = await cursor.continue();
        }
      }
    },
  });
  return opening.then((opened) => (db = opened));
}

/**
 * The database for a long-lived context (the worker), opened on first use and opened again after the open
 * failed or the connection was closed under it: a failure is never cached for the worker's lifetime.
 */
export function lazyDb(open: typeof openSidelightDb = openSidelightDb, name = DB_NAME): () => Promise<SidelightDb> {
  let current: Promise<SidelightDb> | null = null;
  return () => {
    if (current) return current;
    const attempt = open(name, {
      onClosed: () => {
        if (current === attempt) current = null;
      },
    }).catch((error: unknown) => {
      if (current === attempt) current = null;
      throw error;
    });
    current = attempt;
    return attempt;
  };
}

/** Current story revision: changes whenever stories are added, changed or removed. */
export async function getRevision(db: SidelightDb): Promise<number> {
  return (await db.get('meta', 'revision')) ?? 0;
}
