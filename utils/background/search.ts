/**
 * The worker's side of "Find more coverage": settings, permissions, the persisted rate limiter, and the
 * messages the popup and options page send.
 */
import { said } from '../said';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { type Result } from '../messages';
import { onRequest } from './handlers/on-request';
import { readLiveSearchSettings, liveSearchSettings } from '../settings';
import type { SidelightDb } from '../store/db';
import { deleteSource } from '../store/sources';
import { findMoreCoverage } from '../search/find-more-coverage';
import type { ProviderOutcome, SearchOutcome } from '../search/outcome';
import { SEARCH_PROVIDERS, SEARCH_SOURCE_IDS, type SearchProviderId } from '../search/providers';
import { buildSearchQuery, type SearchableArticle } from '../search/query';
import { RateLimiter, type RateLimitState, type RateLimitStore } from '../search/rate-limit';
import { activeProviders, liveSearchWithDefaults, type LiveSearchSettings } from '../search/search-settings';
import { liveSearchView, type LiveSearchView } from '../search/view';
import { searchEndpoints } from './search-endpoints';
import type { Attempt } from './handlers/attempt';
import { releaseUnneeded } from './permissions';
import { forgetAllTabs } from './context-cache';
import { sessionArea } from './session-area';

/**
 * Rate-limit state per provider, in session storage: it outlives the worker (MV3 stops it when idle) but not
 * the browser session, which is as long as any back-off needs. One item per provider so they never overwrite
 * each other. Version 1.
 */
const rateLimitItems: Record<SearchProviderId, ReturnType<typeof rateLimitItem>> = {
  googleNews: rateLimitItem('googleNews'),
  gdelt: rateLimitItem('gdelt'),
};
function rateLimitItem(provider: SearchProviderId) {
  return storage.defineItem<RateLimitState | null>(`session:searchRateLimit.${provider}`, {
    fallback: null,
    version: 1,
  });
}
const sessionRateLimitStore: RateLimitStore = {
  read: (provider) => rateLimitItems[provider].getValue(),
  write: (provider, state) => rateLimitItems[provider].setValue(state),
};

/** The browser's language, which the Google News edition follows unless the user chose one. */
function browserLocale(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language || 'en-US';
  } catch {
    return navigator.language || 'en-US';
  }
}

async function currentView(): Promise<LiveSearchView> {
  return liveSearchView(await readLiveSearchSettings(), browserLocale(), await searchEndpoints());
}

/** Searches for an article; providers whose permission was withdrawn say so instead of failing silently. */
async function search(
  db: SidelightDb,
  limiter: RateLimiter,
  article: SearchableArticle,
): Promise<Result<SearchOutcome>> {
  const settings = await readLiveSearchSettings();
  const providers = activeProviders(settings);
  if (providers.length === 0) {
    return { ok: false, error: said('search.off') };
  }
  const query = buildSearchQuery(article);
  if (query.parts.length === 0) return { ok: false, error: said('search.nothingToSearch') };
  const view = await currentView();
  const allowed: SearchProviderId[] = [];
  const refused: ProviderOutcome[] = [];
  for (const provider of providers) {
    const info = view.providers.find((p) => p.id === provider);
    if (!info) continue;
    if (await browser.permissions.contains({ origins: [info.permission] })) allowed.push(provider);
    else {
      refused.push({
        provider,
        name: info.name,
        host: info.host,
        ok: false,
        slowDown: false,
        error: said('search.noPermission', { host: info.host, name: info.name }),
      });
    }
  }
  const endpoints = await searchEndpoints();
  const outcome = await findMoreCoverage(query, allowed, { db, limiter, endpoints, edition: view.edition });
  const results = SEARCH_PROVIDERS.flatMap((id) => [...refused, ...outcome.results].filter((r) => r.provider === id));
  return { ok: true, value: { query: query.text, results } };
}

/** Registers the live-search messages. */
export function registerSearchHandlers(db: () => Promise<SidelightDb>, attempt: Attempt): void {
  const limiter = new RateLimiter(sessionRateLimitStore);
  onRequest('getLiveSearch', () => attempt('readSearchSettings', currentView));
  onRequest('setLiveSearch', ({ data }) =>
    attempt('saveSearchSettings', async () => {
      const before = await currentView();
      const settings: LiveSearchSettings = liveSearchWithDefaults(data);
      await liveSearchSettings.setValue(settings);
      // Services switched off give their permission back (unless a source is on the same origin).
      const nowActive = new Set(activeProviders(settings));
      const off = before.providers.filter((p) => !nowActive.has(p.id)).map((p) => p.permission);
      if (off.length > 0) await releaseUnneeded(await db(), off);
      return currentView();
    }),
  );
  onRequest('findMoreCoverage', async ({ data }) => {
    const result = await attempt('searchCoverage', async () => search(await db(), limiter, data));
    return result.ok ? result.value : result;
  });
  onRequest('clearSearchResults', () =>
    attempt('removeSearchStories', async () => {
      let removed = 0;
      for (const id of Object.values(SEARCH_SOURCE_IDS)) removed += await deleteSource(await db(), id);
      // No popup may paint a kept answer that still lists them.
      await forgetAllTabs(sessionArea());
      return removed;
    }),
  );
}
