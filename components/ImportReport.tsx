import type { OpmlContents } from '../utils/feeds/opml';
import type { ImportSummary, SourceView } from '../utils/messages';
import { i18n } from '#i18n';
import { formatCount } from '../utils/format/plural';
import { counted } from './counted';
import { say } from './said';

/** One import, as the report shows it. */
export interface ImportRecord {
  fileName: string;
  contents: OpmlContents;
  summary: ImportSummary;
}

const names = (titles: string[]) =>
  titles.length > 5
    ? i18n.t('importReport.namesAndMore', [titles.slice(0, 5).join(', '), formatCount(titles.length - 5)])
    : titles.join(', ');

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
  const file = contents.title ? i18n.t('importReport.fileTitled', [fileName, contents.title]) : fileName;
  return (
    <div className="import-report" role="region" aria-label={i18n.t('importReport.label')}>
      <p>
        <strong>
          {summary.added.length > 0
            ? i18n.t('importReport.added', [file, counted('count.sources', summary.added.length)])
            : i18n.t('importReport.noneNew', [file])}
        </strong>
      </p>
      {summary.alreadyYours.length > 0 && (
        <p>
          {i18n.t('importReport.alreadyYours', [
            counted('importReport.feeds', summary.alreadyYours.length),
            names(summary.alreadyYours.map((f) => f.title)),
          ])}
        </p>
      )}
      {contents.duplicates.length > 0 && (
        <p>
          {i18n.t('importReport.listedTwice', [
            counted('importReport.feeds', contents.duplicates.length),
            names(contents.duplicates.map((f) => f.title)),
          ])}
        </p>
      )}
      {contents.invalid.map((problem) => (
        <p className="report-error" key={`${problem.title}|${problem.url}`}>
          {i18n.t('importReport.notImported', [problem.title, problem.url, say(problem.reason)])}
        </p>
      ))}
      {added.length > 0 && (
        <p>
          {pending > 0
            ? failed.length > 0
              ? i18n.t('importReport.fetchingFailed', [
                  formatCount(fetched.length),
                  formatCount(added.length),
                  formatCount(failed.length),
                ])
              : i18n.t('importReport.fetching', [formatCount(fetched.length), formatCount(added.length)])
            : i18n.t('importReport.fetchedAll', [
                counted('importReport.newSources', added.length),
                formatCount(added.length - failed.length),
                formatCount(failed.length),
              ])}
        </p>
      )}
      {failed.map((source) => (
        <p className="report-error" key={source.id}>
          {i18n.t('importReport.failed', [source.title, say(source.health.lastError ?? '')])}
        </p>
      ))}
    </div>
  );
}
