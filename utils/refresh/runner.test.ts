import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FetchFeedResult } from '../feeds/fetch-feed';
import { openSidelightDb, type SidelightDb } from '../store/db';
import { getSource, listSources, NEW_SOURCE_HEALTH, putSource } from '../store/sources';
import { listStories } from '../store/stories';
import type { FeedFetcher, Validators } from './fetch-types';
import { refreshSourceOfRun } from './refresh-source';
import { RefreshRunner } from './runner';
import { getRun, requestRun } from './run-store';
import { asText } from '../said';

let n = 0;
const dbName = () => `runner-test-${++n}`;

const feedOf = (id: string, count = 2, etag: string | null = null): FetchFeedResult => ({
  ok: true,
  notModified: false,
  finalUrl: id,
  etag,
  lastModified: null,
  feed: {
    title: `Feed ${id}`,
    homepage: null,
    items: Array.from({ length: count }, (_, i) => ({
      title: `${id} story ${i}`,
      link: `https://news.example/${encodeURIComponent(id)}/${i}`,
      summary: '',
      published: Date.now() - i * 60_000,
      guid: null,
      image: null,
    })),
  },
});

async function withSources(db: SidelightDb, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `https://feeds.example/${i}.xml`);
  for (const [i, id] of ids.entries())
    await putSource(db, {
      id,
      feedUrl: id,
      title: `Source ${i}`,
      homepage: null,
      addedAt: i,
      health: NEW_SOURCE_HEALTH,
    });
  return ids;
}

const never = () => new Promise<FetchFeedResult>(() => undefined);

