import { useEffect, useId, useState } from 'react';
import { ask } from '../../utils/messages';
import { activeProviders, type LiveSearchSettings } from '../../utils/search/search-settings';
import type { LiveSearchView, ProviderView } from '../../utils/search/view';
import { MIN_INTERVAL_MS } from '../../utils/search/rate-limit';
import { EDITION_CHOICES, editionLabel } from './editions';
import { ErrorLine, Notice } from '../Feedback';

/**
 * The options page's "Find more coverage" section: a plain statement of what is sent where, the switch (off by
 * default), the services, the Google News edition, and a way to remove everything search stored.
 * Turning a service on asks for its site's permission inside the click, as browsers require.
 */
export function LiveSearchOptions({ requestPermissions }: { requestPermissions: (patterns: string[]) => Promise<boolean> }) {
  const [view, setView] = useState<LiveSearchView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const switchId = useId();
  const editionId = useId();

  useEffect(() => {
    void ask('getLiveSearch').then((r) => (r.ok ? setView(r.value) : setError(r.error)));
  }, []);

  if (!view) {
    return (
      <section className="live-search" id="find-more-coverage" aria-labelledby={`${switchId}-heading`}>
        <h2 id={`${switchId}-heading`}>Find more coverage</h2>
        {error ? <ErrorLine>{error}</ErrorLine> : <p role="status">Loading…</p>}
      </section>
    );
  }
  const { settings } = view;

  const save = async (next: LiveSearchSettings) => {
    const previous = view;
    setError(null);
    setNotice(null);
    setView({ ...view, settings: next }); // show the choice at once; undone below if it cannot be kept
    const before = new Set(activeProviders(settings));
    const needed = view.providers.filter((p) => activeProviders(next).includes(p.id) && !before.has(p.id));
    // First thing in the click: browsers only show permission prompts during a user gesture.
    if (needed.length > 0 && !(await requestPermissions(needed.map((p) => p.permission)).catch(() => false))) {
      setView(previous);
      setError(`Permission for ${needed.map((p) => p.host).join(' and ')} was refused, so Sidelight can't search there. Try again and choose Allow.`);
      return;
    }
    const result = await ask('setLiveSearch', next);
    setView(result.ok ? result.value : previous);
    if (!result.ok) setError(result.error);
  };

  const clear = async () => {
    setError(null);
    const result = await ask('clearSearchResults');
    if (result.ok) setNotice(result.value === 0 ? 'No stories from search are stored.' : `Removed ${result.value} ${result.value === 1 ? 'story' : 'stories'} found by search.`);
    else setError(result.error);
  };

  const providerLine = (p: ProviderView): string =>
    p.id === 'googleNews'
      ? `Sends the words to ${p.host}, asking for its ${view.edition.gl} edition in ${view.edition.hl} (hl=${view.edition.hl}, gl=${view.edition.gl}, ceid=${view.edition.ceid}).`
      : `Sends the words to ${p.host}, at most one search every ${MIN_INTERVAL_MS.gdelt / 1000} seconds, as GDELT asks.`;
  const editions = settings.locale && !EDITION_CHOICES.includes(settings.locale) ? [settings.locale, ...EDITION_CHOICES] : EDITION_CHOICES;

  return (
    <section className="live-search" id="find-more-coverage" aria-labelledby={`${switchId}-heading`}>
      <h2 id={`${switchId}-heading`}>Find more coverage</h2>
      <p className="lede">
        Off unless you turn it on. When it is on, the popup has a <strong>Find more coverage</strong> button. Clicking it sends a few
        key names and words from the article you are reading (the popup shows them before you click, for example{' '}
        <code>&quot;Reed Bank&quot; Philippine coast guard</code>) to the services ticked below, and nothing else: never the
        article&apos;s address or its text. As with any web request, a service also sees your IP address. What they find is kept
        on this device with your other stories, marked “from search”.
      </p>
      <div className="live-search-switch">
        <input id={switchId} type="checkbox" checked={settings.enabled} onChange={(e) => void save({ ...settings, enabled: e.target.checked })} />
        <label htmlFor={switchId}>Turn on Find more coverage</label>
      </div>
      <fieldset className="live-search-providers" disabled={!settings.enabled}>
        <legend>Services to search</legend>
        {view.providers.map((p) => (
          <div key={p.id} className="live-search-provider">
            <input
              id={`${switchId}-${p.id}`}
              type="checkbox"
              checked={settings.providers[p.id]}
              onChange={(e) => void save({ ...settings, providers: { ...settings.providers, [p.id]: e.target.checked } })}
            />
            <label htmlFor={`${switchId}-${p.id}`}>{p.name}</label>
            <span className="live-search-detail">{providerLine(p)}</span>
          </div>
        ))}
        <div className="live-search-edition">
          <label htmlFor={editionId}>Google News edition</label>
          <select id={editionId} value={settings.locale ?? ''} onChange={(e) => void save({ ...settings, locale: e.target.value || null })}>
            <option value="">Your browser&apos;s language: {editionLabel(view.browserLocale)}</option>
            {editions.map((tag) => (
              <option key={tag} value={tag}>
                {editionLabel(tag)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div className="live-search-clear">
        <button type="button" className="secondary" onClick={() => void clear()}>
          Remove stories found by search
        </button>
      </div>
      {notice && (
        <Notice>{notice}</Notice>
      )}
      {error && (
        <ErrorLine>{error}</ErrorLine>
      )}
    </section>
  );
}
