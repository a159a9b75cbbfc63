import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { lazyDb, openSidelightDb } from './db';

describe('lazyDb', () => {
  it('opens again after a failed open instead of keeping the failure', async () => {
    let calls = 0;
    const flaky: typeof openSidelightDb = (name, events) =>
      ++calls === 1 ? Promise.reject(new Error('disk busy')) : openSidelightDb(name, events);
    const db = lazyDb(flaky, 'reopen-after-failure');
    await expect(db()).rejects.toThrow('disk busy');
    const opened = await db();
    expect(await opened.count('stories')).toBe(0);
    expect(await db()).toBe(opened);
    expect(calls).toBe(2);
  });

  it('opens a new connection when the old one was closed under it (the database deleted or upgraded elsewhere)', async () => {
    const db = lazyDb(openSidelightDb, 'reopen-after-close');
    const first = await db();
    await first.put('meta', 7, 'revision');
    // Deleting the database asks every open connection to close.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('reopen-after-close');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('delete failed'));
    });
    const second = await db();
    expect(second).not.toBe(first);
    expect(await second.get('meta', 'revision')).toBeUndefined();
    await second.put('meta', 1, 'revision');
    expect(await second.get('meta', 'revision')).toBe(1);
  });
});
