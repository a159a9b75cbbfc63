import { openDB, type IDBPDatabase } from 'idb';
import { openV1Database } from './v1-database';

/** A database exactly as version 2 of Sidelight left it, for migration tests (close it before upgrading). */
export async function openV2Database(name: string): Promise<IDBPDatabase> {
  (await openV1Database(name)).close();
  return openDB(name, 2, {
    upgrade(db) {
      db.createObjectStore('refreshRuns');
      db.createObjectStore('storyChanges', { keyPath: 'revision' });
      db.createObjectStore('matchIndex');
    },
  });
}
