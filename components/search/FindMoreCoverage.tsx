import { useEffect, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { formatCount } from '../../utils/format/plural';
import { ask } from '../../utils/messages';
import type { SearchOutcome } from '../../utils/search/outcome';
import { outcomeLine } from './outcome-line';
import { buildSearchQuery, type SearchableArticle } from '../../utils/search/query';
import { activeProviders } from '../../utils/search/search-settings';
import type { LiveSearchView } from '../../utils/search/view';
import { ErrorLine } from '../Feedback';
import { say } from '../said';

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
    void ask('getLiveSearch').then((r) => (r.ok ? setView(r.value) : setError(say(r.error))));
  }, []);

  if (!view) return error ? <ErrorLine>{error}</ErrorLine> : null;
  const providers = activeProviders(view.settings);
  if (providers.length === 0) {
    return (
      <p className="find-more-off">
        {view.settings.enabled ? i18n.t('findMore.onNoService') : i18n.t('findMore.off')}{' '}
        <button type="button" className="link" onClick={onOpenOptions}>
          {view.settings.enabled ? i18n.t('findMore.chooseOne') : i18n.t('findMore.turnOn')}
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
      setError(say(result.error));
      return;
    }
    setOutcome(result.value);
    if (result.value.results.some((r) => r.ok && r.found > 0)) onFound();
  };

  return (
    <section className="find-more" aria-label={i18n.t('findMore.heading')}>
      <div className="find-more-row">
        <button
          type="button"
          className="secondary"
          onClick={() => void run()}
          disabled={busy || query.parts.length === 0}
        >
          {busy ? i18n.t('findMore.searching') : i18n.t('findMore.heading')}
        </button>
        <span className="find-more-sends">
          {query.parts.length === 0 ? (
            i18n.t('findMore.nothingToSearch')
          ) : (
            <>
              {i18n.t('findMore.sends')} <code className="find-more-query">{query.text}</code> → {hosts.join(', ')}
            </>
          )}
        </span>
      </div>
      {error && <ErrorLine>{error}</ErrorLine>}
      {outcome && (
        <ul className="find-more-results" role="status">
          {outcome.results.map((r) => (
            <li key={r.provider} className={r.ok ? 'ok' : r.slowDown ? 'slow-down' : 'failed'}>
              {outcomeLine(r)}
            </li>
          ))}
          {outcome.results.some((r) => r.ok && r.found > 0) && (
            <li className="shown">
              {props.shownFromSearch === 0
                ? i18n.t('findMore.noneMatched')
                : i18n.t('findMore.shownAbove', props.shownFromSearch, [formatCount(props.shownFromSearch)])}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
