import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { storeNewSources, type NewSource } from './add-sources';
import { RefreshRunner } from '../refresh/runner';
import type { FetchFeedResult } from '../feeds/fetch-feed';
import { openSidelightDb } from '../store/db';
import { getSource, listSources, NEW_SOURCE_HEALTH, putSource } from '../store/sources';
import { listStories } from '../store/stories';
import type { OutletFacts } from '../types';
import { said } from '../said';
import { kyodo } from '../../tests/support/outlet-facts';

let n = 0;
const freshDb = () => openSidelightDb(`add-sources-test-${++n}`);

const facts: OutletFacts = kyodo;
const wanted = (i: number, outlet: OutletFacts | null = null): NewSource => ({
  feedUrl: `https://feeds${i}.example/rss`,
  title: `Outlet ${i}`,
  homepage: `https://outlet${i}.example/`,
  outlet,
});
const parsed = (title: string, links: string[]): FetchFeedResult => ({
  ok: true,
  notModified: false,
  finalUrl: 'https://x.example/',
  etag: null,
  lastModified: null,
  feed: {
    title,
    homepage: null,
    items: links.map((link) => ({
      title: link,
      link,
      summary: '',
      published: 1_700_000_000_000,
      guid: null,
      image: null,
    })),
  },
});

describe('storeNewSources', () => {
  it('stores every new source at once, under the name given, never fetched, with its outlet facts', async () => {
    const db = await freshDb();
    const summary = await storeNewSources(db, [wanted(1, facts), wanted(2)], 1000);
    expect(summary).toEqual({
      added: ['https://feeds1.example/rss', 'https://feeds2.example/rss'],
      alreadyAdded: [],
      rejected: [],
    });
    const sources = await listSources(db);
    expect(sources.map((s) => s.title)).toEqual(['Outlet 1', 'Outlet 2']);
    expect(sources[0]).toMatchObject({ outlet: facts, health: { lastFetchedAt: null, lastError: null } });
    expect(sources[1] && 'outlet' in sources[1]).toBe(false);
  });

  it('skips feeds already there or listed twice, and rejects what is not a web address, in words', async () => {
    const db = await freshDb();
    await storeNewSources(db, [wanted(1)]);
    const summary = await storeNewSources(db, [
      wanted(1),
      wanted(2),
      wanted(2),
      { ...wanted(3), feedUrl: 'ftp://x.example/feed' },
    ]);
    expect(summary.added).toEqual(['https://feeds2.example/rss']);
    expect(summary.alreadyAdded).toEqual(['https://feeds1.example/rss', 'https://feeds2.example/rss']);
    expect(summary.rejected).toEqual([{ feedUrl: 'ftp://x.example/feed', error: said('source.onlyHttp') }]);
    expect(await listSources(db)).toHaveLength(2);
  });
});

describe('the first fetch of sources added together', () => {
  it('is a refresh run that records stories and failures in words and keeps the catalogue names and facts', async () => {
    const db = await freshDb();
    const { added } = await storeNewSources(
      db,
      Array.from({ length: 5 }, (_, i) => wanted(i, facts)),
    );
    const runner = new RefreshRunner({
      db,
      fetcher: async (url) =>
        url.includes('feeds3.')
          ? { ok: false, error: said('fetch.couldNotConnect', { host: 'feeds3.example' }) }
          : parsed('Feed title', [`${url}/story-a`, `${url}/story-b`]),
    });
    await runner.request(added, 'import');
    await runner.idle();
    const sources = await listSources(db);
    const failed = sources.find((s) => s.id.includes('feeds3.'));
    expect(failed?.health).toMatchObject({
      lastError: said('fetch.couldNotConnect', { host: 'feeds3.example' }),
      refreshingSince: null,
    });
    const ok = sources.filter((s) => s !== failed);
    expect(
      ok.every((s) => s.health.itemsInLastFetch === 2 && s.health.lastError === null && s.title.startsWith('Outlet')),
    ).toBe(true);
    // Outlet facts survive the health updates.
    expect(sources.every((s) => s.outlet?.catalogueId === 'kyodo')).toBe(true);
    expect(await listStories(db)).toHaveLength(8);
  });
});

describe('sources stored before outlet facts existed', () => {
  it('read back unchanged and are still found by feed URL (no IndexedDB migration needed)', async () => {
    const db = await freshDb();
    await putSource(db, {
      id: 'https://old.example/rss',
      feedUrl: 'https://old.example/rss',
      title: 'Old',
      homepage: null,
      addedAt: 1,
      health: NEW_SOURCE_HEALTH,
    });
    const summary = await storeNewSources(db, [{ ...wanted(1), feedUrl: 'https://old.example/rss' }]);
    expect(summary.alreadyAdded).toEqual(['https://old.example/rss']);
    expect((await getSource(db, 'https://old.example/rss'))?.outlet).toBeUndefined();
  });
});
