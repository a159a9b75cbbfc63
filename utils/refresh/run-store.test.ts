import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openSidelightDb } from '../store/db';
import { listSources, NEW_SOURCE_HEALTH, putSource } from '../store/sources';
import type { Source } from '../types';
import { clearRefreshingFlags } from './run-store';

let n = 0;
const source = (i: number, refreshingSince: number | null): Source => ({
  id: `https://feeds.example/${i}.xml`,
  feedUrl: `https://feeds.example/${i}.xml`,
  title: `Desk ${i}`,
  homepage: null,
  addedAt: i,
  health: { ...NEW_SOURCE_HEALTH, refreshingSince },
});

describe('clearRefreshingFlags (each start of the worker)', () => {
  it('clears the flags a killed worker left, and only those', async () => {
    const db = await openSidelightDb(`run-store-${++n}`);
    for (let i = 0; i < 5; i++) await putSource(db, source(i, i % 2 === 0 ? 1_000 : null));
    expect(await clearRefreshingFlags(db)).toBe(3);
    expect((await listSources(db)).map((s) => s.health.refreshingSince)).toEqual([null, null, null, null, null]);
    expect((await listSources(db)).map((s) => s.title)).toEqual(['Desk 0', 'Desk 1', 'Desk 2', 'Desk 3', 'Desk 4']);
  });

  it('locks no source for writing when none is flagged (the popup reads them meanwhile)', async () => {
    const db = await openSidelightDb(`run-store-${++n}`);
    for (let i = 0; i < 5; i++) await putSource(db, source(i, null));
    const transaction = vi.spyOn(db, 'transaction');
    expect(await clearRefreshingFlags(db)).toBe(0);
    expect(transaction.mock.calls.filter((call) => call[1] === 'readwrite')).toEqual([]);
  });
});
