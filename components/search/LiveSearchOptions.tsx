import { useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';
import { formatCount } from '../../utils/format/plural';
import { rich } from '../rich';
import { ask } from '../../utils/messages';
import { activeProviders, type LiveSearchSettings } from '../../utils/search/search-settings';
import type { LiveSearchView, ProviderView } from '../../utils/search/view';
import { MIN_INTERVAL_MS } from '../../utils/search/rate-limit';
import { EDITION_CHOICES, editionLabel } from './editions';
import { ErrorLine, Notice } from '../Feedback';
import { say } from '../said';

/**
 * The options page's "Find more coverage" section: a plain statement of what is sent where, the switch (off by
 * default), the services, the Google News edition, and a way to remove everything search stored.
 * Turning a service on asks for its site's permission inside the click, as browsers require.
 */
export function LiveSearchOptions({
  requestPermissions,
}: {
  requestPermissions: (patterns: string[]) => Promise<boolean>;
}) {
  const [view, setView] = useState<LiveSearchView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const switchId = useId();
  const editionId = useId();

  useEffect(() => {
    void ask('getLiveSearch').then((r) => (r.ok ? setView(r.value) : setError(say(r.error))));
  }, []);

  if (!view) {
    return (
      <section className="live-search" id="find-more-coverage" aria-labelledby={`${switchId}-heading`}>
        <h2 id={`${switchId}-heading`}>{i18n.t('findMore.heading')}</h2>
        {error ? <ErrorLine>{error}</ErrorLine> : <p role="status">{i18n.t('liveSearch.loading')}</p>}
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
      const hosts = needed.map((p) => p.host).reduce((all, host) => i18n.t('liveSearch.hostsJoin', [all, host]));
      setError(i18n.t('liveSearch.refused', [hosts]));
      return;
    }
    const result = await ask('setLiveSearch', next);
    setView(result.ok ? result.value : previous);
    if (!result.ok) setError(say(result.error));
  };

  const clear = async () => {
    setError(null);
    const result = await ask('clearSearchResults');
    if (result.ok)
      setNotice(
        result.value === 0
          ? i18n.t('liveSearch.noneStored')
          : i18n.t('liveSearch.removed', result.value, [formatCount(result.value)]),
      );
    else setError(say(result.error));
  };

  const providerLine = (p: ProviderView): string =>
    p.id === 'googleNews'
      ? i18n.t('liveSearch.googleLine', [p.host, view.edition.gl, view.edition.hl, view.edition.ceid])
      : i18n.t('liveSearch.gdeltLine', [p.host, formatCount(MIN_INTERVAL_MS.gdelt / 1000)]);
  const editions =
    settings.locale && !EDITION_CHOICES.includes(settings.locale)
      ? [settings.locale, ...EDITION_CHOICES]
      : EDITION_CHOICES;

  return (
    <section className="live-search" id="find-more-coverage" aria-labelledby={`${switchId}-heading`}>
      <h2 id={`${switchId}-heading`}>{i18n.t('findMore.heading')}</h2>
      <p className="lede">
        {rich(i18n.t('liveSearch.lede', { button: '{button}', example: '{example}' }), {
          button: <strong>{i18n.t('findMore.heading')}</strong>,
          example: <code>{i18n.t('liveSearch.exampleQuery')}</code>,
        })}
      </p>
      <div className="live-search-switch">
        <input
          id={switchId}
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => void save({ ...settings, enabled: e.target.checked })}
        />
        <label htmlFor={switchId}>{i18n.t('liveSearch.turnOn')}</label>
      </div>
      <fieldset className="live-search-providers" disabled={!settings.enabled}>
        <legend>{i18n.t('liveSearch.services')}</legend>
        {view.providers.map((p) => (
          <div key={p.id} className="live-search-provider">
            <input
              id={`${switchId}-${p.id}`}
              type="checkbox"
              checked={settings.providers[p.id]}
              onChange={(e) =>
                void save({ ...settings, providers: { ...settings.providers, [p.id]: e.target.checked } })
              }
            />
            <label htmlFor={`${switchId}-${p.id}`}>{p.name}</label>
            <span className="live-search-detail">{providerLine(p)}</span>
          </div>
        ))}
        <div className="live-search-edition">
          <label htmlFor={editionId}>{i18n.t('liveSearch.edition')}</label>
          <select
            id={editionId}
            value={settings.locale ?? ''}
            onChange={(e) => void save({ ...settings, locale: e.target.value || null })}
          >
            <option value="">{i18n.t('liveSearch.browserLanguage', [editionLabel(view.browserLocale)])}</option>
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
          {i18n.t('liveSearch.removeStories')}
        </button>
      </div>
      {notice && <Notice>{notice}</Notice>}
      {error && <ErrorLine>{error}</ErrorLine>}
    </section>
  );
}
