/**
 * Giving host permissions back: when a source is removed, a site's auto-show is turned off or a search
 * service is switched off, the site's permission is removed, unless another source, auto-show site or
 * search service still needs that origin. What the manifest itself grants (test builds) cannot be removed,
 * and is left as it is.
 */
import { browser } from 'wxt/browser';
import { originPattern, originPatterns } from '../format/urls';
import { readLiveSearchSettings, autoShowSites } from '../settings';
import { activeProviders } from '../search/search-settings';
import { endpointOrigin } from '../search/providers';
import type { SidelightDb } from '../store/db';
import { listSources } from '../store/sources';
import { searchEndpoints } from './search-endpoints';

/** The origin patterns something of the reader's still needs: their sources' feeds, auto-show sites, search services on. */
export async function neededPatterns(db: SidelightDb): Promise<Set<string>> {
  const needed = new Set<string>();
  const feeds = (await listSources(db)).map((s) => s.feedUrl).filter((url) => URL.canParse(url));
  for (const pattern of originPatterns(feeds)) needed.add(pattern);
  for (const site of await autoShowSites.getValue())
    if (URL.canParse(site)) needed.add(originPattern(new URL(site).origin));
  const endpoints = await searchEndpoints();
  for (const provider of activeProviders(await readLiveSearchSettings()))
    needed.add(originPattern(endpointOrigin(endpoints[provider])));
  return needed;
}

/** Removes the permissions among `patterns` that nothing needs any more; returns those removed. */
export async function releaseUnneeded(db: SidelightDb, patterns: readonly string[]): Promise<string[]> {
  const needed = await neededPatterns(db);
  const released: string[] = [];
  for (const pattern of new Set(patterns)) {
    if (needed.has(pattern)) continue;
    try {
      if (await browser.permissions.remove({ origins: [pattern] })) released.push(pattern);
    } catch {
      // Granted by the manifest (test builds), or not held: nothing to give back.
    }
  }
  return released;
}

/** The permission pattern of a feed or site address, or none when it is not one. */
export function patternOf(url: string): string[] {
  return URL.canParse(url) ? originPatterns([url]) : [];
}
