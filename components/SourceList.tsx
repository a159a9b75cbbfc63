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

/** The user's sources: title, items in the last fetch, stories stored, status or error, and Remove. */
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
