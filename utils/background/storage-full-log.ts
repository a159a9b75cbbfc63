/**
 * Remembers the last write the browser refused for lack of space, so the options page can say so. Kept in
 * session storage (in memory, shared by every worker of this browser session), not in IndexedDB or
 * `storage.local`: those are what is full.
 */
import { isQuotaError, isStorageFull, type StorageFull, type StorageWrite } from '../store/quota';
import type { KeyValueArea } from './context-cache';
import { sessionArea } from './session-area';

const KEY = 'storageFull';

/** The log of refused writes. Every method swallows its own failures: reporting must never fail the work. */
export interface StorageFullLog {
  /** Records `error` when it is a quota error; returns whether it was. */
  note(error: unknown, during: StorageWrite): Promise<boolean>;
  read(): Promise<StorageFull | null>;
  /** Forgets it (a refresh stored everything it fetched, so there is room again). */
  clear(): Promise<void>;
}

/** A log kept in `area` (session storage by default). */
export function storageFullLog(area: () => KeyValueArea = sessionArea, now: () => number = Date.now): StorageFullLog {
  return {
    async note(error, during) {
      if (!isQuotaError(error)) return false;
      const record: StorageFull = { at: now(), during };
      await area()
        .set({ [KEY]: record })
        .catch(() => undefined);
      return true;
    },
    async read() {
      try {
        const value = (await area().get(KEY))[KEY];
        return isStorageFull(value) ? value : null;
      } catch {
        return null;
      }
    },
    async clear() {
      await area()
        .remove(KEY)
        .catch(() => undefined);
    },
  };
}

/** The worker's log, shared by its handlers, its refresh service and its index cache. */
export const workerStorageFullLog: StorageFullLog = storageFullLog();
