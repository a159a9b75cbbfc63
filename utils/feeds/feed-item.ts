/**
 * The last step shared by every format: a format-specific mapper fills an `ItemDraft`, and `finishItem`
 * turns it into the `FeedItem` the rest of Sidelight relies on (plain text, absolute http(s) link).
 */
import type { FeedItem } from '../types';
import { htmlToText, textToHtml, truncateAtWord } from './html-to-text';
import { parseFeedDate } from './parse-date';
import { attr, child, children, resolveHttpUrl, textOf, type XmlNode } from './xml-node';

/** About a paragraph: enough to judge a story, small enough to store thousands. */
export const SUMMARY_MAX_CHARS = 600;
/** Longest headline kept: real ones are under 200 characters; a feed's 200k-character "title" is not one. */
export const TITLE_MAX_CHARS = 300;
/** A title made up from the text of a title-less item (microblog posts) stays headline-sized. */
const DERIVED_TITLE_MAX_CHARS = 120;

/** What a format mapper extracts from one item, before cleaning. */
export interface ItemDraft {
  /** Title as HTML (entities of the XML layer already decoded). */
  titleHtml: string;
  /** Absolute http(s) link, or null when the item has none usable. */
  link: string | null;
  guid: string | null;
  /** Short description / summary as HTML. */
  summaryHtml: string;
  /** Full content as HTML, used only when there is no summary. */
  contentHtml: string;
  /** Date as written in the feed. */
  dateText: string | null;
  image: string | null;
}

/**
 * Cleans a draft into a `FeedItem`. Returns null for items a reader could not use: no link,
 * or neither title nor text.
 */
export function finishItem(draft: ItemDraft): FeedItem | null {
  if (!draft.link) return null;
  let summary = htmlToText(draft.summaryHtml);
  if (!summary) summary = htmlToText(draft.contentHtml);
  summary = truncateAtWord(summary, SUMMARY_MAX_CHARS);
  const title =
    truncateAtWord(htmlToText(draft.titleHtml), TITLE_MAX_CHARS) || truncateAtWord(summary, DERIVED_TITLE_MAX_CHARS);
  if (!title) return null;
  return {
    title,
    link: draft.link,
    summary,
    published: parseFeedDate(draft.dateText),
    guid: draft.guid?.trim() || null,
    image: draft.image,
  };
}

/**
 * Media RSS description (YouTube puts a video's only text there), as HTML for `ItemDraft`.
 * It is plain text unless it says type="html".
 */
export function mediaDescriptionHtml(item: XmlNode): string {
  for (const scope of [item, ...children(item, 'media:group')]) {
    const description = child(scope, 'media:description');
    const text = textOf(description);
    if (text) return attr(description, 'type') === 'html' ? text : textToHtml(text);
  }
  return '';
}

const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif)$/i;

/** True when a media element points at an image, by medium, MIME type or (lacking both) file extension. */
function isImageMedia(element: XmlNode, url: string): boolean {
  const medium = attr(element, 'medium');
  const type = attr(element, 'type');
  if (medium) return medium === 'image';
  if (type) return type.toLowerCase().startsWith('image/');
  try {
    return IMAGE_EXTENSION.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** The widest image among media:content elements (feeds often list several sizes). */
function widestMediaImage(elements: XmlNode[], base: string): string | null {
  let best: { url: string; width: number } | null = null;
  for (const element of elements) {
    const url = resolveHttpUrl(attr(element, 'url'), base);
    if (!url || !isImageMedia(element, url)) continue;
    const width = Number(attr(element, 'width') ?? 0) || 0;
    if (!best || width > best.width) best = { url, width };
  }
  return best?.url ?? null;
}

/**
 * The item's picture from Media RSS (media:thumbnail, media:content, also inside media:group) or an
 * image enclosure (RSS <enclosure>, Atom <link rel="enclosure">), or podcast cover art (itunes:image).
 * Only http(s) URLs are kept.
 */
export function pickImage(item: XmlNode, base: string): string | null {
  const scopes = [item, ...children(item, 'media:group')];
  for (const scope of scopes) {
    for (const thumb of children(scope, 'media:thumbnail')) {
      const url = resolveHttpUrl(attr(thumb, 'url'), base);
      if (url) return url;
    }
    const media = widestMediaImage(children(scope, 'media:content'), base);
    if (media) return media;
  }
  const enclosures = [
    ...children(item, 'enclosure').map((e) => ({ e, href: attr(e, 'url') })),
    ...children(item, 'link')
      .filter((e) => attr(e, 'rel') === 'enclosure')
      .map((e) => ({ e, href: attr(e, 'href') })),
  ];
  for (const { e, href } of enclosures) {
    const url = resolveHttpUrl(href, base);
    if (url && attr(e, 'type')?.toLowerCase().startsWith('image/')) return url;
  }
  // Podcast episodes: the episode's cover art.
  return resolveHttpUrl(attr(child(item, 'itunes:image'), 'href'), base);
}
