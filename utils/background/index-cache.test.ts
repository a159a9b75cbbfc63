import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { IndexCache } from './index-cache';
import { ANALYSER_VERSION, INDEX_SCHEMA_VERSION, type PersistedIndex } from '../match/persist';
import { rankStories } from '../match/rank';
import type { SavedPart } from '../match/saved-parts';
import { readSavedIndex, writeSavedIndex } from './saved-index';
import { changesBetween, CHANGE_LOG_KEEP } from '../store/changes';
import { DB_VERSION, getRevision, openSidelightDb } from '../store/db';
import { deleteSource, NEW_SOURCE_HEALTH, putSource } from '../store/sources';
import { upsertStories } from '../store/stories';
import type { FeedItem, Source } from '../types';
import { openV1Database } from '../../tests/support/v1-database';

let dbCount = 0;
const freshName = () => `index-cache-test-${++dbCount}`;
const DAY = 86_400_000;
const T = Date.UTC(2025, 2, 11, 9);

const source = (id: string, title: string): Source => ({
  id,
  feedUrl: id,
  title,
  homepage: null,
  addedAt: 0,
  health: NEW_SOURCE_HEALTH,
});
const item = (link: string, title: string, summary: string, published: number | null = T): FeedItem => ({
  title,
  link,
  summary,
  published,
  guid: null,
  image: null,
});

const wire = source('https://wire.example/feed', 'Wire');
const desk = source('https://desk.example/feed', 'Desk');
const strike = [
  item(
    'https://wire.example/halvern-strike',
    'Halvern dockers strike over pay',
    'About 3,200 dockers at the Port of Halvern walked out after Caldera Terminals offered 5 percent.',
  ),
  item(
    'https://wire.example/orchard',
    'Orchard growers report record harvest',
    'Growers in the Farrow valley picked more apples than ever.',
  ),
];
const article = {
  title: 'Dockworkers walk out at Port of Halvern as pay talks with Caldera Terminals collapse',
  lead: 'About 3,200 dockworkers at the Port of Halvern stopped work on Tuesday.',
  text: 'Union leader Mara Okonjo said the strike would go on. Caldera Terminals offered 5 percent.',
  published: T,
};
const rankedIds = async (cache: IndexCache) => rankStories((await cache.get()).index, article).map((r) => r.id);

/** A database holding the strike stories and the index a first worker built and saved of them. */
async function withSavedIndex() {
  const db = await openSidelightDb(freshName());
  await upsertStories(db, wire, strike);
  const cache = new IndexCache(db);
  await cache.get();
  await cache.flush();
  return { db };
}

