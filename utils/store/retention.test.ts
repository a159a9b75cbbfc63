import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FeedItem, Source } from '../types';
import { getRevision, openSidelightDb } from './db';
import { pruneStories } from './retention';
import { NEW_SOURCE_HEALTH } from './sources';
import { listStories, upsertStories } from './stories';

let n = 0;
const DAY = 24 * 3600_000;
const NOW = Date.UTC(2026, 5, 1);
const source: Source = { id: 'https://a.example/feed', feedUrl: 'https://a.example/feed', title: 'A', homepage: null, addedAt: 0, health: NEW_SOURCE_HEALTH };
const item = (i: number, daysAgo: number): FeedItem => ({
  title: `Story ${i}`,
  link: `https://a.example/s/${i}`,
  summary: '',
  published: NOW - daysAgo * DAY,
  guid: null,
  image: null,
});

describe('pruneStories', () => {
  it('deletes stories older than the age limit', async () => {
    const db = await openSidelightDb(`retention-${++n}`);
    await upsertStories(db, source, [item(1, 1), item(2, 29), item(3, 31), item(4, 400)], NOW - 31 * DAY);
    const before = await getRevision(db);
    expect(await pruneStories(db, { maxAgeMs: 30 * DAY, maxStories: 100 }, NOW)).toEqual({ tooOld: 2, overLimit: 0 });
    expect((await listStories(db)).map((s) => s.title).sort()).toEqual(['Story 1', 'Story 2']);
    expect(await getRevision(db)).toBeGreaterThan(before);
  });

  it('keeps an old story a feed brought in recently until it has been stored for the age limit', async () => {
    const db = await openSidelightDb(`retention-${++n}`);
    await upsertStories(db, source, [item(1, 400)], NOW - 2 * DAY);
    expect(await pruneStories(db, { maxAgeMs: 30 * DAY, maxStories: 100 }, NOW)).toEqual({ tooOld: 0, overLimit: 0 });
    expect(await pruneStories(db, { maxAgeMs: 30 * DAY, maxStories: 100 }, NOW + 29 * DAY)).toEqual({ tooOld: 1, overLimit: 0 });
  });

  it('keeps at most the count limit, dropping the oldest first', async () => {
    const db = await openSidelightDb(`retention-${++n}`);
    await upsertStories(db, source, [item(1, 5), item(2, 1), item(3, 9), item(4, 3), item(5, 7)], NOW);
    expect(await pruneStories(db, { maxAgeMs: 30 * DAY, maxStories: 3 }, NOW)).toEqual({ tooOld: 0, overLimit: 2 });
    expect((await listStories(db)).map((s) => s.title).sort()).toEqual(['Story 1', 'Story 2', 'Story 4']);
  });

  it('changes nothing (not even the revision) when everything is within limits', async () => {
    const db = await openSidelightDb(`retention-${++n}`);
    await upsertStories(db, source, [item(1, 1)], NOW);
    const before = await getRevision(db);
    expect(await pruneStories(db, { maxAgeMs: 30 * DAY, maxStories: 10 }, NOW)).toEqual({ tooOld: 0, overLimit: 0 });
    expect(await getRevision(db)).toBe(before);
  });
});
