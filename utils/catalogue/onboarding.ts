/**
 * The welcome step's logic, apart from React and the browser: which sources a choice of presets adds, which
 * sites the one permission prompt must cover, and how far the first fetch has got.
 */
import type { NewSource } from '../sources/add-sources';
import type { Source } from '../types';
import { outletFacts, type Outlet } from './catalogue';
import { sourcesOfOutlet } from './match-outlet';

/** The sources to add for these outlets, leaving out outlets the user already has. */
export function newSourcesFor(outlets: readonly Outlet[], existing: readonly Source[]): NewSource[] {
  return outlets
    .filter((outlet) => sourcesOfOutlet(existing, outlet).length === 0)
    .flatMap((outlet) => {
      const feedUrl = outlet.feeds[0];
      return feedUrl ? [{ feedUrl, title: outlet.name, homepage: outlet.homepage, outlet: outletFacts(outlet) }] : [];
    });
}

/** How far a batch's first fetch has got. */
export interface BatchProgress {
  /** Sources of the batch fetched at least once (successfully or not) and not fetching now. */
  done: number;
  /** Sources of the batch still stored (removing one during the fetch shrinks the batch). */
  total: number;
  /** Of those done, the ones whose fetch failed. */
  failed: number;
  /** Of those done, stories found in their first fetch. */
  items: number;
}

/** Progress of the first fetch of the sources with these ids, as the stored sources show it. */
export function batchProgress(
  sources: readonly (Source & { refreshing?: boolean })[],
  ids: readonly string[],
): BatchProgress {
  const wanted = new Set(ids);
  const batch = sources.filter((s) => wanted.has(s.id));
  const done = batch.filter((s) => s.health.lastFetchedAt !== null && !s.refreshing);
  return {
    done: done.length,
    total: batch.length,
    failed: done.filter((s) => s.health.lastError !== null).length,
    items: done.reduce((sum, s) => sum + s.health.itemsInLastFetch, 0),
  };
}
