/**
 * Entry point of feed parsing: recognise what the server sent (XML feed, JSON Feed, HTML page,
 * something else) by its content, since Content-Type headers are unreliable, and dispatch.
 */
import { said } from '../said';
import { withoutBoilerplate } from './boilerplate';
import type { ParsedFeed } from '../types';
import { hostOrNull } from '../format/urls';
import { FeedParseError } from './feed-parse-error';
import { truncateAtWord } from './html-to-text';
import { isJsonFeed, mapJsonFeed } from './json-feed';
import { parseXmlFeed } from './xml-feeds';

export { FeedParseError } from './feed-parse-error';

/** Backstop for callers that did not cap the download: beyond this a "feed" is not worth parsing. */
export const MAX_FEED_CHARS = 10 * 1024 * 1024;
/** Items kept per feed; real feeds carry tens, a few podcasts hundreds. */
export const MAX_FEED_ITEMS = 1000;

/** An HTML page, possibly after an XML declaration, comments or whitespace. */
const HTML_START = /^(?:<\?xml[^>]*>|<!--[\s\S]*?-->|\s)*<(?:!doctype\s+html|html|head|body)\b/i;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new FeedParseError(said('feed.badJson', { detail }));
  }
}

function parseByContent(text: string, feedUrl: string): ParsedFeed {
  const first = text.trimStart().charAt(0);
  if (first === '') throw new FeedParseError(said('feed.empty'));
  if (first === '{' || first === '[') {
    const json = parseJson(text);
    if (!isJsonFeed(json)) throw new FeedParseError(said('feed.notJsonFeed'));
    return mapJsonFeed(json, feedUrl, MAX_FEED_ITEMS);
  }
  if (HTML_START.test(text.slice(0, 4096))) throw new FeedParseError(said('feed.html'));
  if (first !== '<') throw new FeedParseError(said('feed.plainText'));
  return parseXmlFeed(text, feedUrl, MAX_FEED_ITEMS);
}

/** Longest feed name kept. */
export const FEED_TITLE_MAX_CHARS = 200;

/**
 * Parses a feed body: RSS 0.9x, RSS 1.0 (RDF), RSS 2.0, Atom 1.0 or JSON Feed 1.0/1.1, detected by content.
 * Titles and summaries come out as plain text, links as absolute http(s) URLs (relative ones resolved
 * against `feedUrl` and xml:base); items without a usable link are skipped.
 * A feed without a title gets its site's host name; the closing lines a feed puts under every summary ("View
 * Entire Post ›") are dropped (boilerplate.ts).
 *
 * @throws FeedParseError with a message meant for the user when the body is not a readable feed.
 */
export function parseFeed(body: string, feedUrl: string): ParsedFeed {
  if (body.length > MAX_FEED_CHARS) {
    throw new FeedParseError(said('feed.tooLarge', { megabytes: MAX_FEED_CHARS / 1024 / 1024 }));
  }
  const feed = parseByContent(body.replace(/^\uFEFF/, ''), feedUrl);
  // The feed's name is shown in every row of its stories; a few hundred characters is more than any outlet's.
  return {
    ...feed,
    items: withoutBoilerplate(feed.items),
    title: truncateAtWord(feed.title, FEED_TITLE_MAX_CHARS) || hostOrNull(feed.homepage) || hostOrNull(feedUrl) || '',
  };
}
