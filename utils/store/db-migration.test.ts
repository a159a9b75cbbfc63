import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openSidelightDb } from './db';
import { openV1Database } from '../../tests/support/v1-database';
import { openV2Database } from '../../tests/support/v2-database';

describe('database upgrade from v1', () => {
  it('keeps sources and stories, adds the refresh-run store and fills in the new health fields', async () => {
    const name = 'migration-v1';
    // A database as version 1 of Sidelight left it.
    const v1 = await openV1Database(name);
    await v1.put('sources', {
      id: 'https://a.example/feed',
      feedUrl: 'https://a.example/feed',
      title: 'A Times',
      homepage: null,
      addedAt: 1,
      health: { lastFetchedAt: 5, lastSuccessAt: 5, itemsInLastFetch: 7, lastError: null, refreshingSince: null },
    });
    await v1.put('stories', {
      id: 'https://a.example/s/1',
      url: 'https://a.example/s/1',
      title: 'S',
      summary: '',
      outlet: 'A Times',
      published: 5,
      dateIsFetchTime: false,
      sourceIds: ['https://a.example/feed'],
      image: null,
      firstSeen: 5,
    });
    v1.close();

    const db = await openSidelightDb(name);
    expect(DB_VERSION).toBe(3);
    expect([...db.objectStoreNames]).toContain('refreshRuns');
    expect((await db.get('sources', 'https://a.example/feed'))?.health).toEqual({
      lastFetchedAt: 5,
      lastSuccessAt: 5,
      itemsInLastFetch: 7,
      lastError: null,
      refreshingSince: null,
      consecutiveFailures: 0,
      etag: null,
      lastModified: null,
    });
    expect(await db.count('stories')).toBe(1);
    expect((await db.get('stories', 'https://a.example/s/1'))?.ownerId).toBe('https://a.example/feed');
  });
});

describe('database upgrade from v2', () => {
  it("names each story's first carrier as its owner, so a later feed can no longer re-headline it", async () => {
    const name = 'migration-v2';
    const v2 = await openV2Database(name);
    const story = {
      id: 'https://a.example/s/2',
      url: 'https://a.example/s/2',
      title: 'Dam opens',
      summary: '',
      outlet: 'A Times',
      published: 5,
      dateIsFetchTime: false,
      sourceIds: ['https://a.example/feed', 'https://b.example/feed'],
      image: null,
      firstSeen: 5,
    };
    await v2.put('stories', story);
    await v2.put('stories', {
      ...story,
      id: 'https://a.example/s/3',
      url: 'https://a.example/s/3',
      sourceIds: ['https://b.example/feed'],
    });
    await v2.put('stories', {
      ...story,
      id: 'https://a.example/s/4',
      url: 'https://a.example/s/4',
      published: Date.UTC(2200, 0, 1),
      firstSeen: 7,
    });
    v2.close();

    const db = await openSidelightDb(name);
    expect((await db.get('stories', 'https://a.example/s/2'))?.ownerId).toBe('https://a.example/feed');
    expect((await db.get('stories', 'https://a.example/s/3'))?.ownerId).toBe('https://b.example/feed');
    expect((await db.get('stories', 'https://a.example/s/2'))?.title).toBe('Dam opens');
    // A date from the future becomes the time it was first stored, flagged.
    expect(await db.get('stories', 'https://a.example/s/4')).toMatchObject({ published: 7, dateIsFetchTime: true });
    expect(await db.get('stories', 'https://a.example/s/2')).toMatchObject({ published: 5, dateIsFetchTime: false });
  });
});
