/**
 * Article metadata read from the live page: meta tags, `<link rel=canonical>`, JSON-LD and `<html lang>`.
 * Read-only: nothing here changes the document.
 */

import { cleanByline, looksLikeUrl, tidy } from './clean';
import { normaliseDate } from './dates';
import { langOf } from './lang';
import { hostOf } from '../format/urls';
import { isArticleNode, namesOf, readJsonLd, stringField, typesOf, type JsonLdNode } from './jsonld';

/** What the page says about itself, before Readability looks at the text. */
export interface PageMetadata {
  /** Canonical URL (absolute, http or https) when declared, else the page URL. */
  url: string;
  /** og:site_name, JSON-LD publisher, application-name, or the host without "www.". */
  siteName: string;
  /** og:title, twitter:title or JSON-LD headline, as written (site name not yet stripped). */
  title: string | null;
  /** Author names from meta tags or JSON-LD, comma-separated. */
  byline: string | null;
  /** ISO 8601 UTC, or null. */
  publishedTime: string | null;
  /** Canonical BCP 47 tag ("en", "en-GB"), or null. */
  lang: string | null;
  /** The page calls itself an article (og:type=article or a JSON-LD Article/NewsArticle/... node). */
  declaresArticle: boolean;
}

/** Read the page's own metadata. `pageUrl` is the address the page was loaded from. */
export function readPageMetadata(doc: Document, pageUrl: string): PageMetadata {
  const meta = readMetaTags(doc);
  const jsonLd = readJsonLd(doc);
  const article = jsonLd.find(isArticleNode) ?? null;
  const url = canonicalUrl(doc, meta, pageUrl);
  return {
    url,
    siteName: siteNameOf(meta, article, jsonLd, url),
    title: tidy(meta.get('og:title') ?? meta.get('twitter:title') ?? stringField(article, 'headline')),
    byline: bylineOf(doc, meta, article, jsonLd),
    publishedTime: publishedTimeOf(doc, meta, article, jsonLd),
    lang: langOf(doc, meta),
    declaresArticle: article !== null || meta.get('og:type')?.toLowerCase() === 'article',
  };
}

/**
 * Meta tags by lower-cased `property`, `name` or `http-equiv`; the first non-empty value wins
 * (pages repeat tags, and the first is the one the CMS wrote on purpose more often than not).
 */
function readMetaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

function canonicalUrl(doc: Document, meta: Map<string, string>, pageUrl: string): string {
  const candidates = [doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'), meta.get('og:url')];
  for (const href of candidates) {
    const url = absoluteHttpUrl(href, pageUrl);
    // Some CMSs declare the home page as canonical on every page; that would merge every article into one.
    if (url && !(isRootPath(url) && !isRootPath(pageUrl))) return url;
  }
  return pageUrl;
}

function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function isRootPath(href: string): boolean {
  try {
    return new URL(href).pathname.replace(/\/+$/, '') === '';
  } catch {
    return false;
  }
}

function siteNameOf(meta: Map<string, string>, article: JsonLdNode | null, all: JsonLdNode[], url: string): string {
  const website = all.find((n) => typesOf(n).includes('website'));
  const candidates = [
    meta.get('og:site_name'),
    namesOf(article?.publisher, all)[0],
    stringField(website ?? null, 'name'),
    meta.get('application-name'),
  ];
  for (const candidate of candidates) {
    // "Example News - Latest news and headlines": a brand name rarely has a spaced dash or bar, a tagline does.
    const name = tidy(candidate)?.split(/\s+[-|–—]\s+/)[0];
    if (name && !looksLikeUrl(name)) return name;
  }
  return hostOf(url);
}

function bylineOf(
  doc: Document,
  meta: Map<string, string>,
  article: JsonLdNode | null,
  all: JsonLdNode[],
): string | null {
  const fromJsonLd = namesOf(article?.author, all).filter((n) => !looksLikeUrl(n));
  const candidates = [
    meta.get('author'),
    meta.get('article:author'),
    meta.get('dc.creator'),
    meta.get('parsely-author'),
    meta.get('sailthru.author'),
    fromJsonLd.length > 0 ? fromJsonLd.join(', ') : undefined,
    doc.querySelector('meta[itemprop~="author" i][content]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const byline = cleanByline(candidate);
    if (byline) return byline;
  }
  return null;
}

/** Article header `<time>` elements, most specific first. */
const TIME_SELECTORS = [
  'time[pubdate][datetime]',
  'article header time[datetime]',
  'main header time[datetime]',
  'article time[datetime]',
];

function publishedTimeOf(
  doc: Document,
  meta: Map<string, string>,
  article: JsonLdNode | null,
  all: JsonLdNode[],
): string | null {
  const anyJsonLdDate = all.map((n) => stringField(n, 'datePublished')).find((d) => d !== null);
  const candidates = [
    meta.get('article:published_time'),
    meta.get('og:published_time'),
    stringField(article, 'datePublished'),
    microdataDatePublished(doc),
    meta.get('pubdate'),
    meta.get('parsely-pub-date'),
    meta.get('sailthru.date'),
    meta.get('dc.date.issued'),
    meta.get('dc.date'),
    meta.get('dcterms.created'),
    meta.get('date'),
    anyJsonLdDate,
    ...TIME_SELECTORS.map((sel) => doc.querySelector(sel)?.getAttribute('datetime')),
  ];
  for (const candidate of candidates) {
    const iso = normaliseDate(candidate);
    if (iso) return iso;
  }
  return null;
}

/**
 * Microdata `itemprop="datePublished"` of the article itself: pages also carry it for embedded videos and
 * related links, whose dates are not the article's.
 */
function microdataDatePublished(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="datePublished" i]'))) {
    const itemType = el.parentElement?.closest('[itemscope]')?.getAttribute('itemtype') ?? 'Article';
    if (!/Article|BlogPosting|Report/i.test(itemType)) continue;
    const value = el.getAttribute('content') ?? el.getAttribute('datetime');
    if (value?.trim()) return value;
  }
  return null;
}
