import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IndexCache } from './index-cache';
import { persistedIndexProblem, type PersistedIndex } from '../match/persist';
import { DamagedBytesError } from '../match/varint';
import { rankStories } from '../match/rank';
import { openSidelightDb, type SidelightDb } from '../store/db';
import { NEW_SOURCE_HEALTH } from '../store/sources';
import { listStories, upsertStories } from '../store/stories';
import type { FeedItem, Source } from '../types';

let n = 0;
const T = Date.UTC(2025, 2, 11, 9);
const wire: Source = {
  id: 'https://wire.example/feed',
  feedUrl: 'https://wire.example/feed',
  title: 'Wire',
  homepage: null,
  addedAt: 0,
  health: NEW_SOURCE_HEALTH,
};
const item = (i: number, title: string): FeedItem => ({
  title,
  link: `https://wire.example/s/${i}`,
  summary: `${title}. Caldera Terminals and the Port of Halvern.`,
  published: T,
  guid: null,
  image: null,
});
const article = {
  title: 'Dockworkers strike at the Port of Halvern',
  lead: 'Caldera Terminals dockers walked out.',
  text: 'Caldera Terminals offered 5 percent.',
  published: T,
};

/** A store with stories and a saved index, and the saved index as written. */
async function withSavedIndex(): Promise<{ db: SidelightDb; saved: PersistedIndex; ids: string[] }> {
  const db = await openSidelightDb(`index-heal-${++n}`);
  await upsertStories(db, wire, [
    item(1, 'Halvern dockers strike over pay'),
    item(2, 'Caldera Terminals offer 5 percent'),
    item(3, 'Orchard growers report record harvest'),
  ]);
  const cache = new IndexCache(db);
  const ids = rankStories((await cache.get()).index, article).map((r) => r.id);
  await cache.flush();
  const saved = await db.get('matchIndex', 'stories');
  if (!saved) throw new Error('no saved index');
  return { db, saved, ids };
}

/** A fresh worker's cache: it answers, how it got its index, and what is saved afterwards. */
async function freshWorker(db: SidelightDb) {
  const cache = new IndexCache(db);
  const ids = rankStories((await cache.get()).index, article).map((r) => r.id);
  const source = cache.lastSource;
  await cache.flush();
  return { ids, source, saved: await db.get('matchIndex', 'stories') };
}

/**
 * A fresh worker on a damaged saved index: its first answer comes from the loaded index (it may be wrong, or
 * refused with DamagedBytesError, but it ends); the check after it deletes the saved index and the next answer
 * comes from a rebuilt one, which is saved.
 */
async function damagedWorker(db: SidelightDb) {
  const cache = new IndexCache(db);
  const first = await cache.get();
  expect(cache.lastSource).toBe('persisted');
  try {
    rankStories(first.index, article);
  } catch (error) {
    expect(error).toBeInstanceOf(DamagedBytesError);
  }
  await cache.checked();
  expect(await db.get('matchIndex', 'stories')).toBeUndefined();
  const ids = rankStories((await cache.get()).index, article).map((r) => r.id);
  const source = cache.lastSource;
  await cache.flush();
  return { ids, source, saved: await db.get('matchIndex', 'stories') };
}

describe('a damaged saved index', () => {
  it('with posting bytes that run past their list is found, deleted and rebuilt (ranking never loops on it)', async () => {
    const { db, saved, ids } = await withSavedIndex();
    // Every byte says "more follows": a reader that trusted it would run off the list's end.
    const postings = saved.postings.slice().fill(0xff);
    await db.put('matchIndex', { ...saved, postings }, 'stories');
    expect(persistedIndexProblem({ ...saved, postings })).toMatch(/posting list \d+ ends inside a posting/);
    const fresh = await damagedWorker(db);
    expect(fresh.source).toBe('rebuilt');
    expect(fresh.ids).toEqual(ids);
    expect(persistedIndexProblem(fresh.saved)).toBeNull();
  });

  it('with postings naming stories that do not exist is rebuilt', async () => {
    const { db, saved, ids } = await withSavedIndex();
    const postingLast = saved.postingLast.map((last) => (last >= 0 ? last + 1000 : last));
    await db.put('matchIndex', { ...saved, postingLast }, 'stories');
    const fresh = await damagedWorker(db);
    expect(fresh.source).toBe('rebuilt');
    expect(fresh.ids).toEqual(ids);
  });

  it('with damaged story records is rebuilt, and the next worker loads the new one', async () => {
    const { db, saved, ids } = await withSavedIndex();
    const records = saved.records.slice().fill(0xff);
    await db.put('matchIndex', { ...saved, records }, 'stories');
    expect(persistedIndexProblem({ ...saved, records })).toMatch(/saved story record 0 is damaged/);
    expect((await damagedWorker(db)).source).toBe('rebuilt');
    const next = await freshWorker(db);
    expect(next.source).toBe('persisted');
    expect(next.ids).toEqual(ids);
  });

  it('that is not an index at all is deleted and rebuilt', async () => {
    const { db, ids } = await withSavedIndex();
    await db.put(
      'matchIndex',
      { schemaVersion: 3, analyserVersion: 1, revision: 1, ids: 'junk' } as unknown as PersistedIndex,
      'stories',
    );
    const fresh = await freshWorker(db);
    expect(fresh.source).toBe('rebuilt');
    expect(fresh.ids).toEqual(ids);
  });
});

describe('a damaged stored story', () => {
  it('is deleted when the index is rebuilt, instead of failing every rebuild', async () => {
    const db = await openSidelightDb(`index-heal-${++n}`);
    await upsertStories(db, wire, [item(1, 'Halvern dockers strike over pay')]);
    await db.put('stories', { id: 'https://wire.example/broken', title: 42 } as never);
    const cache = new IndexCache(db, { persist: false });
    const { index, stories } = await cache.get();
    expect(index.size).toBe(1);
    expect([...(await stories.get(['https://wire.example/s/1', 'https://wire.example/broken'])).keys()]).toEqual([
      'https://wire.example/s/1',
    ]);
    expect((await listStories(db)).map((s) => s.id)).toEqual(['https://wire.example/s/1']);
  });
});
