/**
 * What the options page's list of sources shows: the sources that match a search and the "Failing only" filter,
 * in the chosen order, one page at a time, with the words that say how many there are. Pure, so the options page
 * only wires it to its controls; people import OPML files of 100–300 feeds, and rendering all of them at once
 * makes the page slow and the one they look for hard to find.
 */
import { foldForSearch } from '../format/fold';
import type { Source } from '../types';

/** Rows rendered at once. */
export const SOURCES_PER_PAGE = 50;

/** Below this many sources the whole list fits on a screen, so the search, filter and sort stay hidden. */
export const FILTERS_FROM = 6;

/** The orders the list can be sorted in. */
export type SourceSort = 'newest' | 'name' | 'failure' | 'oldest';

/** The orders, the default first (components/labels.ts names them). */
export const SOURCE_SORTS: readonly { id: SourceSort }[] = [
  // Newest first by default, so a source just added is on the first page.
  { id: 'newest' },
  { id: 'name' },
  { id: 'failure' },
  { id: 'oldest' },
];

/** What a person asked of the list. */
export interface SourceListQuery {
  /** Words typed in "Find a source"; every word must appear in the title, feed address or site. */
  search: string;
  failingOnly: boolean;
  sort: SourceSort;
  /** Zero-based page; out of range is clamped, so removing the last row of a page never shows an empty one. */
  page: number;
}

/** The list's starting point: everything, newest first, first page. */
export const DEFAULT_SOURCE_QUERY: SourceListQuery = { search: '', failingOnly: false, sort: 'newest', page: 0 };

/** The fields of a source the list looks at. */
export type ListedSource = Pick<Source, 'title' | 'feedUrl' | 'homepage' | 'addedAt' | 'health'>;

/** One page of the list and how it came about. */
export interface SourceListPage<S> {
  rows: S[];
  /** All sources, before any filter. */
  total: number;
  /** Sources that pass the search and filter. */
  matching: number;
  /** Failing sources among all of them (for the filter's label). */
  failing: number;
  /** The page shown (clamped) and how many there are (at least 1). */
  page: number;
  pageCount: number;
  /** One-based positions of the first and last row shown among the matching sources (0 and 0 when none). */
  first: number;
  last: number;
}

/** Whether a source's last fetch failed. */
export function isFailing(source: ListedSource): boolean {
  return source.health.lastError !== null;
}

/** Whether every word of `search` appears in the source's title, feed address or site, ignoring case and accents. */
export function matchesSearch(source: ListedSource, search: string): boolean {
  const words = foldForSearch(search)
    .split(' ')
    .filter((w) => w.length > 0);
  if (words.length === 0) return true;
  const haystack = foldForSearch([source.title, source.feedUrl, source.homepage ?? ''].join('\n'));
  return words.every((w) => haystack.includes(w));
}

const byName = (a: ListedSource, b: ListedSource) =>
  a.title.localeCompare(b.title, 'en', { sensitivity: 'base', numeric: true }) || a.feedUrl.localeCompare(b.feedUrl);

/** The comparator for an order; ties go by name, so the order never depends on how the store listed them. */
export function compareSources(sort: SourceSort): (a: ListedSource, b: ListedSource) => number {
  switch (sort) {
    case 'name':
      return byName;
    case 'oldest':
      return (a, b) => a.addedAt - b.addedAt || byName(a, b);
    case 'failure':
      // Failing sources first, the latest failed fetch first; the working ones after, by name.
      return (a, b) =>
        Number(isFailing(b)) - Number(isFailing(a)) ||
        (isFailing(a) ? (b.health.lastFetchedAt ?? 0) - (a.health.lastFetchedAt ?? 0) : 0) ||
        byName(a, b);
    case 'newest':
      return (a, b) => b.addedAt - a.addedAt || byName(a, b);
  }
}

/** Filters, sorts and pages `all` as `query` asks (components/source-list-words.ts words the count line and empty state). */
export function viewSources<S extends ListedSource>(
  all: readonly S[],
  query: SourceListQuery,
  perPage = SOURCES_PER_PAGE,
): SourceListPage<S> {
  const search = query.search.trim().replace(/\s+/g, ' ');
  const matched = all
    .filter((s) => (!query.failingOnly || isFailing(s)) && matchesSearch(s, search))
    .sort(compareSources(query.sort));
  const pageCount = Math.max(1, Math.ceil(matched.length / perPage));
  const page = Math.min(Math.max(0, Math.floor(query.page) || 0), pageCount - 1);
  const rows = matched.slice(page * perPage, (page + 1) * perPage);
  const first = rows.length > 0 ? page * perPage + 1 : 0;
  const last = page * perPage + rows.length;
  return {
    rows,
    total: all.length,
    matching: matched.length,
    failing: all.filter(isFailing).length,
    page,
    pageCount,
    first,
    last,
  };
}
