import type { TabContext } from '../messages';
import type { Source } from '../types';

/**
 * The last context computed for a tab and its address, so a popup opened again paints at once (even after MV3
 * stopped the worker: the entries live in `storage.session`, which outlives the worker but not the browser
 * session). Where session storage is missing (older Firefox) a map in memory stands in.
 */

/** What is kept for one tab. */
export interface CachedContext {
  /** The page's address when the context was computed; another address in the tab is a miss. */
  url: string;
  /** What the context was computed from (store revision, sources, actor settings): another token means stale. */
  token: string;
  context: TabContext;
  savedAt: number;
}

/** The part of a `storage.StorageArea` the cache uses (session storage in the extension, a map in tests). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
  /** Every key held (to drop all kept contexts at once). */
  keys(): Promise<string[]>;
}

const PREFIX = 'tabContext.';
/** Only article contexts are worth keeping: the other states are quick to compute and may change any moment. */
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

/** A map standing in for session storage. */
export function memoryArea(): KeyValueArea {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => (map.has(key) ? { [key]: map.get(key) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => map.set(k, v)),
    remove: async (key) => void map.delete(key),
    keys: async () => [...map.keys()],
  };
}

function isCached(value: unknown): value is CachedContext {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CachedContext>;
  return (
    typeof v.url === 'string' &&
    typeof v.token === 'string' &&
    typeof v.savedAt === 'number' &&
    typeof v.context === 'object' &&
    v.context !== null
  );
}

/**
 * The last context kept for `tabId` while it showed `url`, or null. A malformed entry reads as none. `url` may
 * still be on its way (the popup asks the browser for the tab's address and reads the entry at the same time).
 */
export async function readCachedContext(
  area: Pick<KeyValueArea, 'get'>,
  tabId: number,
  url: string | null | PromiseLike<string | null>,
): Promise<CachedContext | null> {
  try {
    const [items, address] = await Promise.all([area.get(keyOf(tabId)), url]);
    const value = items[keyOf(tabId)];
    return address !== null && isCached(value) && value.url === address ? value : null;
  } catch {
    return null; // a cache that cannot be read is a cache miss, never an error for the reader
  }
}

/** Keeps an article's context for the tab (one entry per tab: a new address replaces the old one). */
export async function writeCachedContext(
  area: KeyValueArea,
  tabId: number,
  url: string,
  token: string,
  context: TabContext,
  now = Date.now(),
): Promise<void> {
  if (context.state !== 'article') {
    await forgetTab(area, tabId);
    return;
  }
  const entry: CachedContext = { url, token, context, savedAt: now };
  try {
    await area.set({ [keyOf(tabId)]: entry });
  } catch (error) {
    // Session storage is small (10 MB in Chrome): a full one only costs the next popup its head start.
    console.warn('Sidelight: could not keep this tab’s context for the next popup', error);
  }
}

/** Drops a tab's entry (the tab closed, or its page is no longer an article). */
export async function forgetTab(area: KeyValueArea, tabId: number): Promise<void> {
  try {
    await area.remove(keyOf(tabId));
  } catch {
    // nothing kept, nothing to drop
  }
}

/**
 * Drops every tab's entry. For changes the reader made to remove stories (a source, the stories found by search):
 * a kept answer would show them again for a moment before the refresh replaces it, and a removed story must not
 * come back even briefly. New stories only make a kept answer incomplete, so refreshes keep the entries.
 */
export async function forgetAllTabs(area: KeyValueArea): Promise<void> {
  try {
    const keys = (await area.keys()).filter((key) => key.startsWith(PREFIX));
    await Promise.all(keys.map((key) => area.remove(key)));
  } catch {
    // nothing kept, nothing to drop
  }
}

/**
 * What a context depends on besides the page: the store's revision (stories added or removed), the sources
 * (their number, names and outlet details feed the rows and Coverage; their health does not) and the reader's
 * actor settings (pinned cards).
 */
export function contextToken(
  revision: number,
  sources: readonly Pick<Source, 'id' | 'title' | 'outlet'>[],
  actorSettings: unknown,
): string {
  const shown = sources.map((s) => [s.id, s.title, s.outlet ?? null]);
  return `${revision}|${JSON.stringify(shown)}|${JSON.stringify(actorSettings)}`;
}
