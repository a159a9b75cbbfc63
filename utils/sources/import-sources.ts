/**
 * Importing an OPML file's feeds as sources. The sources are stored at once (one transaction, so an import is
 * never half-done) and fetched afterwards by the refresh run, at most four at a time, with progress shown.
 */
import { feedKey, type OpmlFeed } from '../feeds/opml';
import type { SidelightDb } from '../store/db';
import { NEW_SOURCE_HEALTH } from '../store/sources';
import type { Source } from '../types';

/** What an import did with each feed it was given. */
export interface ImportSummary {
  /** New sources, in file order (not fetched yet). */
  added: { id: string; title: string }[];
  /** Feeds that were already sources, left as they were. */
  alreadyYours: { url: string; title: string }[];
}

/** Stores the feeds that are not sources yet as new, never-fetched sources. */
export async function importSources(
  db: SidelightDb,
  feeds: readonly OpmlFeed[],
  now = Date.now(),
): Promise<ImportSummary> {
  const tx = db.transaction('sources', 'readwrite');
  const known = new Set((await tx.store.getAll()).map((s) => feedKey(s.feedUrl)));
  const summary: ImportSummary = { added: [], alreadyYours: [] };
  let order = 0;
  for (const feed of feeds) {
    const key = feedKey(feed.url);
    if (known.has(key)) {
      summary.alreadyYours.push({ url: feed.url, title: feed.title });
      continue;
    }
    known.add(key);
    const source: Source = {
      id: feed.url,
      feedUrl: feed.url,
      title: feed.title || new URL(feed.url).hostname,
      homepage: feed.homepage,
      // Distinct times keep the file's order in the list, which is sorted by addedAt.
      addedAt: now + order++,
      health: NEW_SOURCE_HEALTH,
    };
    await tx.store.put(source);
    summary.added.push({ id: source.id, title: source.title });
  }
  await tx.done;
  return summary;
}
