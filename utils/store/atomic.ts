import type { IDBPTransaction, StoreNames } from 'idb';
import type { SidelightSchema } from './db';

/**
 * Runs the body of a write transaction all or nothing. A write that fails by throwing (a value IndexedDB cannot
 * store, a quota refusal reported at once) does not abort the transaction by itself: the writes issued before it
 * would still commit. This aborts it, waits for the abort, and rethrows, so the store keeps its old state.
 */
export async function atomically<Names extends StoreNames<SidelightSchema>[], T>(
  tx: IDBPTransaction<SidelightSchema, Names, 'readwrite'>,
  body: () => Promise<T>,
): Promise<T> {
  try {
    const result = await body();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}
