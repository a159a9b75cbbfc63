import { browser } from 'wxt/browser';
import { DEFAULT_ENDPOINTS, SEARCH_PROVIDERS, type SearchProviderId } from '../search/providers';

/** Storage key the e2e suite writes to point the providers at its loopback imitation (test builds only). */
export const TEST_ENDPOINTS_KEY = 'testSearchEndpoints';

/** Loopback endpoints from test storage; anything else is ignored. */
async function testEndpoints(): Promise<Partial<Record<SearchProviderId, string>>> {
  const stored = (await browser.storage.local.get(TEST_ENDPOINTS_KEY))[TEST_ENDPOINTS_KEY] as
    Record<string, unknown> | undefined;
  const out: Partial<Record<SearchProviderId, string>> = {};
  for (const id of SEARCH_PROVIDERS) {
    const value = stored?.[id];
    if (typeof value === 'string' && /^http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\//.test(value)) out[id] = value;
  }
  return out;
}

/**
 * The search endpoints in effect. Production builds always use the real services: the override exists only
 * when the build mode is "test" (Vite replaces `import.meta.env.MODE` at build time, so production bundles
 * do not contain the branch at all), and even then only loopback addresses are accepted.
 */
export async function searchEndpoints(): Promise<Record<SearchProviderId, string>> {
  if (import.meta.env.MODE === 'test') return { ...DEFAULT_ENDPOINTS, ...(await testEndpoints()) };
  return { ...DEFAULT_ENDPOINTS };
}
