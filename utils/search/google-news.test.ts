import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../tests/support/fixture-templates';
import { decodeGoogleNewsLink, googleNewsSearchUrl, parseGoogleNewsRss } from './google-news';
import { FeedParseError } from '../feeds/parse-feed';

const now = Date.UTC(2026, 10, 25, 12, 0, 0);
const template = readFileSync(new URL('../../tests/fixtures/search/google-news.xml', import.meta.url), 'utf8');
const body = renderTemplate(template, { origin: 'http://127.0.0.1:1', now });
const feedUrl = 'https://news.google.com/rss/search?q=x';

/** A Google News link in the older format, which carries the article's address. */
function oldStyleLink(address: string): string {
  const url = Buffer.from(address);
  const length = url.length < 128 ? [url.length] : [(url.length & 0x7f) | 0x80, url.length >> 7];
  const bytes = Buffer.concat([Buffer.from([0x08, 0x13, 0x22, ...length]), url, Buffer.from([0xd2, 0x01, 0x00])]);
  return `https://news.google.com/rss/articles/${bytes.toString('base64url')}?oc=5`;
}

describe('googleNewsSearchUrl', () => {
  it('carries the query and the edition, nothing else', () => {
    const url = new URL(
      googleNewsSearchUrl('https://news.google.com/rss/search', '"Reed Bank" Philippine', {
        hl: 'en-GB',
        gl: 'GB',
        ceid: 'GB:en',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://news.google.com/rss/search');
    expect([...url.searchParams]).toEqual([
      ['q', '"Reed Bank" Philippine'],
      ['hl', 'en-GB'],
      ['gl', 'GB'],
      ['ceid', 'GB:en'],
    ]);
  });
});

describe('parseGoogleNewsRss', () => {
  const hits = parseGoogleNewsRss(body, feedUrl);

  it('reads every item with its outlet from <source>, without the " - Outlet" title suffix', () => {
    expect(hits.map((h) => [h.title, h.outlet])).toEqual([
      ['Philippines protests after Chinese cutters turn water cannon on survey vessel at Reed Bank', 'Harbour Gazette'],
      ['Crew of the Amihan Surveyor describe water cannon attack at Reed Bank', 'Manila Ledger'],
      [
        'China defends coast guard at Reed Bank, says Philippine survey ship entered Liyue Tan waters',
        'Pacific Signal',
      ],
      ['Philippine coast guard to escort survey ships after Reed Bank clash', 'Mercer & Vale Report'],
      ["What the Reed Bank gas field means for Manila's energy plans", 'Northern Courier'],
    ]);
  });

  it('dates items by pubDate and leaves out the description, which only repeats headlines', () => {
    expect(hits[0]?.published).toBe(now - 90 * 60_000);
    expect(hits[4]?.published).toBe(now - 9 * 86_400_000);
    expect(hits.every((h) => h.summary === '')).toBe(true);
  });

  it('links to the article when Google’s link still carries its address, else keeps the Google link', () => {
    expect(hits[0]?.link).toBe('https://harbourgazette.example/asia/2026/philippines-protests-reed-bank-water-cannon');
    expect(hits[2]?.link).toBe('https://pacificsignal.example/news/china-defends-coast-guard-reed-bank');
    expect(hits[1]?.link).toMatch(/^https:\/\/news\.google\.com\/rss\/articles\/CBMi3hSz/);
  });

  it('reports a page that is not results (a consent or robot check) as not a feed', () => {
    expect(() => parseGoogleNewsRss('<!DOCTYPE html><html><body>Before you continue</body></html>', feedUrl)).toThrow(
      FeedParseError,
    );
  });

  it('reads an answer with no items as no results', () => {
    expect(
      parseGoogleNewsRss('<rss version="2.0"><channel><title>x - Google News</title></channel></rss>', feedUrl),
    ).toEqual([]);
  });
});

describe('decodeGoogleNewsLink', () => {
  it('finds the address in older links, including long ones', () => {
    const long = `https://news.example/${'section/'.repeat(20)}story`;
    expect(long.length).toBeGreaterThan(128);
    expect(decodeGoogleNewsLink(oldStyleLink('https://news.example/a'))).toBe('https://news.example/a');
    expect(decodeGoogleNewsLink(oldStyleLink(long))).toBe(long);
  });

  it('gives up on opaque ids, other links and non-web addresses', () => {
    expect(
      decodeGoogleNewsLink('https://news.google.com/rss/articles/CBMiVoDMF7ISMaK2JuUOgoT0bnE46wtgrjm_N12CHBE9D?oc=5'),
    ).toBeNull();
    expect(decodeGoogleNewsLink('https://news.example/articles/')).toBeNull();
    expect(decodeGoogleNewsLink('not a url')).toBeNull();
    expect(decodeGoogleNewsLink(oldStyleLink('javascript:alert(1)//http://x'))).toBeNull();
  });
});
