/**
 * Atom 1.0 (and the older 0.3, which differs mostly in date element names) mapped to a `ParsedFeed`.
 */
import type { FeedItem, ParsedFeed } from '../types';
import { finishItem, mediaDescriptionHtml, pickImage } from './feed-item';
import { htmlToText } from './html-to-text';
import { attr, baseOf, child, children, childText, markupOf, resolveHttpUrl, type XmlNode } from './xml-node';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The page an entry or feed links to: a <link> with rel="alternate" (the default rel), preferring an
 * HTML type over e.g. an alternate JSON or audio rendition. Each link may carry its own xml:base.
 */
function alternateLink(node: XmlNode, base: string): string | null {
  let fallback: string | null = null;
  for (const link of children(node, 'link')) {
    const rel = attr(link, 'rel')?.trim() || 'alternate';
    if (rel !== 'alternate') continue;
    const url = resolveHttpUrl(attr(link, 'href'), baseOf(link, base));
    if (!url) continue;
    const type = attr(link, 'type')?.trim().toLowerCase();
    if (!type || HTML_TYPES.has(type)) return url;
    fallback ??= url;
  }
  return fallback;
}

/** An Atom id is a permanent identifier; when it is an http(s) URL it is also the best link left. */
function idAsLink(id: string, base: string): string | null {
  return /^https?:\/\//i.test(id) ? resolveHttpUrl(id, base) : null;
}

function mapEntry(entry: XmlNode, feedBase: string): FeedItem | null {
  const base = baseOf(entry, feedBase);
  const id = childText(entry, 'id');
  const content = child(entry, 'content');
  return finishItem({
    titleHtml: markupOf(child(entry, 'title')),
    link: alternateLink(entry, base) ?? idAsLink(id, base),
    guid: id || null,
    summaryHtml: markupOf(child(entry, 'summary')),
    // Content given by reference (src="...") has no text here.
    contentHtml: (attr(content, 'src') ? '' : markupOf(content)) || mediaDescriptionHtml(entry),
    dateText:
      childText(entry, 'published') ||
      childText(entry, 'updated') ||
      childText(entry, 'issued') ||
      childText(entry, 'modified') ||
      childText(entry, 'dc:date') ||
      null,
    image: pickImage(entry, base),
  });
}

/** Maps a <feed> root element. */
export function mapAtom(root: XmlNode, feedUrl: string, maxItems: number): ParsedFeed {
  const base = baseOf(root, feedUrl);
  const items: FeedItem[] = [];
  for (const entry of children(root, 'entry').slice(0, maxItems)) {
    const item = mapEntry(entry, base);
    if (item) items.push(item);
  }
  return {
    title: htmlToText(markupOf(child(root, 'title'))),
    homepage: alternateLink(root, base),
    items,
  };
}
