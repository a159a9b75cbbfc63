/**
 * The stories the fixture feeds link to, read back from the feeds themselves so the feed files stay the one place
 * they are written; and the small page the fixture server shows at each story's link.
 */
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { escapeMarkup } from './loopback';

/** One item of a fixture feed, as the fixture server knows it. */
export interface FixtureStory {
  /** Path of the story's link on the fixture server, e.g. `/world-wire/asia/...`. */
  path: string;
  title: string;
  /** The feed's title ("Global Wire Service", "Eastern Desk"). */
  outlet: string;
  /** The item's date exactly as the feed wrote it. */
  published: string;
  /** The item's summary reduced to plain text (scripts dropped). */
  summaryText: string;
}

const parser = new XMLParser({ ignoreAttributes: false, htmlEntities: true, trimValues: true });

type Node = Record<string, unknown>;

const asArray = (value: unknown): Node[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[];

/** Text of an element that may carry attributes (`{ '#text': ..., '@_type': ... }`) or child markup (xhtml). */
function textOf(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (value && typeof value === 'object') {
    const node = value as Node;
    if ('#text' in node) return textOf(node['#text']);
    return Object.entries(node)
      .filter(([key]) => !key.startsWith('@_'))
      .map(([, child]) => textOf(child))
      .join(' ');
  }
  return '';
}

/** Reduces feed HTML to the text a reader would see, without ever running or rendering it. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  for (const element of document.querySelectorAll('script, style')) element.remove();
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every item of a rendered RSS 2.0 or Atom feed from the fixture site. */
export function readFixtureStories(renderedFeed: string): FixtureStory[] {
  const doc = parser.parse(renderedFeed) as Node;
  const rss = doc.rss as Node | undefined;
  if (rss) {
    const channel = rss.channel as Node;
    return asArray(channel.item).map((item) => ({
      path: new URL(textOf(item.link)).pathname,
      title: textOf(item.title),
      outlet: textOf(channel.title),
      published: textOf(item.pubDate),
      summaryText: htmlToText(textOf(item.description)),
    }));
  }
  const feed = doc.feed as Node;
  return asArray(feed.entry).map((entry) => {
    const link = asArray(entry.link).find((l) => (l['@_rel'] ?? 'alternate') === 'alternate');
    const summary = entry.summary ?? entry.content;
    const summaryType = (summary as Node | undefined)?.['@_type'];
    return {
      path: new URL(String(link?.['@_href'])).pathname,
      title: textOf(entry.title),
      outlet: textOf(feed.title),
      published: textOf(entry.published ?? entry.updated),
      summaryText: summaryType === 'html' ? htmlToText(textOf(summary)) : textOf(summary).replace(/\s+/g, ' ').trim(),
    };
  });
}

/** A plain story page for a feed item's link: its title, outlet, date and summary, all as escaped text. */
export function storyPage(story: FixtureStory, origin: string): string {
  const title = escapeMarkup(story.title);
  const outlet = escapeMarkup(story.outlet);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | ${outlet}</title>
<link rel="canonical" href="${escapeMarkup(origin + story.path)}">
<meta property="og:site_name" content="${outlet}">
<style>body{font:18px/1.6 Georgia,serif;max-width:640px;margin:40px auto;padding:0 20px;color:#222}
h1{font-family:Arial,sans-serif;line-height:1.2}.meta{color:#666;font-family:Arial,sans-serif;font-size:14px}</style>
</head><body><article><p class="meta">${outlet}</p><h1>${title}</h1>
<p class="meta"><time>${escapeMarkup(story.published)}</time></p>
<p>${escapeMarkup(story.summaryText)}</p>
<p class="meta">A fixture page served by Sidelight's tests. This story is invented.</p></article></body></html>`;
}