describe('RefreshRunner', () => {
  it('fetches every source of a run, never more than four at once, and closes the run', async () => {
    const db = await openSidelightDb(dbName());
    const ids = await withSources(db, 10);
    let inFlight = 0;
    let peak = 0;
    let started = 0;
    const held: (() => void)[] = [];
    const fetcher: FeedFetcher = async (url) => {
      started++;
      peak = Math.max(peak, ++inFlight);
      // Each fetch is held until four are in flight (or the run's last has started), so the peak reaches the bound
      // however slowly a loaded machine lets the workers claim their sources. The four are released a little later,
      // so that a fifth worker, were there one, would start its fetch beside them.
      if (inFlight < 4 && started < ids.length) await new Promise<void>((resolve) => held.push(resolve));
      else {
        await new Promise((resolve) => setTimeout(resolve, 20));
        for (const release of held.splice(0)) release();
      }
      inFlight--;
      return feedOf(url);
    };
    const finished: number[] = [];
    const runner = new RefreshRunner({ db, fetcher, onRunFinished: (run) => void finished.push(run.done.length) });
    await runner.request(ids, 'manual');
    await runner.idle();
    expect(peak).toBe(4);
    expect(finished).toEqual([10]);
    expect((await getRun(db))?.finishedAt).not.toBeNull();
    expect(await listStories(db)).toHaveLength(20);
  });

  it('resumes a run a killed worker left: nothing lost, nothing twice, nothing left refreshing', async () => {
    const name = dbName();
    const first = await openSidelightDb(name);
    const ids = await withSources(first, 6);
    // The first worker finishes two sources, then dies with four fetches in flight.
    const dying = new RefreshRunner({
      db: first,
      fetcher: async (url) => (url.endsWith('/0.xml') || url.endsWith('/1.xml') ? feedOf(url) : never()),
    });
    await dying.request(ids, 'schedule');
    // Wait until that state is reached: two done and the other four flagged (claimed once the first two end).
    const inFlight = async () => (await listSources(first)).filter((s) => s.health.refreshingSince !== null).length;
    for (let i = 0; i < 400 && ((await getRun(first))?.done.length !== 2 || (await inFlight()) !== 4); i++)
      await new Promise((r) => setTimeout(r, 5));
    expect((await getRun(first))?.done).toHaveLength(2);
    expect((await listSources(first)).filter((s) => s.health.refreshingSince !== null)).toHaveLength(4);
    const before = await listStories(first);
    expect(before).toHaveLength(4);

    // A new worker opens the database and resumes.
    const second = await openSidelightDb(name);
    const fetched: string[] = [];
    const revived = new RefreshRunner({ db: second, fetcher: async (url) => (fetched.push(url), feedOf(url)) });
    const resumed = await revived.resume();
    expect(resumed?.done).toHaveLength(2);
    await revived.idle();

    expect(fetched.sort()).toEqual(ids.slice(2).sort());
    const run = await getRun(second);
    expect(run?.finishedAt).not.toBeNull();
    expect(run?.done.slice().sort()).toEqual(ids.slice().sort());
    const stories = await listStories(second);
    expect(stories).toHaveLength(12);
    expect(new Set(stories.map((s) => s.id)).size).toBe(12);
    for (const story of before) expect(stories.find((s) => s.id === story.id)?.firstSeen).toBe(story.firstSeen);
    expect(
      (await listSources(second)).every((s) => s.health.refreshingSince === null && s.health.lastError === null),
    ).toBe(true);
  });

  it('adds sources requested during a run to it, and does not fetch a finished one again', async () => {
    const db = await openSidelightDb(dbName());
    const ids = await withSources(db, 3);
    const fetched: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const runner = new RefreshRunner({
      db,
      concurrency: 1,
      fetcher: async (url) => {
        fetched.push(url);
        await gate;
        return feedOf(url);
      },
    });
    const [a, b, c] = ids as [string, string, string];
    await runner.request([a], 'schedule');
    await runner.request([a, b], 'manual');
    release();
    await runner.idle();
    await runner.request([c], 'manual');
    await runner.idle();
    expect(fetched).toEqual([a, b, c]);
  });

  it('counts failures, backs off, and a success resets the count; validators go back to the server', async () => {
    const db = await openSidelightDb(dbName());
    const [id] = (await withSources(db, 1)) as [string];
    const seen: (Validators | undefined)[] = [];
    let answer: FetchFeedResult = { ok: false, error: asText('HTTP 503 (Service Unavailable)') };
    const runner = new RefreshRunner({ db, fetcher: async (_url, validators) => (seen.push(validators), answer) });
    for (let i = 0; i < 2; i++) {
      await runner.request([id], 'schedule');
      await runner.idle();
    }
    expect((await getSource(db, id))?.health).toMatchObject({
      consecutiveFailures: 2,
      lastError: asText('HTTP 503 (Service Unavailable)'),
      refreshingSince: null,
    });

    answer = feedOf(id, 3, '"abc"');
    await runner.request([id], 'schedule');
    await runner.idle();
    expect((await getSource(db, id))?.health).toMatchObject({
      consecutiveFailures: 0,
      lastError: null,
      etag: '"abc"',
      itemsInLastFetch: 3,
    });

    answer = { ok: true, notModified: true };
    await runner.request([id], 'schedule');
    await runner.idle();
    expect(seen.at(-1)).toEqual({ etag: '"abc"', lastModified: null });
    expect((await getSource(db, id))?.health).toMatchObject({ itemsInLastFetch: 3, lastError: null });
    expect(await listStories(db)).toHaveLength(3);
  });

  it('finishes a run whose source was removed meanwhile', async () => {
    const db = await openSidelightDb(dbName());
    const ids = await withSources(db, 2);
    await db.delete('sources', ids[1] as string);
    const runner = new RefreshRunner({ db, fetcher: async (url) => feedOf(url) });
    await runner.request(ids, 'manual');
    await runner.idle();
    expect((await getRun(db))?.finishedAt).not.toBeNull();
    expect(await listStories(db)).toHaveLength(2);
  });
});

describe('refreshSourceOfRun', () => {
  it('stores nothing twice when a source is fetched again after a kill before it was marked done', async () => {
    const db = await openSidelightDb(dbName());
    const [id] = (await withSources(db, 1)) as [string];
    await requestRun(db, [id], 'schedule', Date.now());
    await refreshSourceOfRun(db, id, async () => feedOf(id, 4));
    const first = await listStories(db);
    await refreshSourceOfRun(db, id, async () => feedOf(id, 4));
    const again = await listStories(db);
    expect(again).toEqual(first);
    expect((await getRun(db))?.done).toEqual([id]);
  });
});
