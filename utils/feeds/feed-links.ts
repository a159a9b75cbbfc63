/**
 * Finds the feeds a web page advertises (`<link rel="alternate" type="application/rss+xml" href=…>`) with a
 * small, tolerant tag scan instead of a DOM: the service worker has no DOMParser, and real pages are often
 * not well-formed enough for an XML parser. Only `<link>` and `<base>` tags matter here.
 */
import { decodeHtmlEntities } from './html-entities';
import { resolveHttpUrl } from './xml-node';

/** A feed a page links to. */
export interface FeedLink {
  /** Absolute http(s) URL of the feed. */
  url: string;
  /** The link's `title` attribute, trimmed; empty when it has none. */
  title: string;
  /** The declared media type, lower-cased ("application/rss+xml"). */
  type: string;
}

/** Media types that announce a feed in `<link rel="alternate">`. */
const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/rdf+xml',
  'application/json',
  'application/xml',
  'text/xml',
]);

/** Pages are scanned up to this many characters: the head is near the top, and bodies can be huge. */
const MAX_SCAN_CHARS = 2_000_000;

/** Comments and raw-text elements are skipped whole; `<link>` and `<base>` tags are captured. */
const TAGS =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|template|textarea)\b[\s\S]*?(?:<\/\1\s*>|$)|<(link|base)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** The attributes of a tag as a map of lower-cased names to entity-decoded values; the first wins. */
export function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (!name || attributes.has(name)) continue;
    attributes.set(name, decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** Whether a link's title says it is a comments feed (WordPress adds one per site and per post). */
function isCommentsFeed(link: FeedLink): boolean {
  return /\bcomments?\b/i.test(link.title) || /\/comments\/feed\/?$/i.test(link.url);
}

/**
 * The feeds `html` links to, resolved against `<base href>` (or `pageUrl`), in page order with comment
 * feeds last, without duplicates. Pages that advertise nothing give an empty list.
 */
export function findFeedLinks(html: string, pageUrl: string): FeedLink[] {
  let base = pageUrl;
  const links: FeedLink[] = [];
  const seen = new Set<string>();
  for (const match of html.slice(0, MAX_SCAN_CHARS).matchAll(TAGS)) {
    const tag = match[2]?.toLowerCase();
    if (!tag) continue; // a comment or a script/style body
    const attributes = parseAttributes(match[3] ?? '');
    const href = attributes.get('href')?.trim();
    if (!href) continue;
    if (tag === 'base') {
      // Only the first <base href> counts, as in browsers.
      if (base === pageUrl) base = resolveHttpUrl(href, pageUrl) ?? pageUrl;
      continue;
    }
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (attributes.get('type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    if (!rel.includes('alternate') || !FEED_TYPES.has(type)) continue;
    const url = resolveHttpUrl(href, base);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    links.push({ url, title: (attributes.get('title') ?? '').replace(/\s+/g, ' ').trim(), type });
  }
  return [...links.filter((l) => !isCommentsFeed(l)), ...links.filter(isCommentsFeed)];
}

/** Where sites usually keep their feed, tried in this order when a page advertises none. */
export const COMMON_FEED_PATHS = ['/feed', '/rss', '/rss.xml', '/atom.xml', '/feed.xml', '/index.xml'];

/** The usual feed addresses on the site of `pageUrl`. */
export function commonFeedUrls(pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  return COMMON_FEED_PATHS.map((p) => `${origin}${p}`);
}
