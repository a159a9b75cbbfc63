import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FeedItem, Source } from '../types';
import { getRevision, openSidelightDb } from './db';
import { deleteSource, listSources, NEW_SOURCE_HEALTH, putSource, updateHealth } from './sources';
import { countStoriesBySource, listStories, upsertStories } from './stories';

let dbCount = 0;
const freshDb = () => openSidelightDb(`store-test-${++dbCount}`);

const source = (id: string, title: string): Source => ({
  id,
  feedUrl: id,
  title,
  homepage: null,
  addedAt: dbCount,
  health: NEW_SOURCE_HEALTH,
});

const item = (link: string, title: string, published: number | null = 1_700_000_000_000): FeedItem => ({
  title,
  link,
  summary: `${title} summary`,
  published,
  guid: null,
  image: null,
});

describe('stories', () => {
  it('stores one story per normalised URL and records every feed that carried it', async () => {
    const db = await freshDb();
    const a = source('https://a.example/feed', 'A Times');
    const b = source('https://b.example/rss', 'B Herald');
    await upsertStories(db, a, [item('https://news.example/story-1?utm_source=a', 'Dam opens'), item('https://news.example/story-2', 'Rates rise')]);
    const second = await upsertStories(db, b, [item('https://NEWS.example/story-1/', 'Dam opens')]);
    expect(second).toEqual({ added: 0, updated: 1 });
    const stories = await listStories(db);
    expect(stories).toHaveLength(2);
    const dam = stories.find((s) => s.title === 'Dam opens');
    expect(dam?.sourceIds).toEqual([a.id, b.id]);
    expect(dam?.outlet).toBe('A Times');
    const counts = await countStoriesBySource(db, [a.id, b.id]);
    expect(Object.fromEntries(counts)).toEqual({ [a.id]: 2, [b.id]: 1 });
  });

  it('uses the fetch time for undated items, flagged, and takes a later real date', async () => {
    const db = await freshDb();
    const a = source('https://a.example/feed', 'A');
    await upsertStories(db, a, [item('https://x.example/1', 'Undated', null)], 5000);
    let [story] = await listStories(db);
    expect(story).toMatchObject({ published: 5000, dateIsFetchTime: true });
    await upsertStories(db, a, [item('https://x.example/1', 'Undated', 4000)], 9000);
    [story] = await listStories(db);
    expect(story).toMatchObject({ published: 4000, dateIsFetchTime: false, firstSeen: 5000 });
  });

  it('bumps the revision only when something changed', async () => {
    const db = await freshDb();
    const a = source('https://a.example/feed', 'A');
    expect(await getRevision(db)).toBe(0);
    await upsertStories(db, a, [item('https://x.example/1', 'One')]);
    const after = await getRevision(db);
    expect(after).toBe(1);
    await upsertStories(db, a, [item('https://x.example/1', 'One')]);
    expect(await getRevision(db)).toBe(after);
  });
});

describe('sources', () => {
  it('deleting a source removes its own stories and keeps shared ones', async () => {
    const db = await freshDb();
    const a = source('https://a.example/feed', 'A');
    const b = source('https://b.example/feed', 'B');
    await putSource(db, a);
    await putSource(db, b);
    await upsertStories(db, a, [item('https://x.example/shared', 'Shared'), item('https://x.example/only-a', 'Only A')]);
    await upsertStories(db, b, [item('https://x.example/shared', 'Shared')]);
    expect(await deleteSource(db, a.id)).toBe(1);
    const stories = await listStories(db);
    expect(stories.map((s) => s.title)).toEqual(['Shared']);
    expect(stories[0]?.sourceIds).toEqual([b.id]);
    expect((await listSources(db)).map((s) => s.id)).toEqual([b.id]);
  });

  it('updates health without touching other fields, and reports a missing source', async () => {
    const db = await freshDb();
    const a = source('https://a.example/feed', 'A');
    await putSource(db, a);
    expect(await updateHealth(db, a.id, { lastError: 'HTTP 500 (Internal Server Error)' })).toBe(true);
    const [stored] = await listSources(db);
    expect(stored?.title).toBe('A');
    expect(stored?.health.lastError).toBe('HTTP 500 (Internal Server Error)');
    expect(await updateHealth(db, 'https://gone.example/feed', { lastError: null })).toBe(false);
  });
});
