/**
 * Google News RSS search: the request URL, and its answer read with Sidelight's own feed parser plus the one
 * thing that parser does not keep, each item's `<source url="…">Outlet</source>`.
 */
import { XMLParser } from 'fast-xml-parser';
import { FeedParseError, parseFeed } from '../feeds/parse-feed';
import { FEED_XML_OPTIONS } from '../feeds/xml-feeds';
import { child, children, resolveHttpUrl, textOf, type XmlNode } from '../feeds/xml-node';
import { MAX_HITS_PER_SEARCH, tidyOutlet, type SearchHit } from './search-hit';
import type { GoogleNewsEdition } from './search-settings';

/** The search URL: the query and the edition, nothing else. */
export function googleNewsSearchUrl(endpoint: string, query: string, edition: GoogleNewsEdition): string {
  const url = new URL(endpoint);
  url.search = new URLSearchParams({ q: query, hl: edition.hl, gl: edition.gl, ceid: edition.ceid }).toString();
  return url.href;
}

// The feed parser's own options: the same entity limits, titles and descriptions kept raw (unread here).
const sourceParser = new XMLParser(FEED_XML_OPTIONS);

/** Outlet names by item link (resolved as the feed parser resolves it). */
export function googleNewsSources(body: string, feedUrl: string): Map<string, string> {
  const out = new Map<string, string>();
  let doc: XmlNode;
  try {
    doc = sourceParser.parse(body) as XmlNode;
  } catch {
    return out; // parseFeed reports what is wrong with the document
  }
  const channel = child(child(doc, 'rss'), 'channel');
  for (const item of children(channel, 'item')) {
    const link = resolveHttpUrl(textOf(child(item, 'link')), feedUrl);
    const source = child(item, 'source');
    const name = tidyOutlet(textOf(source));
    if (link && name) out.set(link, name);
  }
  return out;
}

/**
 * The article address inside a Google News redirect link, when the link still carries it: older links encode
 * it in base64 ("/rss/articles/CBMi…"); newer ones are opaque ids, which stay Google links.
 */
export function decodeGoogleNewsLink(link: string): string | null {
  let id: string;
  try {
    const match = /\/articles\/([A-Za-z0-9_-]+)/.exec(new URL(link).pathname);
    if (!match?.[1]) return null;
    id = match[1];
  } catch {
    return null;
  }
  let bytes: string;
  try {
    bytes = atob(id.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (id.length % 4)) % 4));
  } catch {
    return null;
  }
  // A protobuf field: tag 0x22, a varint length, then the address.
  const at = bytes.search(/https?:\/\//);
  if (at < 2) return null;
  let length = bytes.charCodeAt(at - 1);
  if (bytes.charCodeAt(at - 2) !== 0x22) {
    // Two-byte varint length (addresses of 128 characters or more).
    if (at < 3 || bytes.charCodeAt(at - 3) !== 0x22 || bytes.charCodeAt(at - 2) < 0x80) return null;
    length = (bytes.charCodeAt(at - 2) & 0x7f) | (length << 7);
  }
  const candidate = bytes.slice(at, at + length);
  if (candidate.length !== length || !/^[\x21-\x7e]+$/.test(candidate)) return null;
  return resolveHttpUrl(candidate, candidate);
}

/** Google titles end with " - Outlet"; the outlet is shown on its own. */
function withoutOutlet(title: string, outlet: string): string {
  const suffix = ` - ${outlet}`;
  return outlet && title.endsWith(suffix) && title.length > suffix.length
    ? title.slice(0, -suffix.length).trim()
    : title;
}

/**
 * Reads a Google News RSS search answer. The description Google sends only repeats headlines and outlets,
 * so summaries are left empty. Links point at the article when Google's link still says where.
 *
 * @throws FeedParseError when the answer is not a feed (e.g. a consent or "unusual traffic" page).
 */
export function parseGoogleNewsRss(body: string, feedUrl: string): SearchHit[] {
  const feed = parseFeed(body, feedUrl);
  const sources = googleNewsSources(body, feedUrl);
  const hits: SearchHit[] = [];
  for (const item of feed.items.slice(0, MAX_HITS_PER_SEARCH)) {
    const outlet = sources.get(item.link) ?? '';
    const link = decodeGoogleNewsLink(item.link) ?? item.link;
    // Without <source> the outlet is unknown: name the service the story came through.
    hits.push({
      ...item,
      link,
      title: withoutOutlet(item.title, outlet),
      summary: '',
      outlet: outlet || 'Google News',
    });
  }
  return hits;
}

export { FeedParseError };
