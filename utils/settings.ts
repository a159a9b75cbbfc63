import { DEFAULT_LIVE_SEARCH, liveSearchWithDefaults, type LiveSearchSettings } from './search/search-settings';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_ACTOR_SETTINGS, type ActorSettings } from './context/actor-settings';
import { DEFAULT_REFRESH_SETTINGS, withDefaults, type RefreshSettings } from './refresh/refresh-settings';

/**
 * Sites (origins such as "https://news.example") where the user asked Sidelight to show the sidebar by itself.
 * Version 1; add a migration here for any change of shape.
 */
export const autoShowSites = storage.defineItem<string[]>('local:autoShowSites', {
  fallback: [],
  version: 1,
});

/**
 * "Find more coverage" (utils/search/search-settings.ts): off until the user turns it on on the options page.
 * Version 1; read it through `readLiveSearchSettings`, which fills in fields a stored value lacks.
 */
export const liveSearchSettings = storage.defineItem<LiveSearchSettings>('local:liveSearch', {
  fallback: DEFAULT_LIVE_SEARCH,
  version: 1,
});

/** The live-search settings in effect, with defaults for anything missing or damaged. */
export async function readLiveSearchSettings(): Promise<LiveSearchSettings> {
  return liveSearchWithDefaults(await liveSearchSettings.getValue());
}

/**
 * Actors the reader always wants a stake card for, and their corrections to the leaders list (options page,
 * "Actors"). Version 1; read it through `sanitizeActorSettings`.
 */
export const actorSettings = storage.defineItem<ActorSettings>('local:actorSettings', {
  fallback: DEFAULT_ACTOR_SETTINGS,
  version: 1,
});

/**
 * Refresh interval, timeout and retention (see utils/refresh/refresh-settings.ts for defaults and limits).
 * Version 1; read it through `readRefreshSettings`, which fills in fields a stored value lacks.
 */
export const refreshSettings = storage.defineItem<Partial<RefreshSettings>>('local:refreshSettings', {
  fallback: DEFAULT_REFRESH_SETTINGS,
  version: 1,
});

/** The refresh settings in effect, with defaults for anything missing. */
export async function readRefreshSettings(): Promise<RefreshSettings> {
  return withDefaults(await refreshSettings.getValue());
}
