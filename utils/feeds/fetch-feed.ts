/**
 * Downloads and parses one feed, turning every failure into a reason the options page words
 * ("HTTP 404 (Not Found)", "timed out after 20 s"). Runs in the service worker and in Node: the
 * `fetch` to use can be injected.
 */
import type { ParsedFeed } from '../types';
import { said, type Said } from '../said';
import { fetchText, type FetchTextOptions, type FetchTextResult } from './fetch-text';
import { FeedParseError, parseFeed } from './parse-feed';

export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, formatBytes } from './fetch-text';

/** What `fetchFeed` reports: a parsed feed, "not modified since last time", or an error in words. */
export type FetchFeedResult =
  | {
      ok: true;
      notModified: false;
      feed: ParsedFeed;
      finalUrl: string;
      etag: string | null;
      lastModified: string | null;
    }
  | { ok: true; notModified: true }
  | { ok: false; error: Said };

/** Options of `fetchFeed`: those of the download. */
export type FetchFeedOptions = FetchTextOptions;

/**
 * Parses a downloaded body as a feed, turning parse failures into the same words `fetchFeed` uses
 * ("not a feed: the server sent an HTML page").
 */
export function feedFromText(fetched: Extract<FetchTextResult, { notModified: false }>): FetchFeedResult {
  try {
    const feed = parseFeed(fetched.text, fetched.finalUrl);
    return {
      ok: true,
      notModified: false,
      feed,
      finalUrl: fetched.finalUrl,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
    };
  } catch (error) {
    if (error instanceof FeedParseError) return { ok: false, error: error.said };
    // Clipped like a parse error, so it is as short as one.
    return { ok: false, error: new FeedParseError(said('feed.couldNotRead', { detail: String(error) })).said };
  }
}

/**
 * Fetches and parses a feed. Never throws: failures come back as `{ ok: false, error }` with a message
 * a user understands. Sends a conditional GET when `etag`/`lastModified` are given; a 304 answer is
 * `{ ok: true, notModified: true }`. The body is decoded by the charset of the Content-Type header,
 * else the XML declaration, else UTF-8 (a byte-order mark overrides both).
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const fetched = await fetchText(url, options);
  if (!fetched.ok) return { ok: false, error: fetched.error };
  if (fetched.notModified) return fetched;
  return feedFromText(fetched);
}
