/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) mapped to a `ParsedFeed`.
 */
import { said } from '../said';
import type { FeedItem, ParsedFeed } from '../types';
import { finishItem } from './feed-item';
import { FeedParseError } from './feed-parse-error';
import { htmlToText, textToHtml } from './html-to-text';
import { resolveHttpUrl } from './xml-node';

type Json = Record<string, unknown>;

function str(object: Json, key: string): string {
  const value = object[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when a parsed JSON value declares itself a JSON Feed. */
export function isJsonFeed(value: unknown): value is Json {
  return isObject(value) && /^https?:\/\/jsonfeed\.org\/version\//i.test(str(value, 'version'));
}

function mapItem(item: Json, base: string): FeedItem | null {
  const id = str(item, 'id');
  // "url" is the item's own page; "external_url" a page it is about (link posts); an id may be a URL.
  const link =
    resolveHttpUrl(str(item, 'url'), base) ??
    resolveHttpUrl(str(item, 'external_url'), base) ??
    (/^https?:\/\//i.test(id) ? resolveHttpUrl(id, base) : null);
  const contentText = str(item, 'content_text');
  return finishItem({
    // JSON Feed titles are plain text; escaping them keeps a literal "<" or "&" intact.
    titleHtml: textToHtml(str(item, 'title')),
    link,
    guid: id || null,
    summaryHtml: textToHtml(str(item, 'summary')),
    contentHtml: str(item, 'content_html') || textToHtml(contentText),
    dateText: str(item, 'date_published') || str(item, 'date_modified') || null,
    image: resolveHttpUrl(str(item, 'image'), base) ?? resolveHttpUrl(str(item, 'banner_image'), base),
  });
}

/** Maps an already parsed JSON Feed object. Relative URLs resolve against the feed's own URL. */
export function mapJsonFeed(feed: Json, feedUrl: string, maxItems: number): ParsedFeed {
  if (!Array.isArray(feed.items)) throw new FeedParseError(said('feed.noItems'));
  const items: FeedItem[] = [];
  for (const raw of feed.items.slice(0, maxItems)) {
    const item = isObject(raw) ? mapItem(raw, feedUrl) : null;
    if (item) items.push(item);
  }
  return {
    title: htmlToText(textToHtml(str(feed, 'title'))),
    homepage: resolveHttpUrl(str(feed, 'home_page_url'), feedUrl),
    items,
  };
}
