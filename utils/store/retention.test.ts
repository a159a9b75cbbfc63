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
const source: Source = {
  id: 'https://a.example/feed',
  feedUrl: 'https://a.example/feed',
  title: 'A',
  homepage: null,
  addedAt: 0,
  health: NEW_SOURCE_HEALTH,
};
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
    await upsertStories(db, source, [item(3, 31), item(4, 400)], NOW - 31 * DAY);
    await upsertStories(db, source, [item(1, 1), item(2, 29)], NOW - DAY);
    const before = await getRevision(db);
    expect(await pruneStories(db, { maxAgeMs: 30 * DAY, maxStories: 100 }, NOW)).toEqual({ tooOld: 2, overLimit: 0 });
    expect((await listStories(db)).map((s) => s.title).sort()).toEqual(['Story 1', 'Story 2']);
    expect(await getRevision(db)).toBeGreaterThan(before);
  });

  it('keeps an old story a feed brought in recently until it has been stored for the age limit', async () => {
    const db = await openSidelightDb(`retention-${++n}`);
    await upsertStories(db, source, [item(1, 400)], NOW - 2 * DAY);
    expect(await pruneStories(db, { maxAgeMs: 30 * DAY, maxStories: 100 }, NOW)).toEqual({ tooOld: 0, overLimit: 0 });
    expect(await pruneStories(db, { maxAgeMs: 30 * DAY, maxStories: 100 }, NOW + 29 * DAY)).toEqual({
      tooOld: 1,
      overLimit: 0,
    });
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

  it('stores an item dated more than a day ahead at the fetch time, so it ages out and goes first when full', async () => {
    const db = await openSidelightDb(`retention-${++n}`);
    const from2200 = { ...item(9, 0), published: Date.UTC(2200, 0, 1) };
    const tomorrow = { ...item(8, 0), published: NOW + 12 * 3600_000 };
    await upsertStories(db, source, [from2200], NOW - 40 * DAY);
    await upsertStories(db, source, [item(1, 2), item(2, 1), tomorrow], NOW);
    const stored = await listStories(db);
    expect(stored.find((s) => s.title === 'Story 9')).toMatchObject({
      published: NOW - 40 * DAY,
      dateIsFetchTime: true,
    });
    // Half a day ahead is a time zone or a fast clock, and believed.
    expect(stored.find((s) => s.title === 'Story 8')).toMatchObject({
      published: NOW + 12 * 3600_000,
      dateIsFetchTime: false,
    });
    expect(await pruneStories(db, { maxAgeMs: 30 * DAY, maxStories: 100 }, NOW)).toEqual({ tooOld: 1, overLimit: 0 });
    expect((await listStories(db)).map((s) => s.title).sort()).toEqual(['Story 1', 'Story 2', 'Story 8']);
  });

  it('re-dates stories already stored with a date far ahead instead of letting them push real ones out', async () => {
    const db = await openSidelightDb(`retention-${++n}`);
    await upsertStories(db, source, [item(1, 3), item(2, 1)], NOW);
    // As an older version (or a clock set back since) left it.
    await db.put('stories', {
      id: 'https://a.example/s/9',
      url: 'https://a.example/s/9',
      title: 'Story 9',
      summary: '',
      outlet: 'A',
      published: Date.UTC(2200, 0, 1),
      dateIsFetchTime: false,
      sourceIds: [source.id],
      image: null,
      firstSeen: NOW - 5 * DAY,
    });
    expect(await pruneStories(db, { maxAgeMs: 30 * DAY, maxStories: 2 }, NOW)).toEqual({ tooOld: 0, overLimit: 1 });
    expect((await listStories(db)).map((s) => s.title).sort()).toEqual(['Story 1', 'Story 2']);
  });
});
