import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addFromUrl } from './add-from-url';
import type { FetchTextResult } from '../feeds/fetch-text';
import { importSources } from './import-sources';
import { openSidelightDb } from '../store/db';
import { listSources } from '../store/sources';
import { listStories } from '../store/stories';
import { said } from '../said';
import { inWords } from '../../tests/support/in-words';

let n = 0;
const freshDb = () => openSidelightDb(`import-test-${++n}`);

const rss = (title: string) =>
  `<rss version="2.0"><channel><title>${title}</title><item><title>One</title><link>https://n.example/${encodeURIComponent(title)}/1</link></item></channel></rss>`;
const page = (links: string[]) =>
  `<!DOCTYPE html><html><head>${links.map((href) => `<link rel="alternate" type="application/rss+xml" href="${href}">`).join('')}</head><body></body></html>`;
const web = (pages: Record<string, string>) => ({
  fetchText: async (url: string): Promise<FetchTextResult> =>
    pages[url] === undefined
      ? { ok: false, error: said('fetch.http', { status: 404, reason: 'Not Found' }) }
      : {
          ok: true,
          notModified: false,
          text: pages[url] ?? '',
          finalUrl: url,
          contentType: null,
          etag: null,
          lastModified: null,
        },
});

describe('importSources', () => {
  it('adds new feeds in file order, unfetched, and leaves ones already added alone', async () => {
    const db = await freshDb();
    await importSources(db, [{ url: 'https://a.example/feed', title: 'A', homepage: null }]);
    const summary = await importSources(db, [
      { url: 'https://b.example/rss', title: 'B', homepage: 'https://b.example/' },
      { url: 'http://A.example/feed/', title: 'A again', homepage: null },
      { url: 'https://c.example/atom', title: 'C', homepage: null },
    ]);
    expect(summary).toEqual({
      added: [
        { id: 'https://b.example/rss', title: 'B' },
        { id: 'https://c.example/atom', title: 'C' },
      ],
      alreadyYours: [{ url: 'http://A.example/feed/', title: 'A again' }],
    });
    const sources = await listSources(db);
    expect(sources.map((s) => s.title)).toEqual(['A', 'B', 'C']);
    expect(sources.every((s) => s.health.lastFetchedAt === null)).toBe(true);
  });
});

describe('addFromUrl', () => {
  it("adds a site's only feed under the feed's own title", async () => {
    const db = await freshDb();
    const result = await addFromUrl(
      db,
      'https://site.example/',
      web({ 'https://site.example/': page(['/rss']), 'https://site.example/rss': rss('Site Daily') }),
    );
    expect(result).toMatchObject({
      ok: true,
      kind: 'added',
      source: { id: 'https://site.example/rss', title: 'Site Daily' },
      added: 1,
    });
    expect(await listStories(db)).toHaveLength(1);
  });

  it('offers the choice when a site has several feeds, marking ones already added', async () => {
    const db = await freshDb();
    const pages = {
      'https://site.example/': page(['/world.xml', '/sport.xml']),
      'https://site.example/world.xml': rss('World'),
      'https://site.example/sport.xml': rss('Sport'),
    };
    await addFromUrl(db, 'https://site.example/world.xml', web(pages));
    const result = await addFromUrl(db, 'https://site.example/', web(pages));
    expect(result).toEqual({
      ok: true,
      kind: 'choose',
      pageUrl: 'https://site.example/',
      feeds: [
        { url: 'https://site.example/world.xml', title: 'World', itemCount: 1, alreadyAdded: true },
        { url: 'https://site.example/sport.xml', title: 'Sport', itemCount: 1, alreadyAdded: false },
      ],
    });
    expect(await listSources(db)).toHaveLength(1);
  });

  it('refuses a feed already added, and explains a site without feeds', async () => {
    const db = await freshDb();
    const pages = { 'https://site.example/rss': rss('Site Daily'), 'https://plain.example/': page([]) };
    await addFromUrl(db, 'https://site.example/rss', web(pages));
    expect(inWords(await addFromUrl(db, 'site.example/rss', web(pages)))).toEqual({
      ok: false,
      error: 'This feed is already one of your sources.',
    });
    const none = await addFromUrl(db, 'https://plain.example/', web(pages));
    expect(none.ok).toBe(false);
    expect(!none.ok && inWords(none.error)).toMatch(
      /^Could not add this feed: not a feed: the server sent an HTML page that links to no feed/,
    );
  });
});
