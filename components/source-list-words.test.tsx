import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE_QUERY, viewSources, type ListedSource, type SourceListQuery } from '../utils/sources/list-view';
import { NEW_SOURCE_HEALTH } from '../utils/store/sources';
import { sourceListEmpty, sourceListSummary } from './source-list-words';
import { ownershipName, regionName, sortName } from './labels';

const source = (title: string, addedAt: number, error: string | null = null): ListedSource => ({
  title,
  feedUrl: `https://${title.toLowerCase().replace(/\W+/g, '-')}.example/feed`,
  homepage: null,
  addedAt,
  health: { ...NEW_SOURCE_HEALTH, lastError: error },
});

/** 212 sources; "Feed 7" and "Feed 70"–"Feed 79" fail. */
const many = Array.from({ length: 212 }, (_, i) =>
  source(`Feed ${i + 1}`, i + 1, /^7\d?$/.test(String(i + 1)) ? 'HTTP 404 (Not Found)' : null),
);
const few = [source('Kyodo Wire', 1), source('Kyodo Desk', 2, 'timed out after 20 s'), source('Nikkei', 3)];

const queries: Partial<SourceListQuery>[] = [
  {},
  { page: 3 },
  { search: 'feed' },
  { search: '  feed   1 ' },
  { search: 'xyz' },
  { failingOnly: true },
  { failingOnly: true, search: '7' },
  { failingOnly: true, search: 'xyz' },
];

describe('the source list in words, through the locale file', () => {
  it('words the count line and the empty state in every case (one, many, pages, search, failing, nothing)', () => {
    const said = (list: readonly ListedSource[], change: Partial<SourceListQuery>) => {
      const query = { ...DEFAULT_SOURCE_QUERY, ...change };
      const view = viewSources(list, query);
      return [sourceListSummary(view, query), sourceListEmpty(view, query)];
    };
    expect(queries.map((change) => said(many, change))).toEqual([
      ['Showing 1–50 of 212 sources.', null],
      ['Showing 151–200 of 212 sources.', null],
      ['212 of 212 sources match “feed”. Showing 1–50.', null],
      ['123 of 212 sources match “feed 1”. Showing 1–50.', null],
      ['', 'No source matches “xyz”.'],
      ['11 of 212 sources are failing.', null],
      ['11 of 212 sources are failing and match “7”.', null],
      ['', 'No failing source matches “xyz”.'],
    ]);
    expect(said([few[1] as ListedSource], { failingOnly: true })).toEqual(['1 of 1 source is failing.', null]);
    expect(said(few, { search: 'nikkei' })).toEqual(['1 of 3 sources matches “nikkei”.', null]);
    expect(said([], {})).toEqual(['', null]);
    const query = { ...DEFAULT_SOURCE_QUERY, search: 'kyodo' };
    expect(sourceListSummary(viewSources(few, query), query)).toBe('2 of 3 sources match “kyodo”.');
  });

  it('names regions, kinds of ownership and orders as the options page always has', () => {
    expect([regionName('east-asia'), regionName('north-america')]).toEqual(['East Asia', 'North America']);
    expect([ownershipName('state'), ownershipName('wire-agency')]).toEqual([
      'State-owned or state-funded',
      'Wire agency',
    ]);
    expect([sortName('newest'), sortName('name')]).toEqual(['Newest added first', 'Name (A–Z)']);
  });
});
