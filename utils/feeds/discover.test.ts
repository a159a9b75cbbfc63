import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverFeeds } from './discover';
import { commonFeedUrls, findFeedLinks } from './feed-links';
import type { FetchTextResult } from './fetch-text';
import { said } from '../said';
import { inWords } from '../../tests/support/in-words';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

const rss = (title: string, items = 2) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://site.example/</link>${Array.from(
    { length: items },
    (_, i) => `<item><title>Story ${i}</title><link>https://site.example/s/${i}</link></item>`,
  ).join('')}</channel></rss>`;

/** A fake web: URL → body (HTML or feed) or HTTP status; every request is recorded. */
function fakeWeb(pages: Record<string, string | number>) {
  const requested: string[] = [];
  const fetchText = async (url: string): Promise<FetchTextResult> => {
    requested.push(url);
    const page = pages[url];
    if (page === undefined) return { ok: false, error: said('fetch.http', { status: 404, reason: 'Not Found' }) };
    if (typeof page === 'number') return { ok: false, error: said('fetch.http', { status: page, reason: '' }) };
    const isHtml = page.trimStart().startsWith('<!DOCTYPE html') || page.trimStart().startsWith('<html');
    return {
      ok: true,
      notModified: false,
      text: page,
      finalUrl: url,
      contentType: isHtml ? 'text/html' : 'application/rss+xml',
      etag: null,
      lastModified: null,
    };
  };
  return { fetchText, requested };
}

describe('findFeedLinks', () => {
  it('finds advertised feeds however the tags are written, resolved against <base>, comment feeds last', () => {
    const links = findFeedLinks(fixture('discovery/two-feeds.html'), 'https://www.tidewater-ledger.example/');
    expect(links.map((l) => [l.url, l.title])).toEqual([
      [
        'https://www.tidewater-ledger.example/news/feeds/all.xml?edition=coast&format=rss',
        'Tidewater Ledger & Coast: all stories',
      ],
      ['https://www.tidewater-ledger.example/feeds/harbour.atom', 'Harbour desk'],
      ['https://feeds.elsewhere.example/tidewater.json', ''],
      ['https://www.tidewater-ledger.example/sports/feed.xml', 'Sport'],
      ['https://www.tidewater-ledger.example/comments/feed/', 'Comments on the Tidewater Ledger'],
    ]);
  });

  it('ignores commented-out links, links written by scripts, escaped text and non-feed alternates', () => {
    const urls = findFeedLinks(fixture('discovery/two-feeds.html'), 'https://www.tidewater-ledger.example/').map(
      (l) => l.url,
    );
    for (const absent of ['old-feed.xml', 'from-script.xml', 'in-text.xml', 'fr.tidewater', 'javascript:']) {
      expect(urls.some((u) => u.includes(absent))).toBe(false);
    }
  });

  it('finds nothing on a page without feed links, and lists the usual paths to try', () => {
    expect(findFeedLinks(fixture('discovery/no-feeds.html'), 'https://kestrel-bulletin.example/')).toEqual([]);
    expect(commonFeedUrls('https://kestrel-bulletin.example/about/')).toEqual([
      'https://kestrel-bulletin.example/feed',
      'https://kestrel-bulletin.example/rss',
      'https://kestrel-bulletin.example/rss.xml',
      'https://kestrel-bulletin.example/atom.xml',
      'https://kestrel-bulletin.example/feed.xml',
      'https://kestrel-bulletin.example/index.xml',
    ]);
  });

  it('survives a truncated page', () => {
    expect(
      findFeedLinks(
        '<html><head><link rel="alternate" type="application/rss+xml" href="/a.xml"><link rel="altern',
        'https://x.example/',
      ),
    ).toEqual([{ url: 'https://x.example/a.xml', title: '', type: 'application/rss+xml' }]);
    expect(
      findFeedLinks(
        '<!-- never closed <link rel="alternate" type="application/rss+xml" href="/a.xml">',
        'https://x.example/',
      ),
    ).toEqual([]);
  });
});

describe('discoverFeeds', () => {
  it('takes a feed URL as it is', async () => {
    const web = fakeWeb({ 'https://site.example/rss': rss('Site News') });
    const found = await discoverFeeds('https://site.example/rss', web);
    expect(found.kind).toBe('feed');
    expect(found.kind === 'feed' && found.fetched.feed.title).toBe('Site News');
  });

  it("lists a page's feeds with their own titles and item counts; feeds on sites it may not fetch are listed unchecked", async () => {
    const web = fakeWeb({
      'https://www.tidewater-ledger.example/': fixture('discovery/two-feeds.html'),
      'https://www.tidewater-ledger.example/news/feeds/all.xml?edition=coast&format=rss': rss('Tidewater Ledger', 3),
      'https://www.tidewater-ledger.example/feeds/harbour.atom': rss('Harbour Desk (Ledger)', 1),
      'https://www.tidewater-ledger.example/sports/feed.xml': 500,
      'https://www.tidewater-ledger.example/comments/feed/': rss('Comments', 0),
    });
    const canFetch = async (url: string) => new URL(url).hostname === 'www.tidewater-ledger.example';
    const found = await discoverFeeds('https://www.tidewater-ledger.example/', { ...web, canFetch });
    expect(found.kind).toBe('page');
    if (found.kind !== 'page') return;
    expect(found.feeds.map((f) => [f.title, f.itemCount])).toEqual([
      ['Tidewater Ledger', 3],
      ['Harbour Desk (Ledger)', 1],
      ['feeds.elsewhere.example/tidewater.json', null],
      ['Comments', 0],
    ]);
    expect(web.requested).not.toContain('https://feeds.elsewhere.example/tidewater.json');
  });

  it('tries the usual paths when a page links to no feed, keeping each feed once', async () => {
    const web = fakeWeb({
      'https://kestrel-bulletin.example/': fixture('discovery/no-feeds.html'),
      'https://kestrel-bulletin.example/rss.xml': rss('Kestrel Valley Bulletin'),
      'https://kestrel-bulletin.example/index.xml': rss('Kestrel Valley Bulletin (all)'),
    });
    const found = await discoverFeeds('https://kestrel-bulletin.example/', web);
    expect(found.kind === 'page' && found.feeds.map((f) => f.url)).toEqual([
      'https://kestrel-bulletin.example/rss.xml',
      'https://kestrel-bulletin.example/index.xml',
    ]);
  });

  it('says in words when there is no feed to be found', async () => {
    const web = fakeWeb({ 'https://kestrel-bulletin.example/': fixture('discovery/no-feeds.html') });
    const found = await discoverFeeds('https://kestrel-bulletin.example/', web);
    expect(inWords(found)).toEqual({
      kind: 'none',
      error:
        'not a feed: the server sent an HTML page that links to no feed, and none of /feed, /rss, /rss.xml, /atom.xml, /feed.xml, /index.xml on kestrel-bulletin.example is one',
    });
    expect(inWords(await discoverFeeds('https://gone.example/', fakeWeb({ 'https://gone.example/': 410 })))).toEqual({
      kind: 'none',
      error: 'HTTP 410',
    });
  });

  it('reports a broken feed as broken instead of probing its site', async () => {
    const web = fakeWeb({ 'https://site.example/rss': '<?xml version="1.0"?><rss><channel><title>Cut' });
    const found = await discoverFeeds('https://site.example/rss', web);
    expect(found.kind).toBe('none');
    expect(web.requested).toEqual(['https://site.example/rss']);
  });

  it('says when every linked feed is broken', async () => {
    const page =
      '<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>';
    const found = await discoverFeeds('https://site.example/', fakeWeb({ 'https://site.example/': page }));
    expect(inWords(found)).toEqual({
      kind: 'none',
      error: 'the page links to a feed, but none could be read (https://site.example/feed.xml: HTTP 404 (Not Found))',
    });
  });
});
