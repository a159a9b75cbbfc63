import { openDB, type IDBPDatabase } from 'idb';

/** A database exactly as version 1 of Sidelight created it, for migration tests (close it before upgrading). */
export function openV1Database(name: string): Promise<IDBPDatabase> {
  return openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('sources', { keyPath: 'id' });
      const stories = db.createObjectStore('stories', { keyPath: 'id' });
      stories.createIndex('byPublished', 'published');
      stories.createIndex('bySource', 'sourceIds', { multiEntry: true });
      db.createObjectStore('meta');
    },
  });
}
