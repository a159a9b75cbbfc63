import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PersistedIndex } from '../match/persist';
import type { Source, Story } from '../types';

/** Name of Sidelight's IndexedDB database. */
export const DB_NAME = 'sidelight';
/**
 * Schema version. Bump it and add a step to `upgrade` for every change; never edit a released step.
 * v1: sources, stories (by published time, by source), meta (revision counter).
 * v2: storyChanges (which stories each revision added, changed or removed), matchIndex (the persisted index).
 */
export const DB_VERSION = 2;

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
  /** One record per story revision (the recent ones), keyed by revision. */
  storyChanges: { key: number; value: StoryChange };
  /** The match index, serialised (`utils/match/persist.ts`); key "stories". */
  matchIndex: { key: string; value: PersistedIndex };
}

/** An open Sidelight database. */
export type SidelightDb = IDBPDatabase<SidelightSchema>;

/**
 * Opens (creating or upgrading) the database. Uses the global `indexedDB`: the real one in the extension,
 * fake-indexeddb in Node tests.
 */
export function openSidelightDb(name = DB_NAME): Promise<SidelightDb> {
  return openDB<SidelightSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('sources', { keyPath: 'id' });
        const stories = db.createObjectStore('stories', { keyPath: 'id' });
        stories.createIndex('byPublished', 'published');
        stories.createIndex('bySource', 'sourceIds', { multiEntry: true });
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        // Stories and sources stay as they are: the index is rebuilt once from them, then kept.
        db.createObjectStore('storyChanges', { keyPath: 'revision' });
        db.createObjectStore('matchIndex');
      }
    },
  });
}

/** Current story revision: changes whenever stories are added, changed or removed. */
export async function getRevision(db: SidelightDb): Promise<number> {
  return (await db.get('meta', 'revision')) ?? 0;
}
