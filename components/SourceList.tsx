import { useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { formatCount } from '../utils/format/plural';
import type { Result, SourceView } from '../utils/messages';
import type { OutletDetails } from '../utils/sources/outlet-details';
import { outletSavedNotice } from './outlet-words';
import {
  DEFAULT_SOURCE_QUERY,
  FILTERS_FROM,
  SOURCE_SORTS,
  viewSources,
  type SourceListQuery,
  type SourceSort,
} from '../utils/sources/list-view';
import { SourceRow } from './SourceRow';
import { sortName } from './labels';
import { sourceListEmpty, sourceListSummary } from './source-list-words';
import { say } from './said';

export { sourceSchedule, sourceStatus } from './SourceRow';

/** Props of the sources list. */
export interface SourceListProps {
  sources: SourceView[];
  now: number;
  onRemove: (id: string) => void;
  /** Saves (or with null clears) a source's outlet details; resolves to the source as stored, or an error. */
  onSaveOutlet: (id: string, details: OutletDetails | null) => Promise<Result<SourceView>>;
}

/**
 * The user's sources, 50 at a time: "Find a source" over titles, feed addresses and sites, "Failing only", a
 * sort, a count line, pages, and each source's row (utils/source-list-view.ts decides what shows).
 */
export function SourceList({ sources, now, onRemove, onSaveOutlet }: SourceListProps) {
  const [query, setQuery] = useState<SourceListQuery>(DEFAULT_SOURCE_QUERY);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ id: string; text: string } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const pageTurned = useRef(false);
  const id = useId();
  useEffect(() => {
    // A new page starts at the top of the list, not where the pager was: focus the list and scroll to its top.
    if (!pageTurned.current) return;
    pageTurned.current = false;
    listRef.current?.focus({ preventScroll: true });
    topRef.current?.scrollIntoView?.({ block: 'start' });
  });
  if (sources.length === 0) {
    return <p className="empty">{i18n.t('options.noSources')}</p>;
  }

  const view = viewSources(sources, query);
  const summary = sourceListSummary(view, query);
  const empty = sourceListEmpty(view, query);
  const filtered = query.search.trim() !== '' || query.failingOnly;
  const change = (next: Partial<SourceListQuery>) => setQuery({ ...query, page: 0, ...next });
  const goTo = (page: number) => {
    pageTurned.current = true;
    setQuery({ ...query, page });
  };
  const edit = (sourceId: string, open: boolean) => {
    setEditing(open ? sourceId : null);
    setNotice(null);
  };
  const save = async (source: SourceView, details: OutletDetails | null) => {
    const result = await onSaveOutlet(source.id, details);
    if (!result.ok) return say(result.error);
    setEditing(null);
    setNotice({ id: source.id, text: outletSavedNotice(result.value.title, result.value.outlet, details === null) });
    return null;
  };

  const tools = sources.length >= FILTERS_FROM || filtered;
  return (
    <div className="source-list" ref={topRef}>
      {tools && (
        <div className="source-tools" role="search" aria-label={i18n.t('options.yourSources')}>
          <div className="source-find">
            <label htmlFor={`${id}-find`}>{i18n.t('options.findSource')}</label>
            <input
              id={`${id}-find`}
              type="search"
              placeholder={i18n.t('options.findPlaceholder')}
              autoComplete="off"
              value={query.search}
              onChange={(e) => change({ search: e.target.value })}
            />
          </div>
          <label className="source-failing">
            <input
              type="checkbox"
              checked={query.failingOnly}
              onChange={(e) => change({ failingOnly: e.target.checked })}
            />
            {view.failing > 0
              ? i18n.t('options.failingOnlyCount', [formatCount(view.failing)])
              : i18n.t('options.failingOnly')}
          </label>
          <div className="source-sort">
            <label htmlFor={`${id}-sort`}>{i18n.t('options.sort')}</label>
            <select
              id={`${id}-sort`}
              value={query.sort}
              onChange={(e) => change({ sort: e.target.value as SourceSort })}
            >
              {SOURCE_SORTS.map((s) => (
                <option key={s.id} value={s.id}>
                  {sortName(s.id)}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {(tools || summary) && (
        <p className="source-count" aria-live="polite">
          {summary}
        </p>
      )}
      {empty !== null ? (
        <div className="sources-empty">
          <p>{empty}</p>
          {query.search.trim() !== '' && (
            <button type="button" className="secondary" onClick={() => change({ search: '' })}>
              {i18n.t('options.clearSearch')}
            </button>
          )}
          {query.failingOnly && (
            <button type="button" className="secondary" onClick={() => change({ failingOnly: false })}>
              {i18n.t('options.showAll')}
            </button>
          )}
        </div>
      ) : (
        <ul className="sources" ref={listRef} tabIndex={-1} aria-label={summary || i18n.t('options.yourSources')}>
          {view.rows.map((source) => (
            <SourceRow
              key={source.id}
              source={source}
              now={now}
              editing={editing === source.id}
              notice={notice?.id === source.id ? notice.text : null}
              onEdit={(open) => edit(source.id, open)}
              onSaveOutlet={(details) => save(source, details)}
              onRemove={() => onRemove(source.id)}
            />
          ))}
        </ul>
      )}
      {view.pageCount > 1 && (
        <nav className="source-pages" aria-label={i18n.t('options.pagesLabel')}>
          <button type="button" className="secondary" disabled={view.page === 0} onClick={() => goTo(view.page - 1)}>
            {i18n.t('options.previousPage')}
          </button>
          <span>{i18n.t('options.pageOf', [formatCount(view.page + 1), formatCount(view.pageCount)])}</span>
          <button
            type="button"
            className="secondary"
            disabled={view.page >= view.pageCount - 1}
            onClick={() => goTo(view.page + 1)}
          >
            {i18n.t('options.nextPage')}
          </button>
        </nav>
      )}
    </div>
  );
}
