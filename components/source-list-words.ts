import { i18n } from '#i18n';
import { formatCount } from '../utils/format/plural';
import type { SourceListPage, SourceListQuery } from '../utils/sources/list-view';
import { counted } from './counted';

type Shown = Pick<SourceListPage<unknown>, 'total' | 'matching' | 'pageCount' | 'first' | 'last'>;

/**
 * The source list's count line in words ("3 of 212 sources match “kyodo”.", "Showing 1–50 of 212 sources."),
 * from the numbers `viewSources` gives; empty when it adds nothing.
 */
export function sourceListSummary(view: Shown, query: Pick<SourceListQuery, 'search' | 'failingOnly'>): string {
  const search = query.search.trim().replace(/\s+/g, ' ');
  const filtered = search !== '' || query.failingOnly;
  const [from, to] = [formatCount(view.first), formatCount(view.last)];
  if (view.total > 0 && filtered && view.matching > 0) {
    const [n, of] = [formatCount(view.matching), counted('count.sources', view.total)];
    const line =
      search && query.failingOnly
        ? i18n.t('sourceList.failingAndMatch', view.matching, [n, of, search])
        : search
          ? i18n.t('sourceList.match', view.matching, [n, of, search])
          : i18n.t('sourceList.failing', view.matching, [n, of]);
    return view.pageCount > 1 ? `${line} ${i18n.t('sourceList.showing', [from, to])}` : line;
  }
  if (!filtered && view.pageCount > 1) {
    return i18n.t('sourceList.showingOf', [from, to, counted('count.sources', view.total)]);
  }
  return '';
}

/** What the list says when the search and filter leave nothing; null when there are rows (or no sources at all). */
export function sourceListEmpty(view: Shown, query: Pick<SourceListQuery, 'search' | 'failingOnly'>): string | null {
  if (view.total === 0 || view.matching > 0) return null;
  const search = query.search.trim().replace(/\s+/g, ' ');
  if (search && query.failingOnly) return i18n.t('sourceList.emptyFailingMatch', [search]);
  if (search) return i18n.t('sourceList.emptySearch', [search]);
  return i18n.t('sourceList.emptyFailing');
}
