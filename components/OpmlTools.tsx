import { useState, type ChangeEvent } from 'react';
import { i18n } from '#i18n';
import { formatCount } from '../utils/format/plural';
import { OpmlError, parseOpml, serializeOpml, feedKey, type OpmlFeed } from '../utils/feeds/opml';
import type { ImportSummary, Result, SourceView } from '../utils/messages';
import { ImportReport, type ImportRecord } from './ImportReport';
import { ErrorLine } from './Feedback';
import { say } from './said';

/** What importing and exporting need from the extension. */
export interface OpmlApi {
  importSources(feeds: OpmlFeed[]): Promise<Result<ImportSummary>>;
  /** One permission prompt for every site of these feeds; false when refused. */
  requestOrigins(urls: string[]): Promise<boolean>;
  /** Offers a file for download. */
  saveFile(name: string, text: string, type: string): void;
}

/**
 * **Import OPML** (a file input) and **Export OPML** (a button). An import asks once for every site its new
 * feeds are on, stores them, and reports what was added, skipped and failed while they are fetched.
 */
export function OpmlTools({
  api,
  sources,
  onChanged,
}: {
  api: OpmlApi;
  sources: SourceView[] | null;
  onChanged: () => Promise<void>;
}) {
  const [record, setRecord] = useState<ImportRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    setBusy(true);
    try {
      let contents;
      try {
        contents = parseOpml(await file.text());
      } catch (problem) {
        setError(
          problem instanceof OpmlError ? say(problem.said) : i18n.t('options.fileUnreadable', [String(problem)]),
        );
        return;
      }
      if (contents.feeds.length === 0) {
        setError(
          contents.invalid.length > 0
            ? i18n.t('options.noFeedsInFileInvalid', [file.name, formatCount(contents.invalid.length)])
            : i18n.t('options.noFeedsInFile', [file.name]),
        );
        return;
      }
      const known = new Set((sources ?? []).map((s) => feedKey(s.feedUrl)));
      const fresh = contents.feeds.filter((f) => !known.has(feedKey(f.url)));
      // One prompt for every new site, asked while the file choice still counts as the user's gesture.
      if (fresh.length > 0 && !(await api.requestOrigins(fresh.map((f) => f.url)).catch(() => false))) {
        setError(i18n.t('options.importRefused'));
        return;
      }
      const result = await api.importSources(contents.feeds);
      if (!result.ok) setError(say(result.error));
      else setRecord({ fileName: file.name, contents, summary: result.value });
      await onChanged();
    } finally {
      input.value = ''; // the same file can be chosen again
      setBusy(false);
    }
  };

  const exportFile = () => {
    const feeds = (sources ?? []).map((s) => ({ url: s.feedUrl, title: s.title, homepage: s.homepage }));
    api.saveFile(
      'sidelight-sources.opml',
      serializeOpml(feeds, { title: i18n.t('pages.optionsTitle') }),
      'text/x-opml',
    );
  };

  return (
    <section className="opml-tools" aria-label={i18n.t('options.importExport')}>
      <div className="row">
        <label className={busy ? 'file-button busy' : 'file-button'}>
          {i18n.t('options.importOpml')}
          <input
            className="visually-hidden"
            type="file"
            accept=".opml,.xml,text/x-opml,text/xml,application/xml"
            onChange={(e) => void importFile(e)}
            disabled={busy}
          />
        </label>
        <button type="button" className="secondary" onClick={exportFile}>
          {i18n.t('options.exportOpml')}
        </button>
        <span className="hint">{i18n.t('options.opmlHint')}</span>
      </div>
      {error && <ErrorLine>{error}</ErrorLine>}
      {record && sources && <ImportReport record={record} sources={sources} />}
    </section>
  );
}
