import { formatDateTime, formatRelativeTime } from '../utils/format';
import type { SourceView } from '../utils/messages';

/** A source's status in words: refreshing, its last error, or when it was last fetched. */
export function sourceStatus(source: SourceView, now: number): string {
  if (source.refreshing) return 'Refreshing…';
  const { lastError, lastFetchedAt } = source.health;
  if (lastError) return `Last fetch failed: ${lastError}`;
  if (lastFetchedAt === null) return 'Not fetched yet';
  return `OK, fetched ${formatRelativeTime(lastFetchedAt, now)}`;
}

/** When a source last worked and when it is fetched next, in words. */
export function sourceSchedule(source: SourceView, now: number): string {
  const { lastSuccessAt, lastFetchedAt, consecutiveFailures } = source.health;
  if (lastFetchedAt === null) return source.refreshing ? '' : 'Its first fetch is queued';
  const parts = [lastSuccessAt === null ? 'Never fetched successfully' : `Last success ${formatRelativeTime(lastSuccessAt, now)}`];
  if (source.refreshing) return parts[0] ?? '';
  if (source.nextRefreshAt !== null) {
    const when = source.nextRefreshAt <= now ? 'due now' : formatRelativeTime(source.nextRefreshAt, now);
    const backoff = consecutiveFailures >= 2 ? ` (retrying less often after ${consecutiveFailures} failures in a row)` : '';
    parts.push(`next refresh ${when}${backoff}`);
  }
  return parts.join(' · ');
}

/** The user's sources: title, items in the last fetch, stories stored, status or error, schedule, and Remove. */
export function SourceList({ sources, now, onRemove }: { sources: SourceView[]; now: number; onRemove: (id: string) => void }) {
  if (sources.length === 0) {
    return <p className="empty">No sources yet. Add a feed above; Sidelight fetches it right away.</p>;
  }
  return (
    <ul className="sources">
      {sources.map((source) => {
        const failed = source.health.lastError !== null && !source.refreshing;
        return (
          <li key={source.id} className={failed ? 'source failed' : 'source'}>
            <div className="source-main">
              <strong className="source-title">{source.title}</strong>
              <span className="source-url">{source.feedUrl}</span>
              <span className="source-stats">
                {source.health.itemsInLastFetch} {source.health.itemsInLastFetch === 1 ? 'item' : 'items'} in last fetch ·{' '}
                {source.storiesStored} stored
              </span>
              <span className={failed ? 'source-status error' : 'source-status'} title={source.health.lastFetchedAt ? formatDateTime(source.health.lastFetchedAt) : undefined}>
                {sourceStatus(source, now)}
              </span>
              <span className="source-schedule">{sourceSchedule(source, now)}</span>
            </div>
            <button type="button" className="secondary" onClick={() => onRemove(source.id)} aria-label={`Remove ${source.title}`}>
              Remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}
