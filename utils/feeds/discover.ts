/**
 * Feed autodiscovery: given what a person pasted (a feed, or a site's page), find the feed(s). A feed is
 * used as it is; a page is scanned for `<link rel="alternate">` feeds, and when it advertises none the usual
 * paths (/feed, /rss, …) are tried. Worker-safe: no DOM, the download function is injected.
 */
import type { ParsedFeed } from '../types';
import { commonFeedUrls, COMMON_FEED_PATHS, findFeedLinks, type FeedLink } from './feed-links';
import { feedFromText, type FetchFeedResult } from './fetch-feed';
import type { FetchTextResult } from './fetch-text';
import { hostOf } from '../format/urls';
import { said, type Said } from '../said';

/** A feed that works, as fetched. */
export type FetchedFeed = Extract<FetchFeedResult, { notModified: false }>;

/** One feed found for a page. */
export interface DiscoveredFeed {
  /** The feed's address, as the source will be stored. */
  url: string;
  /** The feed's own title when it was fetched, else the page's name for it, else its address. */
  title: string;
  /** Items in the feed, or null when it was not fetched (no permission for its site yet). */
  itemCount: number | null;
  /** The fetched feed, so adding it needs no second download; null when it was not fetched. */
  fetched: FetchedFeed | null;
}

/** What discovery found. */
export type Discovery =
  | { kind: 'feed'; url: string; fetched: FetchedFeed }
  | { kind: 'page'; pageUrl: string; feeds: DiscoveredFeed[] }
  | { kind: 'none'; error: Said };

/** What discovery needs from its host. */
export interface DiscoverOptions {
  /** Downloads a page or feed (fetchText with the host's timeout and size cap). */
  fetchText: (url: string) => Promise<FetchTextResult>;
  /** Whether Sidelight may fetch from this URL's site; feeds on other sites are listed without fetching. */
  canFetch?: (url: string) => Promise<boolean>;
  /** Downloads at once; default 4. */
  concurrency?: number;
}

/** Fetches a URL and reads it as a feed, in one result. */
async function fetchAsFeed(url: string, fetchText: DiscoverOptions['fetchText']): Promise<FetchFeedResult> {
  const fetched = await fetchText(url);
  if (!fetched.ok) return fetched;
  if (fetched.notModified) return { ok: false, error: said('fetch.noContent') };
  return feedFromText(fetched);
}

/** Runs `task` over `items`, at most `limit` at once, keeping the order of `items` in the results. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await task(items[at] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

const HTML_START = /^(?:\uFEFF|\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body)\b/i;

/** Whether a body is a web page (by its header or its first tag) rather than a broken feed. */
function looksLikeHtml(text: string, contentType: string | null): boolean {
  return /text\/html|application\/xhtml/i.test(contentType ?? '') || HTML_START.test(text.slice(0, 4096));
}

function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${hostOf(url)}${parsed.pathname === '/' ? '' : parsed.pathname}`;
}

function toDiscovered(url: string, fallbackTitle: string, fetched: FetchFeedResult | null): DiscoveredFeed {
  const working = fetched?.ok && !fetched.notModified ? fetched : null;
  const feed: ParsedFeed | null = working?.feed ?? null;
  return {
    url,
    title: feed?.title.trim() || fallbackTitle || describeUrl(url),
    itemCount: feed ? feed.items.length : null,
    fetched: working,
  };
}

/** Checks the feeds a page links to: fetchable ones are read (and dropped when broken), others listed as they are. */
async function checkLinks(
  links: FeedLink[],
  options: DiscoverOptions,
  limit: number,
): Promise<{ feeds: DiscoveredFeed[]; errors: { url: string; reason: Said }[] }> {
  const errors: { url: string; reason: Said }[] = [];
  const checked = await mapLimited(links, limit, async (link) => {
    if (options.canFetch && !(await options.canFetch(link.url))) return toDiscovered(link.url, link.title, null);
    const result = await fetchAsFeed(link.url, options.fetchText);
    if (!result.ok) {
      errors.push({ url: link.url, reason: result.error });
      return null;
    }
    return toDiscovered(link.url, link.title, result);
  });
  return { feeds: checked.filter((f): f is DiscoveredFeed => f !== null), errors };
}

/** Tries the usual feed paths on the page's site; the ones that answer with a feed, once each. */
async function probeCommonPaths(pageUrl: string, options: DiscoverOptions, limit: number): Promise<DiscoveredFeed[]> {
  const results = await mapLimited(commonFeedUrls(pageUrl), limit, (url) => fetchAsFeed(url, options.fetchText));
  const feeds: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const result of results) {
    // /feed and /rss often redirect to the same feed: keep it once, under its final address.
    if (!result.ok || result.notModified || seen.has(result.finalUrl)) continue;
    seen.add(result.finalUrl);
    feeds.push(toDiscovered(result.finalUrl, '', result));
  }
  return feeds;
}

/**
 * Finds the feed behind `url`: the URL itself when it is a feed, else the feeds its page links to, else the
 * feeds at the usual paths of its site. Never throws; a failure is `{ kind: 'none', error }` in words.
 */
export async function discoverFeeds(url: string, options: DiscoverOptions): Promise<Discovery> {
  const limit = options.concurrency ?? 4;
  const page = await options.fetchText(url);
  if (!page.ok) return { kind: 'none', error: page.error };
  if (page.notModified) return { kind: 'none', error: said('fetch.noContent') };
  const asFeed = feedFromText(page);
  if (asFeed.ok && !asFeed.notModified) return { kind: 'feed', url, fetched: asFeed };
  const parseError = asFeed.ok ? said('fetch.noContent') : asFeed.error;

  const links = findFeedLinks(page.text, page.finalUrl);
  if (links.length > 0) {
    const { feeds, errors } = await checkLinks(links, options, limit);
    if (feeds.length > 0) return { kind: 'page', pageUrl: page.finalUrl, feeds };
    return { kind: 'none', error: said('feed.linksUnreadable', { feeds: links.length, failures: errors }) };
  }
  // Only a web page is worth probing: a broken feed or a JSON error says so itself.
  if (!looksLikeHtml(page.text, page.contentType)) {
    return { kind: 'none', error: parseError };
  }
  const probed = await probeCommonPaths(page.finalUrl, options, limit);
  if (probed.length > 0) return { kind: 'page', pageUrl: page.finalUrl, feeds: probed };
  return {
    kind: 'none',
    error: said('feed.noneFound', { paths: COMMON_FEED_PATHS.join(', '), host: hostOf(page.finalUrl, { port: true }) }),
  };
}
