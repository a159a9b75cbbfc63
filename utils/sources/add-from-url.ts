/**
 * Adding what a person pasted into **Feed URL**: a feed is added at once; a site's page is searched for its
 * feeds (see feeds/discover.ts) and, when it has several, the person chooses.
 */
import { said } from '../said';
import { parseFeedUrl } from './feed-url';
import { discoverFeeds, type DiscoverOptions } from '../feeds/discover';
import { feedKey } from '../feeds/opml';
import { addSource } from './add-source';
import type { SidelightDb } from '../store/db';
import { listSources } from '../store/sources';
import type { Source } from '../types';
import type { Outcome } from '../result';

/** A feed found on a site, offered to choose from. */
export interface FeedChoice {
  url: string;
  /** The feed's own title (or the page's name for it when it could not be fetched yet). */
  title: string;
  /** Items in the feed now, or null when it was not fetched (it is on another site). */
  itemCount: number | null;
  /** Whether it is already one of the person's sources. */
  alreadyAdded: boolean;
}

/** What pasting a URL did: a source added, feeds to choose from, or why neither. */
export type AddFromUrlResult = Outcome<
  { kind: 'added'; source: Source; added: number } | { kind: 'choose'; pageUrl: string; feeds: FeedChoice[] }
>;

/**
 * Adds the feed at `input`, or the one feed its page offers; offers the choice when there are several (or
 * when the one feed is on a site Sidelight may not fetch yet, so the person's click can grant it).
 */
export async function addFromUrl(
  db: SidelightDb,
  input: string,
  options: DiscoverOptions,
  now = Date.now(),
): Promise<AddFromUrlResult> {
  const parsed = parseFeedUrl(input);
  if (!parsed.ok) return parsed;
  const known = new Set((await listSources(db)).map((s) => feedKey(s.feedUrl)));
  if (known.has(feedKey(parsed.url))) return { ok: false, error: said('source.alreadyYours') };

  const discovery = await discoverFeeds(parsed.url, options);
  if (discovery.kind === 'none') return { ok: false, error: said('source.couldNotAdd', { reason: discovery.error }) };
  if (discovery.kind === 'feed') {
    const { fetched } = discovery;
    const result = await addSource(db, parsed.url, async () => fetched, now);
    return result.ok ? { ok: true, kind: 'added', source: result.source, added: result.added } : result;
  }

  const feeds = discovery.feeds.map((feed) => ({ feed, alreadyAdded: known.has(feedKey(feed.url)) }));
  const only = feeds.length === 1 ? feeds[0] : undefined;
  const fetched = only?.feed.fetched;
  if (only && fetched && !only.alreadyAdded) {
    const result = await addSource(db, only.feed.url, async () => fetched, now);
    return result.ok ? { ok: true, kind: 'added', source: result.source, added: result.added } : result;
  }
  return {
    ok: true,
    kind: 'choose',
    pageUrl: discovery.pageUrl,
    feeds: feeds.map(({ feed, alreadyAdded }) => ({
      url: feed.url,
      title: feed.title,
      itemCount: feed.itemCount,
      alreadyAdded,
    })),
  };
}
