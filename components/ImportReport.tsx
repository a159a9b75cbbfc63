import type { OpmlContents } from '../utils/feeds/opml';
import type { ImportSummary, SourceView } from '../utils/messages';
import { plural } from '../utils/format/plural';

/** One import, as the report shows it. */
export interface ImportRecord {
  fileName: string;
  contents: OpmlContents;
  summary: ImportSummary;
}

const names = (titles: string[]) => (titles.length > 5 ? `${titles.slice(0, 5).join(', ')} and ${titles.length - 5} more` : titles.join(', '));

/**
 * What an OPML import did: sources added, feeds skipped (already yours, listed twice), entries that could not
 * be used, then — live, from the sources' health — how the first fetch of each new source went.
 */
export function ImportReport({ record, sources }: { record: ImportRecord; sources: SourceView[] }) {
  const { contents, summary, fileName } = record;
  const byId = new Map(sources.map((s) => [s.id, s]));
  const added = summary.added.map((a) => byId.get(a.id)).filter((s): s is SourceView => s !== undefined);
  const fetched = added.filter((s) => !s.refreshing && s.health.lastFetchedAt !== null);
  const failed = fetched.filter((s) => s.health.lastError !== null);
  const pending = added.length - fetched.length;
  return (
    <div className="import-report" role="region" aria-label="OPML import report">
      <p>
        <strong>
          {fileName}
          {contents.title ? ` (${contents.title})` : ''}: {summary.added.length > 0 ? `added ${plural(summary.added.length, 'source')}.` : 'no new sources.'}
        </strong>
      </p>
      {summary.alreadyYours.length > 0 && (
        <p>
          Skipped {plural(summary.alreadyYours.length, 'feed')} already among your sources: {names(summary.alreadyYours.map((f) => f.title))}.
        </p>
      )}
      {contents.duplicates.length > 0 && (
        <p>
          Skipped {plural(contents.duplicates.length, 'feed')} listed twice in the file: {names(contents.duplicates.map((f) => f.title))}.
        </p>
      )}
      {contents.invalid.map((problem) => (
        <p className="report-error" key={`${problem.title}|${problem.url}`}>
          Not imported: {problem.title} ({problem.url}): {problem.reason}
        </p>
      ))}
      {added.length > 0 && (
        <p>
          {pending > 0
            ? `Fetching: ${fetched.length} of ${added.length} done so far${failed.length > 0 ? `, ${failed.length} failed` : ''}.`
            : `Fetched all ${plural(added.length, 'new source')}: ${added.length - failed.length} working, ${failed.length} failed.`}
        </p>
      )}
      {failed.map((source) => (
        <p className="report-error" key={source.id}>
          Failed: {source.title}: {source.health.lastError}
        </p>
      ))}
    </div>
  );
}
