import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE_QUERY, matchesSearch, viewSources, type ListedSource, type SourceListQuery } from './list-view';
import { NEW_SOURCE_HEALTH } from '../store/sources';
import { sourceListEmpty, sourceListSummary } from '../../components/source-list-words';

const source = (
  title: string,
  addedAt: number,
  extra: { url?: string; site?: string; error?: string; fetchedAt?: number } = {},
): ListedSource => ({
  title,
  feedUrl: extra.url ?? `https://${title.toLowerCase().replace(/\W+/g, '-')}.example/feed`,
  homepage: extra.site ?? null,
  addedAt,
  health: { ...NEW_SOURCE_HEALTH, lastError: extra.error ?? null, lastFetchedAt: extra.fetchedAt ?? null },
});

const query = (change: Partial<SourceListQuery>): SourceListQuery => ({ ...DEFAULT_SOURCE_QUERY, ...change });
const titles = (rows: ListedSource[]) => rows.map((r) => r.title);
/** The list as the options page shows it: the page, with its count line and empty state in words. */
const inWords = (list: readonly ListedSource[], q: SourceListQuery) => {
  const view = viewSources(list, q);
  return { ...view, summary: sourceListSummary(view, q), empty: sourceListEmpty(view, q) };
};

/** 212 sources, like a large OPML import: "Feed 1" … "Feed 212", added in that order. */
const many = Array.from({ length: 212 }, (_, i) => source(`Feed ${i + 1}`, i + 1));

describe('finding a source', () => {
  it('matches title, feed address and site, ignoring case and accents, every word anywhere', () => {
    const kyodo = source('Kyōdo News – English', 1, {
      url: 'https://english.kyodonews.net/rss/all.xml',
      site: 'https://english.kyodonews.net/',
    });
    expect(matchesSearch(kyodo, 'kyodo')).toBe(true);
    expect(matchesSearch(kyodo, 'KYŌDO')).toBe(true);
    expect(matchesSearch(kyodo, 'rss/all')).toBe(true);
    expect(matchesSearch(kyodo, 'english news')).toBe(true);
    expect(matchesSearch(kyodo, 'kyodo xinhua')).toBe(false);
    expect(matchesSearch(source('Le Monde', 1, { site: 'https://www.lemonde.fr/' }), 'lemonde.fr')).toBe(true);
    expect(matchesSearch(source('Café Society', 1), 'cafe')).toBe(true);
    expect(matchesSearch(source('Anything', 1), '   ')).toBe(true);
  });

  it('shows the first 50 of many, newest first, and says so', () => {
    const view = inWords(many, DEFAULT_SOURCE_QUERY);
    expect(view.rows).toHaveLength(50);
    expect(view.rows[0]?.title).toBe('Feed 212');
    expect(view.summary).toBe('Showing 1–50 of 212 sources.');
    expect(view).toMatchObject({ page: 0, pageCount: 5, first: 1, last: 50, matching: 212, total: 212, empty: null });
  });

  it('pages through the rest and clamps a page past the end to the last one', () => {
    expect(inWords(many, query({ page: 1 })).summary).toBe('Showing 51–100 of 212 sources.');
    const last = viewSources(many, query({ page: 9 }));
    expect(last).toMatchObject({ page: 4, first: 201, last: 212 });
    expect(titles(last.rows).at(-1)).toBe('Feed 1');
    expect(viewSources(many, query({ page: -3 })).page).toBe(0);
  });

  it('says nothing extra when a short list fits on one page', () => {
    const view = inWords(many.slice(0, 12), DEFAULT_SOURCE_QUERY);
    expect(view.rows).toHaveLength(12);
    expect(view.summary).toBe('');
    expect(view.pageCount).toBe(1);
  });

  it('counts the matches of a search among all sources', () => {
    const list = [
      ...many,
      source('Kyodo News', 300),
      source('Kyōdo Business', 301),
      source('Nikkei Asia', 302, { url: 'https://asia.nikkei.com/rss?src=kyodo' }),
    ];
    const view = inWords(list, query({ search: '  kyodo ' }));
    expect(view.summary).toBe('3 of 215 sources match “kyodo”.');
    expect(titles(view.rows)).toEqual(['Nikkei Asia', 'Kyōdo Business', 'Kyodo News']);
    expect(inWords(list, query({ search: 'nikkei' })).summary).toBe('1 of 215 sources matches “nikkei”.');
    expect(inWords(list, query({ search: 'feed' })).summary).toBe('214 of 215 sources match “feed”. Showing 1–50.');
  });

  it('has an empty state in words', () => {
    const view = inWords(many, query({ search: 'xyz' }));
    expect(view.rows).toEqual([]);
    expect(view.summary).toBe('');
    expect(view.empty).toBe('No source matches “xyz”.');
    expect(inWords(many, query({ failingOnly: true })).empty).toBe('No source failed at its last fetch.');
    expect(inWords(many, query({ failingOnly: true, search: 'xyz' })).empty).toBe('No failing source matches “xyz”.');
    expect(inWords([], DEFAULT_SOURCE_QUERY)).toMatchObject({ empty: null, summary: '', rows: [] });
  });

  it('shows only failing sources when asked, alone or with a search', () => {
    const list = [
      source('Alpha', 1),
      source('Broken Wire', 2, { error: 'HTTP 404 (Not Found)', fetchedAt: 100 }),
      source('Gone Daily', 3, { error: 'timed out after 20 s', fetchedAt: 300 }),
    ];
    const failing = inWords(list, query({ failingOnly: true }));
    expect(titles(failing.rows)).toEqual(['Gone Daily', 'Broken Wire']);
    expect(failing.summary).toBe('2 of 3 sources are failing.');
    expect(failing.failing).toBe(2);
    expect(inWords(list, query({ failingOnly: true, search: 'wire' })).summary).toBe(
      '1 of 3 sources is failing and matches “wire”.',
    );
  });
});

describe('sorting sources', () => {
  const list = [
    source('zeta', 2),
    source('Alpha', 3),
    source('Broken Wire', 1, { error: 'HTTP 500', fetchedAt: 100 }),
    source('Gone Daily', 4, { error: 'timed out', fetchedAt: 300 }),
    source('Feed 10', 5),
    source('Feed 9', 5),
  ];
  const sorted = (sort: SourceListQuery['sort']) => titles(viewSources(list, query({ sort })).rows);

  it('by name, ignoring case, numbers in numeric order', () => {
    expect(sorted('name')).toEqual(['Alpha', 'Broken Wire', 'Feed 9', 'Feed 10', 'Gone Daily', 'zeta']);
  });
  it('newest or oldest added first, ties by name', () => {
    expect(sorted('newest')).toEqual(['Feed 9', 'Feed 10', 'Gone Daily', 'Alpha', 'zeta', 'Broken Wire']);
    expect(sorted('oldest')).toEqual(['Broken Wire', 'zeta', 'Alpha', 'Gone Daily', 'Feed 9', 'Feed 10']);
  });
  it('most recent failure first, then the working ones by name', () => {
    expect(sorted('failure')).toEqual(['Gone Daily', 'Broken Wire', 'Alpha', 'Feed 9', 'Feed 10', 'zeta']);
  });
});
