import { describe, expect, it } from 'vitest';
import type { Source } from '../types';
import { parseCatalogue } from './catalogue';
import { originPatterns } from '../format/urls';
import { batchProgress, newSourcesFor } from './onboarding';
import { NEW_SOURCE_HEALTH } from '../store/sources';

const catalogue = parseCatalogue({
  schemaVersion: 1,
  outlets: ['a', 'b', 'c'].map((id) => ({
    id,
    name: `Outlet ${id.toUpperCase()}`,
    homepage: `https://${id}.example/`,
    feeds: [`https://feeds.${id}.example/world.xml`, `https://feeds.${id}.example/all.xml`],
    country: 'DE',
    region: 'europe',
    language: 'de',
    ownership: 'public-broadcaster',
    stateAffiliated: false,
  })),
  presets: [],
});

const stored = (
  id: string,
  health: Partial<Source['health']> = {},
  refreshing = false,
): Source & { refreshing: boolean } => ({
  id,
  feedUrl: id,
  title: id,
  homepage: null,
  addedAt: 0,
  health: { ...NEW_SOURCE_HEALTH, ...health },
  refreshing,
});

describe('newSourcesFor', () => {
  it("adds each outlet's first feed under the outlet's name with its facts, skipping outlets already added", () => {
    const list = newSourcesFor(catalogue.outlets, [stored('https://feeds.b.example/all.xml')]);
    expect(list.map((s) => s.feedUrl)).toEqual([
      'https://feeds.a.example/world.xml',
      'https://feeds.c.example/world.xml',
    ]);
    expect(list[0]).toMatchObject({
      title: 'Outlet A',
      homepage: 'https://a.example/',
      outlet: { catalogueId: 'a', country: 'DE', ownership: 'public-broadcaster' },
    });
  });
});

describe('originPatterns', () => {
  it('asks for each site once, as host-permission patterns', () => {
    expect(originPatterns(['https://x.example/a.xml', 'http://y.example/b', 'https://x.example/c?d=1'])).toEqual([
      'http://y.example/*',
      'https://x.example/*',
    ]);
  });
});

describe('batchProgress', () => {
  it('counts sources fetched (and not refetching), failures and stories, ignoring other sources', () => {
    const sources = [
      stored('a', { lastFetchedAt: 5, itemsInLastFetch: 10 }),
      stored('b', { lastFetchedAt: 5, lastError: 'HTTP 404 (Not Found)' }),
      stored('c', { lastFetchedAt: null }, true),
      stored('d', { lastFetchedAt: 5 }, true),
      stored('other', { lastFetchedAt: 5, itemsInLastFetch: 99 }),
    ];
    expect(batchProgress(sources, ['a', 'b', 'c', 'd', 'gone'])).toEqual({ done: 2, total: 4, failed: 1, items: 10 });
  });
});
