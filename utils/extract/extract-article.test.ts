import { readFileSync } from 'node:fs';
import { isProbablyReaderable } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, NOT_ARTICLE_REASON } from './extract-article';
import type { Article } from '../types';
import { inWords } from '../../tests/support/in-words';

const FIXTURES = new URL('../../tests/fixtures/pages/', import.meta.url);

function load(name: string, url: string): Document {
  const html = readFileSync(new URL(name, FIXTURES), 'utf8');
  return new JSDOM(html, { url }).window.document;
}

function extractFixture(name: string, url: string): Article {
  const result = extractArticle(load(name, url), url);
  if (result.kind !== 'article') throw new Error(`${name}: expected an article, got "${result.reason}"`);
  return result.article;
}

describe('extractArticle on a news article with a JSON-LD @graph', () => {
  const url = 'https://www.harbourherald.example/news/2024/03/kelmouth-ferry-resumes';
  const article = extractFixture('news-jsonld-graph.html', url);

  it('reads the metadata the page declares', () => {
    expect(article.url).toBe('https://www.harbourherald.example/news/2024/03/kelmouth-ferry-resumes?utm_source=feed');
    expect(article.title).toBe('Ferry service to Kelmouth resumes after storm repairs');
    expect(article.siteName).toBe('The Harbour Herald');
    expect(article.publishedTime).toBe('2024-03-14T07:30:00.000Z');
    expect(article.lang).toBe('en-GB');
    expect(article.byline).toMatch(/Ann Tregarth/);
  });

  it('keeps the story text in paragraphs and leaves out the site chrome', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    expect(article.text).toContain('Engineers from the county council worked through the weekend');
    expect(article.text).not.toMatch(/About us|Weather/);
    expect(article.text).not.toMatch(/ {2}|\n{3}/);
  });

  it('starts the lead with the first story paragraph, not the photo caption', () => {
    expect(article.lead.startsWith('The ferry between Porthaven and Kelmouth island sailed again')).toBe(true);
    expect(article.lead.length).toBeLessThanOrEqual(320);
    expect(article.lead).not.toContain('Photo:');
  });

  it('does not change the live document', () => {
    const doc = load('news-jsonld-graph.html', url);
    const before = doc.getElementsByTagName('*').length;
    extractArticle(doc, url);
    expect(doc.getElementsByTagName('*').length).toBe(before);
    expect(doc.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(1);
  });
});

describe('extractArticle on a page with only meta tags', () => {
  const url = 'https://courrier-du-lys.example/region/vendanges-precoces?ref=home';
  const article = extractFixture('meta-only.html', url);

  it('falls back to og:url, og:locale and the author meta tag', () => {
    expect(article.url).toBe('https://courrier-du-lys.example/region/vendanges-precoces');
    expect(article.lang).toBe('fr-FR');
    expect(article.byline).toBe('Lucie Marchand');
    expect(article.siteName).toBe('Le Courrier du Lys');
  });

  it('strips the site name from the title and normalises the offset date', () => {
    expect(article.title).toBe('Les vendanges commencent tôt dans la vallée du Lys');
    expect(article.publishedTime).toBe('2023-08-21T04:15:00.000Z');
  });
});

describe('extractArticle on pages that are not articles', () => {
  it('says a home page full of links is not an article', () => {
    const url = 'https://www.harbourherald.example/';
    expect(extractArticle(load('home-page.html', url), url)).toEqual({
      kind: 'not-article',
      reason: NOT_ARTICLE_REASON,
    });
    expect(inWords(NOT_ARTICLE_REASON)).toBe("This page doesn't look like a news article.");
  });

  it('says a paywall stub is not an article even though it declares itself one', () => {
    const url = 'https://www.harbourherald.example/news/shipyard-deal';
    expect(extractArticle(load('paywall.html', url), url)).toEqual({ kind: 'not-article', reason: NOT_ARTICLE_REASON });
  });

  it('says an empty document is not an article', () => {
    const doc = new JSDOM('<!doctype html><title>x</title>', { url: 'https://a.example/' }).window.document;
    expect(extractArticle(doc, 'https://a.example/').kind).toBe('not-article');
  });
});

describe('extractArticle on a live blog', () => {
  const url = 'https://www.harbourherald.example/live/storm-brennan';
  const article = extractFixture('live-blog.html', url);

  it('accepts it as an article because it declares LiveBlogPosting, though its short updates fail the gate', () => {
    expect(isProbablyReaderable(load('live-blog.html', url))).toBe(false);
    expect(article.title).toBe('Storm Brennan live: power cuts and road closures across the county');
    expect(article.text).toContain('All ferry crossings to Kelmouth are cancelled');
    expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(6);
  });

  it('takes the published time from the article header <time>', () => {
    expect(article.publishedTime).toBe('2024-01-09T06:00:00.000Z');
    expect(article.byline).toBe('Harbour Herald newsroom');
  });

  it('leads with the first update, not the header timestamp', () => {
    expect(article.lead.startsWith('11:40 The coast road')).toBe(true);
  });
});

describe('extractArticle on a page with malformed JSON-LD', () => {
  const url = 'https://lanntaler-bote.example/stadt/bruecke';
  const article = extractFixture('malformed-jsonld.html', url);

  it('skips the broken blocks and repairs the one with raw newlines and a trailing comma', () => {
    expect(article.siteName).toBe('Lanntaler Bote');
    expect(article.byline).toBe('Jonas Weber');
    // JSON-LD datePublished outranks the generic sailthru.date meta tag.
    expect(article.publishedTime).toBe('2022-05-31T08:00:00.000Z');
    expect(article.lang).toBe('de');
    expect(article.url).toBe(url);
  });
});

describe('extractArticle on a page with hostile content', () => {
  const url = 'https://www.harbourherald.example/news/clock';
  const article = extractFixture('hostile.html', url);

  it('keeps the story and none of the script, style or handler source', () => {
    expect(article.text).toContain('a broken spring inside the mechanism');
    expect(article.text).toContain('Read the council statement');
    for (const marker of [
      'script-source',
      'tracker',
      'style-rule',
      'handler-source',
      'link-source',
      'img-source',
      'noscript-fallback',
      'template-source',
      'iframe-source',
      'javascript:',
      'alert(',
      'document.cookie',
    ]) {
      expect(article.text).not.toContain(marker);
      expect(article.lead).not.toContain(marker);
    }
  });

  it('rejects non-http canonical URLs and URL-valued authors', () => {
    expect(article.url).toBe(url);
    expect(article.byline).toBeNull();
  });
});
