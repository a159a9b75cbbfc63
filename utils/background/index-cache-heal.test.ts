import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IndexCache } from './index-cache';
import { INDEX_SCHEMA_VERSION, persistedIndexProblem, type PersistedIndex } from '../match/persist';
import type { SavedPart } from '../match/saved-parts';
import { readSavedHead, readSavedIndex, writeSavedIndex } from './saved-index';
import { DamagedBytesError } from '../match/varint';
import { rankStories } from '../match/rank';
import { openSidelightDb, type SidelightDb } from '../store/db';
import { listStories, upsertStories } from '../store/stories';
import type { FeedItem } from '../types';
import { testSource } from '../../tests/support/test-source';

let n = 0;
const T = Date.UTC(2025, 2, 11, 9);
const wire = testSource('https://wire.example/feed', 'Wire');
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
  const saved = await readSavedIndex(db);
  if (!saved) throw new Error('no saved index');
  return { db, saved, ids };
}

/** A fresh worker's cache: it answers, how it got its index, and what is saved afterwards. */
async function freshWorker(db: SidelightDb) {
  const cache = new IndexCache(db);
  const ids = rankStories((await cache.get()).index, article).map((r) => r.id);
  const source = cache.lastSource;
  await cache.flush();
  return { ids, source, saved: await readSavedIndex(db) };
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
  expect(await readSavedHead(db)).toBeUndefined();
  const ids = rankStories((await cache.get()).index, article).map((r) => r.id);
  const source = cache.lastSource;
  await cache.flush();
  return { ids, source, saved: await readSavedIndex(db) };
}

describe('a damaged saved index', () => {
  it('with posting bytes that run past their list is found, deleted and rebuilt (ranking never loops on it)', async () => {
    const { db, saved, ids } = await withSavedIndex();
    // Every byte says "more follows": a reader that trusted it would run off the list's end.
    const postings = saved.postings.slice().fill(0xff);
    await writeSavedIndex(db, { ...saved, postings });
    expect(persistedIndexProblem({ ...saved, postings })).toMatch(/posting list \d+ ends inside a posting/);
    const fresh = await damagedWorker(db);
    expect(fresh.source).toBe('rebuilt');
    expect(fresh.ids).toEqual(ids);
    expect(persistedIndexProblem(fresh.saved)).toBeNull();
  });

  it('with postings naming stories that do not exist is rebuilt', async () => {
    const { db, saved, ids } = await withSavedIndex();
    const postingLast = saved.postingLast.map((last) => (last >= 0 ? last + 1000 : last));
    await writeSavedIndex(db, { ...saved, postingLast });
    const fresh = await damagedWorker(db);
    expect(fresh.source).toBe('rebuilt');
    expect(fresh.ids).toEqual(ids);
  });

  it('with damaged story records is rebuilt, and the next worker loads the new one', async () => {
    const { db, saved, ids } = await withSavedIndex();
    const records = saved.records.slice().fill(0xff);
    await writeSavedIndex(db, { ...saved, records });
    expect(persistedIndexProblem({ ...saved, records })).toMatch(/saved story record 0 is damaged/);
    expect((await damagedWorker(db)).source).toBe('rebuilt');
    const next = await freshWorker(db);
    expect(next.source).toBe('persisted');
    expect(next.ids).toEqual(ids);
  });

  it('that is not an index at all is deleted and rebuilt', async () => {
    const { db, ids } = await withSavedIndex();
    await db.clear('matchIndex');
    await db.put(
      'matchIndex',
      { part: 'head', schemaVersion: INDEX_SCHEMA_VERSION, analyserVersion: 1, revision: 1 } as unknown as SavedPart,
      'head',
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
