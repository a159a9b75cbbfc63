import { useEffect, useMemo, useState } from 'react';
import { ask } from '../../utils/messages';
import { describeOutcome, type SearchOutcome } from '../../utils/search/outcome';
import { buildSearchQuery, type SearchableArticle } from '../../utils/search/query';
import { activeProviders } from '../../utils/search/search-settings';
import type { LiveSearchView } from '../../utils/search/view';
import { ErrorLine } from '../Feedback';

/**
 * The popup's "Find more coverage": shows exactly what a search would send and where, runs it on a click,
 * says what each service did, and asks the popup to reload so new stories appear under the usual headings.
 * When live search is off it is one line pointing at the setting.
 */
export function FindMoreCoverage(props: {
  article: SearchableArticle;
  onOpenOptions: () => void;
  /** Called after a search that stored anything, to show the context again. */
  onFound: () => void;
  /** Stories from search the context shows now. */
  shownFromSearch: number;
}) {
  const { article, onOpenOptions, onFound } = props;
  const [view, setView] = useState<LiveSearchView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const query = useMemo(() => buildSearchQuery(article), [article]);

  useEffect(() => {
    void ask('getLiveSearch').then((r) => (r.ok ? setView(r.value) : setError(r.error)));
  }, []);

  if (!view) return error ? <ErrorLine>{error}</ErrorLine> : null;
  const providers = activeProviders(view.settings);
  if (providers.length === 0) {
    return (
      <p className="find-more-off">
        {view.settings.enabled ? 'Find more coverage is on, but no search service is ticked.' : 'Searching Google News or GDELT for more coverage is off.'}{' '}
        <button type="button" className="link" onClick={onOpenOptions}>
          {view.settings.enabled ? 'Choose one in settings' : 'Turn it on in settings'}
        </button>
      </p>
    );
  }
  const hosts = [...new Set(view.providers.filter((p) => providers.includes(p.id)).map((p) => p.host))];

  const run = async () => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    const { title, lead, text, siteName, byline } = article;
    // Only what the query is built from crosses to the worker; the page address stays here.
    const result = await ask('findMoreCoverage', { title, lead, text, siteName, byline });
    setBusy(false);
    if (!result.ok) {
      setOutcome(null);
      setError(result.error);
      return;
    }
    setOutcome(result.value);
    if (result.value.results.some((r) => r.ok && r.found > 0)) onFound();
  };

  return (
    <section className="find-more" aria-label="Find more coverage">
      <div className="find-more-row">
        <button type="button" className="secondary" onClick={() => void run()} disabled={busy || query.parts.length === 0}>
          {busy ? 'Searching…' : 'Find more coverage'}
        </button>
        <span className="find-more-sends">
          {query.parts.length === 0 ? (
            'This article has no names or words to search for.'
          ) : (
            <>
              Sends: <code className="find-more-query">{query.text}</code> → {hosts.join(', ')}
            </>
          )}
        </span>
      </div>
      {error && (
        <ErrorLine>{error}</ErrorLine>
      )}
      {outcome && (
        <ul className="find-more-results" role="status">
          {outcome.results.map((r) => (
            <li key={r.provider} className={r.ok ? 'ok' : r.slowDown ? 'slow-down' : 'failed'}>
              {describeOutcome(r)}
            </li>
          ))}
          {outcome.results.some((r) => r.ok && r.found > 0) && (
            <li className="shown">
              {props.shownFromSearch === 0
                ? 'None of them matched this article closely enough to show.'
                : `${props.shownFromSearch} ${props.shownFromSearch === 1 ? 'is' : 'are'} shown above, marked “from search”.`}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