describe('IndexCache', () => {
  it('builds once, saves the index, and a fresh worker loads it instead of rebuilding', async () => {
    const db = await openSidelightDb(freshName());
    await upsertStories(db, wire, strike);
    const first = new IndexCache(db);
    const ids = await rankedIds(first);
    expect(first.lastSource).toBe('rebuilt');
    expect(ids).toContain('https://wire.example/halvern-strike');
    await first.flush();

    const fresh = new IndexCache(db);
    expect(await rankedIds(fresh)).toEqual(ids);
    expect(fresh.lastSource).toBe('persisted');
    await fresh.get();
    expect(fresh.lastSource).toBe('memory');
  });

  it('a fresh worker answers from the saved index without reading every stored story', async () => {
    const { db } = await withSavedIndex();
    // What a worker reads whole from the stories store (listing them all took seconds at 100,000).
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    try {
      const fresh = new IndexCache(db);
      const { index, stories } = await fresh.get();
      expect(fresh.lastSource).toBe('persisted');
      const ranked = rankStories(index, article).map((r) => r.id);
      expect(ranked[0]).toBe('https://wire.example/halvern-strike');
      const storiesRead = getAll.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'stories');
      expect(storiesRead).toHaveLength(0);
      // The stories an answer shows are read by id.
      const read = await stories.get(ranked);
      expect(read.get('https://wire.example/halvern-strike')?.title).toBe('Halvern dockers strike over pay');
    } finally {
      getAll.mockRestore();
    }
  });

  it('after a refresh stores more stories, a fresh worker loads the saved index and catches up, never rebuilding', async () => {
    const { db } = await withSavedIndex();
    await putSource(db, desk);
    await upsertStories(db, desk, [
      item(
        'https://desk.example/ships',
        'Ships queue off Halvern as Caldera Terminals dock strike bites',
        'Union leader Mara Okonjo said 3,200 dockers stay out.',
        T + DAY,
      ),
    ]);
    const next = new IndexCache(db);
    expect(await rankedIds(next)).toContain('https://desk.example/ships');
    expect(next.lastSource).toBe('caught-up');
    await next.flush();
    // The worker stops; the next one finds the caught-up index saved at the current revision.
    const after = new IndexCache(db);
    expect(await rankedIds(after)).toContain('https://desk.example/ships');
    expect(after.lastSource).toBe('persisted');
  });

  it('settles the saved index after a refresh that outran the change log, so the next worker need not rebuild', async () => {
    const { db } = await withSavedIndex();
    await putSource(db, desk);
    // A run of many feeds: more revisions than the log keeps.
    for (let i = 0; i <= CHANGE_LOG_KEEP; i++)
      await upsertStories(db, desk, [item(`https://desk.example/s/${i}`, `Harbour note ${i}`, 'Cranes idle.', T)]);
    const refreshing = new IndexCache(db);
    await refreshing.settle();
    expect(refreshing.lastSource).toBe('rebuilt');
    const popup = new IndexCache(db);
    expect((await popup.get()).index.size).toBe(CHANGE_LOG_KEEP + 3);
    expect(popup.lastSource).toBe('persisted');
    // Current already: settling loads nothing, so the first answer still comes from the saved index.
    const idle = new IndexCache(db);
    await idle.settle();
    await idle.get();
    expect(idle.lastSource).toBe('persisted');
  });

  it('catches up with added, changed and removed stories from the change log', async () => {
    const db = await openSidelightDb(freshName());
    await putSource(db, wire);
    await putSource(db, desk);
    await upsertStories(db, wire, strike);
    const cache = new IndexCache(db);
    await cache.get();

    await upsertStories(db, desk, [
      item(
        'https://desk.example/ships',
        'Ships queue off Halvern as Caldera Terminals dock strike bites',
        'Union leader Mara Okonjo said 3,200 dockers stay out.',
        T + DAY,
      ),
    ]);
    expect(await rankedIds(cache)).toContain('https://desk.example/ships');
    expect(cache.lastSource).toBe('caught-up');

    await deleteSource(db, desk.id);
    expect(await rankedIds(cache)).not.toContain('https://desk.example/ships');
    expect(cache.lastSource).toBe('caught-up');
    expect((await cache.get()).index.has('https://desk.example/ships')).toBe(false);

    // A fresh worker starts from the saved index and applies what happened since it was saved.
    await cache.flush();
    await upsertStories(db, desk, [
      item(
        'https://desk.example/later',
        'Halvern strike enters second day at Caldera Terminals',
        'Okonjo says 3,200 dockers will hold out.',
        T + DAY,
      ),
    ]);
    const fresh = new IndexCache(db);
    expect((await fresh.get()).index.has('https://desk.example/later')).toBe(true);
    expect(fresh.lastSource).toBe('caught-up');
  });

  it('rebuilds when the saved index was made by another analyser, or the log does not reach back', async () => {
    const { db } = await withSavedIndex();
    const saved = await readSavedIndex(db);
    expect(saved?.analyserVersion).toBe(ANALYSER_VERSION);
    await writeSavedIndex(db, { ...(saved as NonNullable<typeof saved>), analyserVersion: ANALYSER_VERSION + 1 });
    const fresh = new IndexCache(db);
    expect(await rankedIds(fresh)).toContain('https://wire.example/halvern-strike');
    expect(fresh.lastSource).toBe('rebuilt');

    await db.clear('storyChanges');
    await upsertStories(db, wire, [
      item('https://wire.example/new', 'Halvern dockers vote on the strike', 'Caldera Terminals talks resume.'),
    ]);
    await db.delete('storyChanges', await getRevision(db));
    expect(await rankedIds(fresh)).toContain('https://wire.example/new');
    expect(fresh.lastSource).toBe('rebuilt');
  });

  it('rebuilds an index saved in the version 2 layout (links and terms as string columns) and saves the new one', async () => {
    const db = await openSidelightDb(freshName());
    await upsertStories(db, wire, strike);
    const first = new IndexCache(db);
    await first.get();
    await first.flush();
    const saved = (await readSavedIndex(db)) as PersistedIndex;
    const { termBytes: _bytes, termStart: _starts, idTable: _ids, termTable: _terms, df, ...rest } = saved;
    const v2 = {
      ...rest,
      schemaVersion: 2,
      terms: ['halvern', 'strike'],
      urls: saved.ids.map(() => ''),
      postingCount: df,
    };
    // Saved whole under one key, as layouts before 4 were.
    await db.clear('matchIndex');
    await db.put('matchIndex', v2 as unknown as SavedPart, 'stories');

    const fresh = new IndexCache(db);
    expect(await rankedIds(fresh)).toContain('https://wire.example/halvern-strike');
    expect(fresh.lastSource).toBe('rebuilt');
    await fresh.flush();
    const resaved = await readSavedIndex(db);
    expect(resaved?.schemaVersion).toBe(INDEX_SCHEMA_VERSION);
    expect(resaved).not.toHaveProperty('urls');
    expect(await db.get('matchIndex', 'stories')).toBeUndefined();
  });

  it('keeps every story link through a save and load, where it differs from the id too', async () => {
    const db = await openSidelightDb(freshName());
    const link = 'http://wire.example/ferry/?utm_source=rss';
    await upsertStories(db, wire, [
      ...strike,
      item(link, 'Ferry crews join Halvern strike', 'Caldera Terminals ferries stay in port.'),
    ]);
    const first = new IndexCache(db);
    await first.get();
    await first.flush();
    const fresh = new IndexCache(db);
    const { index, stories } = await fresh.get();
    expect(fresh.lastSource).toBe('persisted');
    const ids = [...strike.map((s) => s.link), 'https://wire.example/ferry'];
    const read = await stories.get(ids);
    expect(read.size).toBe(3);
    for (const story of read.values()) expect(index.story(index.slot(story.id) ?? -1)?.url).toBe(story.url);
    expect(read.get('https://wire.example/ferry')?.url).toBe(link);
  });

  it('does not analyse a story again when only the feeds carrying it changed', async () => {
    const db = await openSidelightDb(freshName());
    await upsertStories(db, wire, strike);
    const cache = new IndexCache(db, { persist: false });
    const before = (await cache.get()).index.slot('https://wire.example/orchard');
    await upsertStories(db, desk, [strike[1] as FeedItem]);
    const snapshot = await cache.get();
    expect(cache.lastSource).toBe('caught-up');
    expect(snapshot.index.slot('https://wire.example/orchard')).toBe(before);
    const orchard = (await snapshot.stories.get(['https://wire.example/orchard'])).get('https://wire.example/orchard');
    expect(orchard?.sourceIds).toEqual([wire.id, desk.id]);
  });
});

