import { browser } from 'wxt/browser';
import { memoryArea, readCachedContext, type CachedContext, type KeyValueArea } from './context-cache';

let fallback: KeyValueArea | null = null;

/**
 * `storage.session` as a {@link KeyValueArea}: shared by the worker (which writes) and the popup (which reads
 * without waking the worker). A map in memory where the browser has no session storage.
 */
export function sessionArea(): KeyValueArea {
  const session = (browser.storage as { session?: typeof browser.storage.local }).session;
  if (!session) return (fallback ??= memoryArea());
  return {
    get: (key) => session.get(key),
    set: (items) => session.set(items),
    remove: (key) => session.remove(key),
    keys: async () => Object.keys(await session.get(null)),
  };
}

/** Whether this browser keeps the cache in session storage (readable from the popup directly). */
export function hasSessionStorage(): boolean {
  return Boolean((browser.storage as { session?: unknown }).session);
}

/** The context kept for a tab's current page, read straight from session storage; null on a miss. */
export async function cachedContextForTab(tabId: number): Promise<CachedContext | null> {
  if (!hasSessionStorage()) return null; // the worker's memory holds it then; the popup asks the worker
  // Both reads at once: the tab's address and the entry (a popup waits for each round trip).
  const url = browser.tabs.get(tabId).then(
    (tab) => tab.url ?? null,
    () => null,
  );
  return readCachedContext(sessionArea(), tabId, url);
}
