import { useEffect, useRef } from 'react';
import { i18n } from '#i18n';
import { formatCount } from '../utils/format/plural';
import { counted } from './counted';
import { formatDateTime } from '../utils/format/time';
import { relativeTime } from './relative-time';
import type { SourceView } from '../utils/messages';
import { isSetByHand, type OutletDetails } from '../utils/sources/outlet-details';
import { describeOutlet } from './outlet-words';
import { OutletEditor } from './OutletEditor';
import { say } from './said';

/** A source's status in words: refreshing, its last error, or when it was last fetched. */
export function sourceStatus(source: SourceView, now: number): string {
  if (source.refreshing) return i18n.t('options.sourceRefreshing');
  const { lastError, lastFetchedAt } = source.health;
  if (lastError) return i18n.t('options.lastFetchFailed', [say(lastError)]);
  if (lastFetchedAt === null) return i18n.t('options.notFetchedYet');
  return i18n.t('options.fetchedOk', [relativeTime(lastFetchedAt, now)]);
}

/** When a source last worked and when it is fetched next, in words. */
export function sourceSchedule(source: SourceView, now: number): string {
  const { lastSuccessAt, lastFetchedAt, consecutiveFailures } = source.health;
  if (lastFetchedAt === null) return source.refreshing ? '' : i18n.t('options.firstFetchQueued');
  const parts = [
    lastSuccessAt === null
      ? i18n.t('options.neverFetched')
      : i18n.t('options.lastSuccess', [relativeTime(lastSuccessAt, now)]),
  ];
  if (source.refreshing) return parts[0] ?? '';
  if (source.nextRefreshAt !== null) {
    const when = source.nextRefreshAt <= now ? i18n.t('options.dueNow') : relativeTime(source.nextRefreshAt, now);
    parts.push(
      consecutiveFailures >= 2
        ? i18n.t('options.nextRefreshBackoff', [when, formatCount(consecutiveFailures)])
        : i18n.t('options.nextRefresh', [when]),
    );
  }
  return parts.join(' · ');
}

/** Props of one row of the sources list. */
export interface SourceRowProps {
  source: SourceView;
  now: number;
  /** Whether its outlet form is open. */
  editing: boolean;
  /** A confirmation to show under it (outlet details saved or cleared), or null. */
  notice: string | null;
  onEdit: (open: boolean) => void;
  onSaveOutlet: (details: OutletDetails | null) => Promise<string | null>;
  onRemove: () => void;
}

/**
 * One source: title, feed address, items in the last fetch, stories stored, status or error, schedule, who is
 * behind it (with the form to set that), and Remove.
 */
export function SourceRow({ source, now, editing, notice, onEdit, onSaveOutlet, onRemove }: SourceRowProps) {
  const failed = source.health.lastError !== null && !source.refreshing;
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);
  useEffect(() => {
    // Back to the button that opened the form when it closes, so keyboard users keep their place.
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <li className={failed ? 'source failed' : 'source'}>
      <div className="source-main">
        <strong className="source-title">{source.title}</strong>
        <span className="source-url">{source.feedUrl}</span>
        <span className="source-stats">
          {i18n.t('options.sourceStats', [
            counted('options.items', source.health.itemsInLastFetch),
            formatCount(source.storiesStored),
          ])}
        </span>
        <span
          className={failed ? 'source-status error' : 'source-status'}
          title={source.health.lastFetchedAt ? formatDateTime(source.health.lastFetchedAt) : undefined}
        >
          {sourceStatus(source, now)}
        </span>
        <span className="source-schedule">{sourceSchedule(source, now)}</span>
        <span className="source-outlet">
          <span className="source-outlet-facts">
            {i18n.t('options.outlet', [
              source.outlet ? describeOutlet(source.outlet) : i18n.t('options.outletUnknown'),
            ])}
            {isSetByHand(source.outlet) && <span className="tag">{i18n.t('options.setByYou')}</span>}
          </span>
          {!editing && (
            <button
              ref={editButton}
              type="button"
              className="link"
              onClick={() => onEdit(true)}
              aria-label={i18n.t('options.editOutletFor', [source.title])}
            >
              {i18n.t('options.editOutlet')}
            </button>
          )}
        </span>
        {notice && (
          <span className="notice source-notice" role="status">
            {notice}
          </span>
        )}
      </div>
      <button
        type="button"
        className="secondary"
        onClick={onRemove}
        aria-label={i18n.t('options.removeSource', [source.title])}
      >
        {i18n.t('options.remove')}
      </button>
      {editing && <OutletEditor source={source} onSave={onSaveOutlet} onCancel={() => onEdit(false)} />}
    </li>
  );
}
