import { describe, expect, it } from 'vitest';
import {
  contextToken,
  forgetAllTabs,
  forgetTab,
  memoryArea,
  readCachedContext,
  writeCachedContext,
} from './context-cache';
import type { TabContext } from '../messages';
import { NOT_ARTICLE_REASON } from '../extract/reasons';

const article: TabContext = {
  state: 'article',
  article: {
    url: 'https://news.example/a',
    title: 'A',
    text: 'text',
    lead: 'lead',
    siteName: null,
    byline: null,
    publishedTime: null,
    lang: 'en',
    canonicalUrl: null,
  } as never,
  same: [],
  related: [],
  sourceCount: 2,
  storyCount: 10,
  siteOrigin: 'https://news.example',
};

describe('the kept context of a tab', () => {
  it('is read back for the same tab and address, and missed for another address', async () => {
    const area = memoryArea();
    await writeCachedContext(area, 7, 'https://news.example/a', 't1', article, 1000);
    expect(await readCachedContext(area, 7, 'https://news.example/a')).toEqual({
      url: 'https://news.example/a',
      token: 't1',
      context: article,
      savedAt: 1000,
    });
    expect(await readCachedContext(area, 7, 'https://news.example/b')).toBeNull();
    expect(await readCachedContext(area, 8, 'https://news.example/a')).toBeNull();
  });

  it('keeps articles only: a page that is no longer an article drops the entry', async () => {
    const area = memoryArea();
    await writeCachedContext(area, 7, 'https://news.example/a', 't1', article);
    await writeCachedContext(area, 7, 'https://news.example/a', 't1', {
      state: 'not-article',
      reason: NOT_ARTICLE_REASON,
    });
    expect(await readCachedContext(area, 7, 'https://news.example/a')).toBeNull();
  });

  it('reads a malformed or unreadable entry as a miss, and survives a full store', async () => {
    const area = memoryArea();
    await area.set({ 'tabContext.7': { url: 'https://news.example/a', token: 5 } });
    expect(await readCachedContext(area, 7, 'https://news.example/a')).toBeNull();
    const broken = {
      get: () => Promise.reject(new Error('gone')),
      set: () => Promise.reject(new Error('quota')),
      remove: () => Promise.reject(new Error('gone')),
      keys: () => Promise.reject(new Error('gone')),
    };
    expect(await readCachedContext(broken, 7, 'https://news.example/a')).toBeNull();
    await expect(writeCachedContext(broken, 7, 'https://news.example/a', 't', article)).resolves.toBeUndefined();
    await expect(forgetTab(broken, 7)).resolves.toBeUndefined();
    await expect(forgetAllTabs(broken)).resolves.toBeUndefined();
  });

  it('drops every tab’s entry at once, and nothing else kept in the same area', async () => {
    const area = memoryArea();
    await writeCachedContext(area, 7, 'https://news.example/a', 't1', article);
    await writeCachedContext(area, 9, 'https://news.example/b', 't1', article);
    await area.set({ 'rateLimit.gdelt': 123 });
    await forgetAllTabs(area);
    expect(await readCachedContext(area, 7, 'https://news.example/a')).toBeNull();
    expect(await readCachedContext(area, 9, 'https://news.example/b')).toBeNull();
    expect(await area.keys()).toEqual(['rateLimit.gdelt']);
  });

  it('has a token that changes with the stories, the sources, their outlet details and the actor settings', () => {
    const a = { id: 'a', title: 'Harbour Gazette' };
    const base = contextToken(3, [a], { pinned: [] });
    expect(contextToken(3, [{ ...a }], { pinned: [] })).toBe(base);
    expect(contextToken(4, [a], { pinned: [] })).not.toBe(base);
    expect(contextToken(3, [a, { id: 'b', title: 'B' }], { pinned: [] })).not.toBe(base);
    expect(contextToken(3, [{ ...a, title: 'The Harbour Gazette' }], { pinned: [] })).not.toBe(base);
    const owned = { ...a, outlet: { country: 'PH', ownership: 'private' } } as unknown as typeof a;
    expect(contextToken(3, [owned], { pinned: [] })).not.toBe(base);
    expect(contextToken(3, [a], { pinned: ['Russia'] })).not.toBe(base);
  });
});
