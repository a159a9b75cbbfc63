import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FetchFeedResult } from '../feeds/fetch-feed';
import { RefreshRunner } from '../refresh/runner';
import { addSource, isRefreshing, STALE_REFRESH_MS } from './add-source';
import { parseFeedUrl } from './feed-url';
import { openSidelightDb } from '../store/db';
import { listSources } from '../store/sources';
import { listStories } from '../store/stories';
import { said } from '../said';
import { say } from '../../components/said';

let n = 0;
const freshDb = () => openSidelightDb(`sources-test-${++n}`);

const feed = (title: string, links: string[]): FetchFeedResult => ({
  ok: true,
  notModified: false,
  finalUrl: 'https://feeds.example/x',
  etag: null,
  lastModified: null,
  feed: {
    title,
    homepage: 'https://feeds.example/',
    items: links.map((link, i) => ({
      title: `Story ${i}`,
      link,
      summary: '',
      published: 1_700_000_000_000 + i,
      guid: null,
      image: null,
    })),
  },
});

describe('parseFeedUrl', () => {
  it('accepts http(s), adds https to a bare host, and explains what is wrong otherwise', () => {
    expect(parseFeedUrl('example.com/rss')).toEqual({ ok: true, url: 'https://example.com/rss' });
    const why = (input: string) => {
      const parsed = parseFeedUrl(input);
      return parsed.ok ? null : say(parsed.error);
    };
    expect(why('')).toContain('Enter the address');
    expect(why('ftp://example.com/feed')).toBe('Only http and https feeds can be added.');
    expect(why('http://exa mple')).toBe(
      '"http://exa mple" is not a web address. Enter a feed URL such as https://example.com/rss.xml.',
    );
  });
});

describe('addSource', () => {
  it('saves the source and its stories together or not at all', async () => {
    const db = await freshDb();
    const broken = feed('World Desk', ['https://n.example/1']);
    // A value IndexedDB cannot store makes the stories' write fail.
    if (broken.ok && !broken.notModified) (broken.feed.items[0] as { image: unknown }).image = () => 'not storable';
    await expect(addSource(db, 'https://feeds.example/world.xml', async () => broken)).rejects.toThrow();
    // No source is left behind whose next fetch would be a 304 with its stories never stored.
    expect(await listSources(db)).toEqual([]);
    expect(await listStories(db)).toEqual([]);
  });

  it('stores the feed under its own title with its stories', async () => {
    const db = await freshDb();
    const result = await addSource(db, 'https://feeds.example/world.xml', async () =>
      feed('World Desk', ['https://n.example/1', 'https://n.example/2']),
    );
    expect(result).toMatchObject({
      ok: true,
      added: 2,
      source: { title: 'World Desk', health: { itemsInLastFetch: 2, lastError: null } },
    });
    expect(await listStories(db)).toHaveLength(2);
  });

  it('stores nothing when the feed does not work, and says why', async () => {
    const db = await freshDb();
    const result = await addSource(db, 'https://feeds.example/missing.xml', async () => ({
      ok: false,
      error: said('fetch.http', { status: 404, reason: 'Not Found' }),
    }));
    expect(!result.ok && say(result.error)).toBe('Could not add this feed: HTTP 404 (Not Found).');
    expect(await listSources(db)).toHaveLength(0);
  });

  it('refuses the same feed twice', async () => {
    const db = await freshDb();
    const fetcher = async () => feed('W', ['https://n.example/1']);
    await addSource(db, 'https://feeds.example/w.xml', fetcher);
    const again = await addSource(db, 'https://feeds.example/w.xml', fetcher);
    expect(!again.ok && say(again.error)).toBe('This feed is already one of your sources.');
  });
});

describe('refreshing added sources', () => {
  it('records failures in words, keeps stored stories, and clears the refreshing flag', async () => {
    const db = await freshDb();
    await addSource(db, 'https://feeds.example/a.xml', async () => feed('A', ['https://n.example/a1']));
    await addSource(db, 'https://feeds.example/b.xml', async () => feed('B', ['https://n.example/b1']));
    const runner = new RefreshRunner({
      db,
      fetcher: async (url) =>
        url.endsWith('a.xml')
          ? feed('A', ['https://n.example/a1', 'https://n.example/a2'])
          : { ok: false, error: said('fetch.timedOut', { seconds: 20 }) },
    });
    const run = await runner.request(
      (await listSources(db)).map((s) => s.id),
      'manual',
    );
    await runner.idle();
    expect(run.sourceIds).toHaveLength(2);
    const [a, b] = await listSources(db);
    expect(a?.health).toMatchObject({ itemsInLastFetch: 2, lastError: null, refreshingSince: null });
    expect(b?.health).toMatchObject({
      itemsInLastFetch: 1,
      lastError: said('fetch.timedOut', { seconds: 20 }),
      refreshingSince: null,
    });
    expect((await listStories(db)).map((s) => s.url).sort()).toEqual([
      'https://n.example/a1',
      'https://n.example/a2',
      'https://n.example/b1',
    ]);
  });

  it('treats a refresh flag left by a dead worker as stale', async () => {
    const db = await freshDb();
    const result = await addSource(db, 'https://feeds.example/a.xml', async () => feed('A', []));
    if (!result.ok) throw new Error(say(result.error));
    const now = Date.now();
    const source = {
      ...result.source,
      health: { ...result.source.health, refreshingSince: now - STALE_REFRESH_MS - 1 },
    };
    expect(isRefreshing(source, now)).toBe(false);
    expect(isRefreshing({ ...source, health: { ...source.health, refreshingSince: now - 1000 } }, now)).toBe(true);
  });
});
