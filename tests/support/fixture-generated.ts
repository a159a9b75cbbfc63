/**
 * Generated feeds for the end-to-end tests that need many sources or slow ones: `/generated/<name>.xml`
 * is an RSS feed of `items` stories (default 3) whose links live on the fixture server, answered after
 * `delay` milliseconds (default 0). It sends an ETag and answers a matching If-None-Match with 304. With
 * `rotate=1` each answer starts one story later than the one before, like a live feed: every refresh
 * brings one new story, so a test can tell which fetches were stored.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeMarkup } from './loopback';

/** What the generated feeds have served, per server. */
export interface GeneratedStats {
  /** Feed requests being answered now, and the most at once. */
  open: number;
  peak: number;
  /** Full (200) answers per feed name. */
  served: Map<string, number>;
}

/** Fresh, empty stats. */
export function newGeneratedStats(): GeneratedStats {
  return { open: 0, peak: 0, served: new Map() };
}

/** Path prefix of generated feeds. */
export const GENERATED_PREFIX = '/generated/';

/** The link of story `n` of a generated feed. */
export function generatedStoryUrl(origin: string, name: string, n: number): string {
  return `${origin}${GENERATED_PREFIX}${encodeURIComponent(name)}/story-${n}`;
}

/** The feed body for `name` with `items` stories from story `first + 1`, dated an hour apart back from `now`. */
export function generatedFeed(origin: string, name: string, items: number, now: number, first = 0): string {
  const stories = Array.from({ length: items }, (_, i) => {
    const link = generatedStoryUrl(origin, name, first + items - i);
    return `<item><title>${escapeMarkup(`${name}: generated story ${first + items - i}`)}</title><link>${escapeMarkup(link)}</link><description>A generated story for Sidelight's tests.</description><pubDate>${new Date(now - i * 3_600_000).toUTCString()}</pubDate></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escapeMarkup(`Generated ${name}`)}</title><link>${escapeMarkup(origin)}/</link>${stories.join('')}</channel></rss>`;
}

/**
 * Answers a generated-feed request (`/generated/<name>.xml?items=N&delay=MS`), or a generated story page
 * (`/generated/<name>/story-<i>`). Returns false when the path is not one of these.
 */
export function handleGenerated(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  stats: GeneratedStats,
): boolean {
  if (!url.pathname.startsWith(GENERATED_PREFIX)) return false;
  const rest = decodeURIComponent(url.pathname.slice(GENERATED_PREFIX.length));
  const feed = /^([\w-]{1,60})\.xml$/.exec(rest);
  if (!feed) {
    if (!/^[\w-]{1,60}\/story-\d+$/.test(rest)) return false;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!DOCTYPE html><title>${escapeMarkup(rest)}</title><p>A generated story page.</p>`);
    return true;
  }
  const name = feed[1] ?? 'feed';
  const items = Math.min(200, Math.max(0, Number(url.searchParams.get('items') ?? 3) || 0));
  const delay = Math.min(60_000, Math.max(0, Number(url.searchParams.get('delay') ?? 0) || 0));
  const rotate = url.searchParams.get('rotate') === '1';
  const first = rotate ? (stats.served.get(name) ?? 0) : 0;
  const etag = `"${name}-${items}-${first}"`;
  stats.open++;
  stats.peak = Math.max(stats.peak, stats.open);
  let open = true;
  const close = () => {
    if (open) stats.open--;
    open = false;
  };
  response.once('close', close);
  const answer = () => {
    if (response.destroyed) return close();
    close();
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ETag: etag });
      response.end();
      return;
    }
    stats.served.set(name, (stats.served.get(name) ?? 0) + 1);
    response.writeHead(200, {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      ETag: etag,
      'Cache-Control': 'no-store',
    });
    response.end(generatedFeed(url.origin, name, items, Date.now(), first));
  };
  if (delay > 0) setTimeout(answer, delay).unref();
  else answer();
  return true;
}
