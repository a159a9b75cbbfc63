/**
 * Article extraction: decide whether a page is a news article and, if so, read its text and metadata.
 * The content script calls `extractArticle(document, location.href)`.
 */

import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ExtractionResult } from '../types';
import { NOT_ARTICLE_REASON } from './reasons';
import { cleanByline, stripSiteName, tidy } from './clean';
import { normaliseDate } from './dates';
import { readPageMetadata } from './metadata';
import { makeLead } from './lead';
import { articleParagraphs, joinParagraphs } from './paragraphs';

/** The reason shown to the reader when a page is not an article. */
export { NOT_ARTICLE_REASON };

/** Below this many characters of article text the page is a stub (paywall, teaser, gallery), not an article. */
export const MIN_ARTICLE_CHARS = 400;

/**
 * Extract the article the reader is looking at. Reads the live `doc` without changing it; Readability works on a
 * clone. Never throws: a page Readability cannot handle is reported as not an article.
 */
export function extractArticle(doc: Document, pageUrl: string): ExtractionResult {
  const notArticle = { kind: 'not-article', reason: NOT_ARTICLE_REASON } as const;
  const meta = readPageMetadata(doc, pageUrl);
  // The cheap gate spares home pages and link lists the full parse; pages that call themselves articles get the
  // parse anyway, because short or oddly built articles fail the gate.
  if (!meta.declaresArticle && !isProbablyReaderable(doc)) return notArticle;

  const parsed = parseClone(doc);
  if (!parsed?.content) return notArticle;
  const paragraphs = articleParagraphs(parsed.content);
  const text = joinParagraphs(paragraphs);
  if (text.length < MIN_ARTICLE_CHARS) return notArticle;

  const title = tidy(parsed.title) ?? meta.title ?? tidy(doc.title) ?? '';
  return {
    kind: 'article',
    article: {
      url: meta.url,
      title: stripSiteName(title, meta.siteName),
      siteName: meta.siteName,
      byline: cleanByline(parsed.byline) ?? meta.byline,
      publishedTime: meta.publishedTime ?? normaliseDate(parsed.publishedTime),
      lang: meta.lang,
      lead: makeLead(paragraphs.map((p) => p.story)),
      text,
    },
  };
}

function parseClone(doc: Document) {
  try {
    // The serializer hands back the article element itself, so text is read from the DOM, never from markup.
    const clone = doc.cloneNode(true) as Document;
    return new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  } catch {
    // Readability throws on some malformed documents; to the reader that is simply "not an article".
    return null;
  }
}
