/**
 * Adding many sources at once (a preset, a catalogue pick): store them all right away under the names the
 * catalogue gives them, then the worker fetches them as one resumable refresh run (utils/refresh), recording
 * each one's health so the options page can show the first fetch's progress. The page may close meanwhile.
 */
import { parseFeedUrl } from './feed-url';
import type { Said } from '../said';
import type { SidelightDb } from '../store/db';
import { listSources, NEW_SOURCE_HEALTH, putSource } from '../store/sources';
import type { OutletFacts, Source } from '../types';
import { hostOf } from '../format/urls';

/** A source to add without validating it first (its name and facts come from the catalogue). */
export interface NewSource {
  feedUrl: string;
  title: string;
  homepage: string | null;
  outlet: OutletFacts | null;
}

/** What `storeNewSources` did with each requested source. */
export interface AddSourcesSummary {
  /** Ids of the sources stored now, in request order. */
  added: string[];
  /** Feed URLs that were already sources (or listed twice). */
  alreadyAdded: string[];
  /** Feed URLs that are not web addresses, with why. */
  rejected: { feedUrl: string; error: Said }[];
}

/** Stores the sources that are new, each with fresh health (never fetched); nothing is fetched here. */
export async function storeNewSources(
  db: SidelightDb,
  list: readonly NewSource[],
  now = Date.now(),
): Promise<AddSourcesSummary> {
  const known = new Set((await listSources(db)).map((s) => s.id));
  const summary: AddSourcesSummary = { added: [], alreadyAdded: [], rejected: [] };
  for (const [index, item] of list.entries()) {
    const parsed = parseFeedUrl(item.feedUrl);
    if (!parsed.ok) {
      summary.rejected.push({ feedUrl: item.feedUrl, error: parsed.error });
      continue;
    }
    if (known.has(parsed.url)) {
      summary.alreadyAdded.push(parsed.url);
      continue;
    }
    known.add(parsed.url);
    const source: Source = {
      id: parsed.url,
      feedUrl: parsed.url,
      title: item.title.trim() || hostOf(parsed.url),
      homepage: item.homepage,
      // Spaced by a millisecond so the list keeps the order they were picked in.
      addedAt: now + index,
      health: { ...NEW_SOURCE_HEALTH },
      ...(item.outlet ? { outlet: item.outlet } : {}),
    };
    await putSource(db, source);
    summary.added.push(source.id);
  }
  return summary;
}
