import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FetchFeedResult } from '../feeds/fetch-feed';
import { openSidelightDb } from '../store/db';
import { getSource, NEW_SOURCE_HEALTH, putSource } from '../store/sources';
import { MAX_UNFINISHED_FETCHES, PARKED_ERROR, refreshSourceOfRun } from './refresh-source';
import { requestRun } from './run-store';
import { asText } from '../said';
import { say } from '../../components/said';

const ID = 'https://poison.example/feed.xml';
const ok: FetchFeedResult = {
  ok: true,
  notModified: false,
  finalUrl: ID,
  etag: null,
  lastModified: null,
  feed: { title: 'P', homepage: null, items: [] },
};

describe('a feed that stops the worker every time it is read', () => {
  it('is counted before each fetch and parked after three unfinished attempts, with a clear error', async () => {
    const db = await openSidelightDb('poison-feed');
    await putSource(db, {
      id: ID,
      feedUrl: ID,
      title: 'Poison',
      homepage: null,
      addedAt: 0,
      health: NEW_SOURCE_HEALTH,
    });
    await requestRun(db, [ID], 'schedule', 0);
    let fetches = 0;
    // Each "worker" starts the fetch and dies before it ends: nothing after the fetch ever runs.
    const dies = () => {
      fetches++;
      return new Promise<FetchFeedResult>(() => undefined);
    };
    for (let attempt = 1; attempt <= MAX_UNFINISHED_FETCHES; attempt++) {
      void refreshSourceOfRun(db, ID, dies);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect((await getSource(db, ID))?.health.unfinishedFetches).toBe(attempt);
    }
    expect(await refreshSourceOfRun(db, ID, async () => (fetches++, ok))).toBe('failed');
    expect(fetches).toBe(MAX_UNFINISHED_FETCHES);
    const parked = await getSource(db, ID);
    expect(parked?.health.lastError).toEqual(PARKED_ERROR);
    expect(parked?.health.refreshingSince).toBeNull();
    expect(say(PARKED_ERROR)).toMatch(/^stopped: .* Use Refresh now to try it again, or remove it$/);
  });

  it('is not parked by failures that end normally, and a finished fetch clears the count', async () => {
    const db = await openSidelightDb('poison-feed-ok');
    await putSource(db, {
      id: ID,
      feedUrl: ID,
      title: 'Fine',
      homepage: null,
      addedAt: 0,
      health: { ...NEW_SOURCE_HEALTH, unfinishedFetches: 2 },
    });
    await requestRun(db, [ID], 'schedule', 0);
    for (let i = 0; i < 4; i++)
      expect(await refreshSourceOfRun(db, ID, async () => ({ ok: false, error: asText('HTTP 500') }))).toBe('failed');
    expect((await getSource(db, ID))?.health).toMatchObject({ unfinishedFetches: 0, lastError: asText('HTTP 500') });
  });
});
