import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { canonicalLangTag } from './lang';
import { readPageMetadata } from './metadata';

const PAGE = 'https://news.example.org/world/2024/story-123';

function meta(head: string, body = '', htmlAttrs = '') {
  const doc = new JSDOM(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`, {
    url: PAGE,
  }).window.document;
  return readPageMetadata(doc, PAGE);
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readPageMetadata: canonical URL', () => {
  it('resolves a relative canonical link against the page', () => {
    expect(meta('<link rel="canonical" href="../2024/story-123/">').url).toBe(
      'https://news.example.org/world/2024/story-123/',
    );
  });

  it('ignores a canonical that points at the home page, and non-http schemes', () => {
    expect(meta('<link rel="canonical" href="https://news.example.org/">').url).toBe(PAGE);
    expect(
      meta('<link rel="canonical" href="javascript:void(0)"><meta property="og:url" content="ftp://x/y">').url,
    ).toBe(PAGE);
  });

  it('falls back to og:url', () => {
    expect(meta('<meta property="og:url" content="https://news.example.org/s/123">').url).toBe(
      'https://news.example.org/s/123',
    );
  });
});

describe('readPageMetadata: site name', () => {
  it('prefers og:site_name, then the JSON-LD publisher, then application-name, then the host', () => {
    const publisher = ld({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      publisher: { name: 'Example Post' },
    });
    expect(meta(`<meta property="og:site_name" content="Example News">${publisher}`).siteName).toBe('Example News');
    expect(meta(`<meta name="application-name" content="ExNews">${publisher}`).siteName).toBe('Example Post');
    expect(meta('<meta name="application-name" content="ExNews">').siteName).toBe('ExNews');
    expect(meta('').siteName).toBe('news.example.org');
  });

  it('drops a tagline after the name', () => {
    expect(meta('<meta property="og:site_name" content="Example Post - All the news, all day">').siteName).toBe(
      'Example Post',
    );
    expect(meta('<meta property="og:site_name" content="Example Post | Since 1901">').siteName).toBe('Example Post');
    expect(meta('<meta property="og:site_name" content="Mid-Valley Times">').siteName).toBe('Mid-Valley Times');
  });

  it('uses the host without www when og:site_name is a URL', () => {
    const doc = new JSDOM('<meta property="og:site_name" content="http://www.example.com">', {
      url: 'https://www.example.com/a',
    });
    expect(readPageMetadata(doc.window.document, 'https://www.example.com/a').siteName).toBe('example.com');
  });
});

describe('readPageMetadata: published time', () => {
  it('reads datePublished from a JSON-LD @graph', () => {
    const graph = ld({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'X' },
        { '@type': 'ReportageNewsArticle', datePublished: '2020-02-03T04:05:06Z' },
      ],
    });
    expect(meta(graph).publishedTime).toBe('2020-02-03T04:05:06.000Z');
  });

  it.each([
    ['<meta property="article:published_time" content="2020-01-01T10:00:00Z">'],
    ['<meta property="og:published_time" content="2020-01-01T10:00:00Z">'],
    ['<meta name="pubdate" content="2020-01-01T10:00:00Z">'],
    ['<meta name="parsely-pub-date" content="2020-01-01T10:00:00Z">'],
    ['<meta name="sailthru.date" content="2020-01-01 10:00:00">'],
    ['<meta name="DC.date" content="2020-01-01T10:00:00Z">'],
    ['<meta name="date" content="2020-01-01T11:00:00+01:00">'],
    ['<meta itemprop="datePublished" content="2020-01-01T10:00:00Z">'],
  ])('reads %s', (head) => {
    expect(meta(head).publishedTime).toBe('2020-01-01T10:00:00.000Z');
  });

  it("takes the article's microdata datePublished, not an embedded video's", () => {
    const body =
      '<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2020-05-05T00:00:00Z"></div>' +
      '<div itemscope itemtype="https://schema.org/NewsArticle"><time itemprop="datePublished" datetime="2020-01-01T10:00:00Z">1 Jan</time></div>';
    expect(meta('', body).publishedTime).toBe('2020-01-01T10:00:00.000Z');
  });

  it('reads the <time> in the article header, and skips invalid values', () => {
    const body = '<article><header><time datetime="2020-01-01T10:00:00Z">1 Jan</time></header></article>';
    expect(meta('<meta property="article:published_time" content="soon">', body).publishedTime).toBe(
      '2020-01-01T10:00:00.000Z',
    );
    expect(meta('<meta name="date" content="not a date">').publishedTime).toBeNull();
  });
});

describe('readPageMetadata: byline, title, language, article declaration', () => {
  it('joins JSON-LD author names, following @id references', () => {
    const graph = ld({
      '@graph': [
        { '@type': 'Person', '@id': '#a', name: 'Ana Lima' },
        { '@type': 'NewsArticle', author: [{ '@id': '#a' }, { '@type': 'Person', name: 'Bo Chen' }], headline: 'H' },
      ],
    });
    const result = meta(graph);
    expect(result.byline).toBe('Ana Lima, Bo Chen');
    expect(result.title).toBe('H');
    expect(result.declaresArticle).toBe(true);
  });

  it('knows a page that does not declare itself an article', () => {
    expect(meta('<meta property="og:type" content="website">').declaresArticle).toBe(false);
    expect(meta('<meta property="og:type" content="article">').declaresArticle).toBe(true);
  });

  it('reads the language from <html lang>, og:locale or content-language', () => {
    expect(meta('', '', 'lang="pt-br"').lang).toBe('pt-BR');
    expect(meta('<meta property="og:locale" content="en_GB">').lang).toBe('en-GB');
    expect(meta('<meta http-equiv="Content-Language" content="de, en">').lang).toBe('de');
    expect(meta('').lang).toBeNull();
  });

  it('canonicalises language tags and rejects nonsense', () => {
    expect(canonicalLangTag('EN-us')).toBe('en-US');
    expect(canonicalLangTag('zh_hans_cn')).toBe('zh-Hans-CN');
    expect(canonicalLangTag('not a tag')).toBeNull();
  });
});