describe('story change log', () => {
  it('records each revision and keeps only the recent ones', async () => {
    const db = await openSidelightDb(freshName());
    await upsertStories(db, wire, [strike[0] as FeedItem]);
    await upsertStories(db, wire, [strike[1] as FeedItem]);
    expect(await changesBetween(db, 0, 2)).toEqual([
      { revision: 1, upserted: ['https://wire.example/halvern-strike'], deleted: [] },
      { revision: 2, upserted: ['https://wire.example/orchard'], deleted: [] },
    ]);
    expect(await changesBetween(db, 2, 2)).toEqual([]);
    expect(await changesBetween(db, 3, 2)).toBeNull();
    for (let i = 0; i < CHANGE_LOG_KEEP + 3; i++)
      await upsertStories(db, wire, [item(`https://wire.example/${i}`, `Story ${i}`, '')]);
    expect(await db.count('storyChanges')).toBe(CHANGE_LOG_KEEP);
    expect(await changesBetween(db, 0, await getRevision(db))).toBeNull();
  });
});

describe('database upgrade to v2', () => {
  it('keeps v1 sources and stories and adds the change log and index stores', async () => {
    const name = freshName();
    // A v1 database exactly as v1 created it.
    const v1 = await openV1Database(name);
    await v1.put('sources', wire);
    await v1.put('stories', {
      id: 'https://wire.example/old',
      url: 'https://wire.example/old',
      title: 'Halvern dockers strike',
      summary: 'Caldera Terminals',
      outlet: 'Wire',
      published: T,
      dateIsFetchTime: false,
      sourceIds: [wire.id],
      image: null,
      firstSeen: T,
    });
    await v1.put('meta', 4, 'revision');
    v1.close();

    const db = await openSidelightDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'matchIndex',
      'meta',
      'refreshRuns',
      'sources',
      'stories',
      'storyChanges',
    ]);
    expect(await getRevision(db)).toBe(4);
    const cache = new IndexCache(db);
    expect(await rankedIds(cache)).toContain('https://wire.example/old');
    expect(cache.lastSource).toBe('rebuilt');
  });
});
