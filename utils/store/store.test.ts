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
    await upsertStories(db, a, [
      item('https://news.example/story-1?utm_source=a', 'Dam opens'),
      item('https://news.example/story-2', 'Rates rise'),
    ]);
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

  it("keeps the first outlet's headline when another feed carries the same link with other text", async () => {
    const db = await freshDb();
    const bbc = source('https://feeds.bbci.co.uk/news/rss.xml', 'BBC');
    const forger = source('http://evil.example/feed', 'Evil');
    await upsertStories(db, bbc, [item('https://www.bbc.co.uk/news/1', 'Dam opens')]);
    const forged = {
      ...item('https://www.bbc.co.uk/news/1', 'Forged headline'),
      summary: 'Forged summary',
      image: 'https://evil.example/x.png',
    };
    expect(await upsertStories(db, forger, [forged])).toEqual({ added: 0, updated: 1 });
    const [story] = await listStories(db);
    expect(story).toMatchObject({
      outlet: 'BBC',
      title: 'Dam opens',
      summary: 'Dam opens summary',
      image: null,
      ownerId: bbc.id,
    });
    expect(story?.sourceIds).toEqual([bbc.id, forger.id]);
    // Carrying it again changes nothing, so the revision stays.
    const revision = await getRevision(db);
    expect(await upsertStories(db, forger, [{ ...forged, title: 'Forged again' }])).toEqual({ added: 0, updated: 0 });
    expect(await getRevision(db)).toBe(revision);
    // The owner still updates its own story.
    await upsertStories(db, bbc, [item('https://www.bbc.co.uk/news/1', 'Dam opens early')]);
    expect((await listStories(db))[0]?.title).toBe('Dam opens early');
  });

  it("lets a feed on the link's own host take over a story first stored from another feed", async () => {
    const db = await freshDb();
    const aggregator = source('https://agg.example/feed', 'Aggregator');
    const outlet = source('https://news.example/rss', 'News Example');
    const other = source('https://third.example/rss', 'Third');
    await upsertStories(db, aggregator, [item('https://news.example/s/1', 'Copied headline')]);
    await upsertStories(db, outlet, [item('https://news.example/s/1', 'Real headline')]);
    await upsertStories(db, other, [item('https://news.example/s/1', 'Third headline')]);
    const [story] = await listStories(db);
    expect(story).toMatchObject({ title: 'Real headline', outlet: 'News Example', ownerId: outlet.id });
    expect(story?.sourceIds).toEqual([aggregator.id, outlet.id, other.id]);
  });

  it('keeps the text when its owner is removed: the remaining carriers still cannot rewrite it', async () => {
    const db = await freshDb();
    const a = source('https://a.example/feed', 'A');
    const b = source('https://b.example/feed', 'B');
    await putSource(db, a);
    await putSource(db, b);
    await upsertStories(db, a, [item('https://x.example/1', 'Original')]);
    await upsertStories(db, b, [item('https://x.example/1', 'Original')]);
    await deleteSource(db, a.id);
    await upsertStories(db, b, [item('https://x.example/1', 'Rewritten')]);
    const [story] = await listStories(db);
    expect(story).toMatchObject({ title: 'Original', outlet: 'A', sourceIds: [b.id] });
  });

  it('stores nothing for a source removed while it was being fetched, when asked to check', async () => {
    const db = await freshDb();
    const a = source('https://a.example/feed', 'A');
    expect(await upsertStories(db, a, [item('https://x.example/1', 'One')], 5, { ifSourceExists: true })).toEqual({
      added: 0,
      updated: 0,
      gone: true,
    });
    expect(await listStories(db)).toEqual([]);
    await putSource(db, a);
    expect(await upsertStories(db, a, [item('https://x.example/1', 'One')], 5, { ifSourceExists: true })).toEqual({
      added: 1,
      updated: 0,
    });
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
    await upsertStories(db, a, [
      item('https://x.example/shared', 'Shared'),
      item('https://x.example/only-a', 'Only A'),
    ]);
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
