/**
 * Quota errors: the browser refusing a write because the space it allows Sidelight is full. IndexedDB reports
 * a DOMException named QuotaExceededError (thrown by a put, or as the error of the transaction it aborted);
 * `storage.local` rejects with an Error whose message names the quota (Chrome: "QUOTA_BYTES quota exceeded").
 */

/** Which write the browser refused, for the options page's words. */
export type StorageWrite = 'stories' | 'change' | 'pruning' | 'index';

/** The last write refused for lack of space. */
export interface StorageFull {
  /** When it happened (epoch ms). */
  at: number;
  during: StorageWrite;
}

/** The reason in words, in the style of the other error details ("could not store its stories: …"). */
export const STORAGE_FULL_REASON = "the browser's storage space for Sidelight is full";

/** Whether an error (or one it wraps as its `cause`) is the browser refusing a write for lack of space. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const { name, message, cause } = current as { name?: unknown; message?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    if (typeof message === 'string' && /quota/i.test(message)) return true;
    current = cause;
  }
  return false;
}

const WRITES: readonly StorageWrite[] = ['stories', 'change', 'pruning', 'index'];

/** Whether a value read back from storage is a {@link StorageFull} (anything else is ignored). */
export function isStorageFull(value: unknown): value is StorageFull {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<StorageFull>;
  return typeof v.at === 'number' && Number.isFinite(v.at) && WRITES.includes(v.during as StorageWrite);
}
