import { useId, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { formatCount } from '../utils/format/plural';
import { counted } from './counted';
import type { Catalogue, Outlet } from '../utils/catalogue/catalogue';
import { outletAdded, sourcesOfOutlet } from '../utils/catalogue/match-outlet';
import { countryName } from '../utils/catalogue/names';
import { REGIONS } from '../utils/catalogue/regions';
import { regionName } from './labels';
import { createCatalogueSearch } from '../utils/catalogue/search';
import type { SourceView } from '../utils/messages';
import { addOutlets, type CatalogueApi } from './catalogue-api';
import { OutletRow } from './OutletRow';
import { ErrorLine } from './Feedback';
import { say } from './said';

/** Browsing order within a region: by country, then by name. */
const byCountryThenName = (a: Outlet, b: Outlet) =>
  countryName(a.country).localeCompare(countryName(b.country)) || a.name.localeCompare(b.name);

/**
 * The catalogue on the options page: outlets grouped by region, a fuzzy search over names and countries, and
 * Add or Remove per outlet (an outlet already among the user's sources shows as added).
 */
export function CatalogueBrowser(props: {
  api: CatalogueApi;
  catalogue: Catalogue;
  sources: SourceView[];
  onSourcesChanged: () => void;
  onChoosePresets: () => void;
}) {
  const { api, catalogue, sources, onSourcesChanged, onChoosePresets } = props;
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const searchId = useId();
  const search = useMemo(() => createCatalogueSearch(catalogue.outlets), [catalogue]);
  const matches = query.trim() ? search(query) : null;
  const countries = new Set(catalogue.outlets.map((o) => o.country)).size;
  const added = useMemo(() => outletAdded(sources), [sources]);

  const act = async (outlet: Outlet, body: () => Promise<string | null>) => {
    setBusy(outlet.id);
    setError(null);
    const problem = await body();
    setBusy(null);
    if (problem) setError(problem);
    onSourcesChanged();
  };
  const add = (outlet: Outlet) =>
    act(outlet, async () => {
      const outcome = await addOutlets(api, [outlet], sources);
      return outcome.ok ? null : outcome.error;
    });
  const remove = (outlet: Outlet) =>
    act(outlet, async () => {
      for (const source of sourcesOfOutlet(sources, outlet)) {
        const result = await api.removeSource(source.id);
        if (!result.ok) return say(result.error);
      }
      return null;
    });

  const groups = REGIONS.map((region) => {
    const inRegion = (matches ?? [...catalogue.outlets].sort(byCountryThenName)).filter((o) => o.region === region.id);
    return {
      ...region,
      outlets: inRegion,
      added: inRegion.filter(added).length,
    };
  }).filter((g) => g.outlets.length > 0);

  return (
    <section className="catalogue" aria-labelledby="catalogue-title">
      <div className="catalogue-header">
        <h2 id="catalogue-title">{i18n.t('catalogue.heading')}</h2>
        <button type="button" className="link" onClick={onChoosePresets}>
          {i18n.t('catalogue.choosePreset')}
        </button>
      </div>
      <p className="lede">
        {i18n.t('catalogue.lede', [formatCount(catalogue.outlets.length), formatCount(countries)])}
      </p>
      <label htmlFor={searchId} className="catalogue-search-label">
        {i18n.t('catalogue.searchLabel')}
      </label>
      <input
        id={searchId}
        className="catalogue-search"
        type="search"
        placeholder={i18n.t('catalogue.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="catalogue-count" aria-live="polite">
        {matches === null
          ? ''
          : matches.length === 0
            ? i18n.t('catalogue.noMatch', [query.trim()])
            : i18n.t('catalogue.matches', matches.length, [formatCount(matches.length), query.trim()])}
      </p>
      {error && <ErrorLine>{error}</ErrorLine>}
      {groups.map((group) => (
        // Searching opens every group with a match; browsing starts with all of them closed.
        <details
          key={`${group.id}-${matches === null ? 'browse' : 'search'}`}
          className="region"
          open={matches !== null || undefined}
        >
          <summary>
            <h3>{regionName(group.id)}</h3>
            <span className="region-meta">
              {counted('catalogue.outlets', group.outlets.length)}
              {group.added > 0 ? ` · ${i18n.t('catalogue.inYourSources', [formatCount(group.added)])}` : ''}
            </span>
          </summary>
          <table className="outlets">
            <thead>
              <tr>
                <th scope="col">{i18n.t('catalogue.colOutlet')}</th>
                <th scope="col">{i18n.t('catalogue.colCountry')}</th>
                <th scope="col">{i18n.t('catalogue.colLanguage')}</th>
                <th scope="col">{i18n.t('catalogue.colOwnership')}</th>
                <th scope="col">
                  <span className="visually-hidden">{i18n.t('catalogue.colAction')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {group.outlets.map((outlet) => (
                <OutletRow
                  key={outlet.id}
                  outlet={outlet}
                  added={added(outlet)}
                  busy={busy === outlet.id}
                  onAdd={() => void add(outlet)}
                  onRemove={() => void remove(outlet)}
                />
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}
