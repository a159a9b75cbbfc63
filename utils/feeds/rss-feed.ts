/**
 * RSS 0.9x, 1.0 (RDF) and 2.0 documents, already parsed into nodes, mapped to a `ParsedFeed`.
 * The three share item fields; they differ in where items live (RDF puts them beside the channel).
 */
import type { FeedItem, ParsedFeed } from '../types';
import { finishItem, mediaDescriptionHtml, pickImage } from './feed-item';
import { htmlToText } from './html-to-text';
import { attr, baseOf, child, children, childText, markupOf, resolveHttpUrl, textOf, type XmlNode } from './xml-node';

/** Link of an RSS item: <link>, else an atom:link alternate, else a permalink guid, else RDF's rdf:about. */
function itemLink(item: XmlNode, base: string): string | null {
  for (const link of children(item, 'link')) {
    const url = resolveHttpUrl(attr(link, 'href') ?? textOf(link), base);
    if (url) return url;
  }
  for (const link of children(item, 'atom:link')) {
    const rel = attr(link, 'rel');
    const url = rel === null || rel === 'alternate' ? resolveHttpUrl(attr(link, 'href'), base) : null;
    if (url) return url;
  }
  const guid = child(item, 'guid');
  // RSS 2.0: a guid is a permalink unless it says isPermaLink="false".
  if (guid && attr(guid, 'isPermaLink')?.trim().toLowerCase() !== 'false') {
    const text = textOf(guid);
    if (/^https?:\/\//i.test(text)) return resolveHttpUrl(text, base);
  }
  return resolveHttpUrl(attr(item, 'rdf:about'), base);
}

function mapItem(item: XmlNode, channelBase: string): FeedItem | null {
  const base = baseOf(item, channelBase);
  return finishItem({
    titleHtml: markupOf(child(item, 'title')) || markupOf(child(item, 'dc:title')),
    link: itemLink(item, base),
    guid: childText(item, 'guid') || attr(item, 'rdf:about'),
    summaryHtml: markupOf(child(item, 'description')) || markupOf(child(item, 'dc:description')),
    contentHtml: markupOf(child(item, 'content:encoded')) || mediaDescriptionHtml(item),
    dateText:
      childText(item, 'pubDate') ||
      childText(item, 'dc:date') ||
      childText(item, 'atom:published') ||
      childText(item, 'atom:updated') ||
      null,
    image: pickImage(item, base),
  });
}

/**
 * Maps an <rss> (0.9x/2.0) or <rdf:RDF> (0.90/1.0) root element. Items are looked for in the
 * channel and beside it, because RDF puts them beside it and some broken RSS does too.
 */
export function mapRss(root: XmlNode, feedUrl: string, maxItems: number): ParsedFeed {
  const channel = child(root, 'channel');
  const homepage = resolveHttpUrl(children(channel, 'link').map(textOf).find(Boolean), feedUrl);
  // Relative links: xml:base when the feed declares one, else the site (a feed is often served from
  // another host, e.g. a CDN or FeedBurner, while its links are relative to the site), else the feed URL.
  const declaresBase = attr(root, 'xml:base') !== null || attr(channel, 'xml:base') !== null;
  const base = declaresBase ? baseOf(channel, baseOf(root, feedUrl)) : (homepage ?? feedUrl);
  const nodes = [...children(channel, 'item'), ...children(root, 'item')].slice(0, maxItems);
  const items: FeedItem[] = [];
  for (const node of nodes) {
    const item = mapItem(node, base);
    if (item) items.push(item);
  }
  return { title: htmlToText(markupOf(child(channel, 'title'))), homepage, items };
}
