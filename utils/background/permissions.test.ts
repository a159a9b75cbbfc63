import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoShowSites, liveSearchSettings } from '../settings';
import { openSidelightDb } from '../store/db';
import { deleteSource, NEW_SOURCE_HEALTH, putSource } from '../store/sources';
import { patternOf, releaseUnneeded } from './permissions';

let n = 0;
/** The host permissions the fake browser holds (it implements none of the permissions API). */
let granted: Set<string>;
const source = (feedUrl: string) => ({
  id: feedUrl,
  feedUrl,
  title: feedUrl,
  homepage: null,
  addedAt: n,
  health: NEW_SOURCE_HEALTH,
});

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set([
    'https://a.example/*',
    'https://b.example/*',
    'https://news.google.com/*',
    'https://site.example/*',
  ]);
  fakeBrowser.permissions.remove = (async ({ origins = [] }) => {
    for (const o of origins) granted.delete(o);
    return true;
  }) as typeof fakeBrowser.permissions.remove;
});

describe('giving host permissions back', () => {
  it("removes a removed source's site unless another source is on it", async () => {
    const db = await openSidelightDb(`permissions-${++n}`);
    await putSource(db, source('https://a.example/world.xml'));
    await putSource(db, source('https://a.example/sport.xml'));
    await putSource(db, source('https://b.example/feed'));
    await deleteSource(db, 'https://a.example/world.xml');
    expect(await releaseUnneeded(db, patternOf('https://a.example/world.xml'))).toEqual([]);
    expect(granted.has('https://a.example/*')).toBe(true);
    await deleteSource(db, 'https://a.example/sport.xml');
    expect(await releaseUnneeded(db, patternOf('https://a.example/sport.xml'))).toEqual(['https://a.example/*']);
    expect([...granted]).not.toContain('https://a.example/*');
    expect(granted.has('https://b.example/*')).toBe(true);
  });

  it('keeps a site that auto-show or a search service still needs', async () => {
    const db = await openSidelightDb(`permissions-${++n}`);
    await autoShowSites.setValue(['https://site.example']);
    await liveSearchSettings.setValue({ enabled: true, providers: { googleNews: true, gdelt: false }, locale: null });
    expect(await releaseUnneeded(db, ['https://site.example/*', 'https://news.google.com/*'])).toEqual([]);
    await autoShowSites.setValue([]);
    await liveSearchSettings.setValue({ enabled: false, providers: { googleNews: true, gdelt: false }, locale: null });
    expect((await releaseUnneeded(db, ['https://site.example/*', 'https://news.google.com/*'])).sort()).toEqual([
      'https://news.google.com/*',
      'https://site.example/*',
    ]);
  });

  it('leaves a permission the browser will not remove (granted by the manifest) without failing', async () => {
    const db = await openSidelightDb(`permissions-${++n}`);
    fakeBrowser.permissions.remove = (async () => {
      throw new Error('You cannot remove required permissions.');
    }) as typeof fakeBrowser.permissions.remove;
    expect(await releaseUnneeded(db, ['http://127.0.0.1/*'])).toEqual([]);
  });
});
