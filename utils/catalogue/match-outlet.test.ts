import { describe, expect, it } from 'vitest';
import type { Source } from '../types';
import { parseCatalogue } from './catalogue';
import { findOutletForFeed, outletAdded, sourcesOfOutlet } from './match-outlet';
import { NEW_SOURCE_HEALTH } from '../store/sources';

const outlet = (id: string, homepage: string, feeds: string[]) => ({
  id,
  name: id,
  homepage,
  feeds,
  country: 'GB',
  region: 'europe',
  language: 'en',
  ownership: 'private',
  stateAffiliated: false,
});
const catalogue = parseCatalogue({
  schemaVersion: 1,
  outlets: [
    outlet('herald', 'https://www.herald.example/', ['https://feeds.herald.example/world.xml']),
    outlet('gazette', 'https://gazette.example/', ['https://feeds.burner.example/gazette']),
    outlet('courier', 'https://courier.example/', ['https://feeds.burner.example/courier']),
  ],
  presets: [],
});

describe('findOutletForFeed', () => {
  it('matches the exact feed URL, even written differently', () => {
    expect(findOutletForFeed(catalogue, 'https://FEEDS.herald.example/world.xml')?.id).toBe('herald');
  });

  it("matches another feed of the outlet's own host, or the homepage the feed declares", () => {
    expect(findOutletForFeed(catalogue, 'https://feeds.herald.example/sport.xml')?.id).toBe('herald');
    expect(findOutletForFeed(catalogue, 'https://herald.example/rss')?.id).toBe('herald');
    expect(findOutletForFeed(catalogue, 'https://feeds.burner.example/other', 'https://courier.example/')?.id).toBe(
      'courier',
    );
  });

  it('matches nothing on a host several outlets share, or an unknown one', () => {
    expect(findOutletForFeed(catalogue, 'https://feeds.burner.example/someone-else')).toBeNull();
    expect(findOutletForFeed(catalogue, 'https://elsewhere.example/feed')).toBeNull();
  });
});

describe('sourcesOfOutlet', () => {
  const source = (feedUrl: string, catalogueId?: string): Source => ({
    id: feedUrl,
    feedUrl,
    title: 't',
    homepage: null,
    addedAt: 0,
    health: NEW_SOURCE_HEALTH,
    ...(catalogueId
      ? {
          outlet: {
            catalogueId,
            country: 'GB',
            region: 'europe',
            language: 'en',
            ownership: 'private',
            stateAffiliated: false,
            focus: [],
          },
        }
      : {}),
  });

  it('finds sources added from the catalogue and sources pasted with one of its feed URLs', () => {
    const herald = catalogue.outlets[0];
    if (!herald) throw new Error('no outlet');
    const sources = [
      source('https://feeds.herald.example/world.xml'),
      source('https://other.example/x', 'herald'),
      source('https://z.example/'),
    ];
    expect(sourcesOfOutlet(sources, herald).map((s) => s.feedUrl)).toEqual([
      'https://feeds.herald.example/world.xml',
      'https://other.example/x',
    ]);
  });

  it('says an outlet is added exactly when it has sources (outletAdded, built once for every outlet)', () => {
    const lists = [
      [],
      [source('https://feeds.herald.example/world.xml')],
      [source('https://other.example/x', 'gazette'), source('https://z.example/')],
      [source('https://feeds.burner.example/courier'), source('https://feeds.burner.example/other', 'herald')],
    ];
    for (const sources of lists) {
      const added = outletAdded(sources);
      expect(catalogue.outlets.map(added)).toEqual(
        catalogue.outlets.map((o) => sourcesOfOutlet(sources, o).length > 0),
      );
    }
    expect(catalogue.outlets.map(outletAdded(lists[2] ?? []))).toEqual([false, true, false]);
  });
});
