import { useId, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { countryChoices, findCountry } from '../utils/catalogue/country-region';
import { languageName } from '../utils/catalogue/names';
import { OWNERSHIP_LABELS } from '../utils/catalogue/regions';
import { ownershipName, regionName } from './labels';
import type { SourceView } from '../utils/messages';
import {
  detailsOf,
  isSetByHand,
  languageChoices,
  outletFromDetails,
  type OutletDetails,
} from '../utils/sources/outlet-details';
import type { Ownership } from '../utils/types';
import { ErrorLine } from './Feedback';
import { say } from './said';

const OWNERSHIPS = Object.keys(OWNERSHIP_LABELS) as Ownership[];

/**
 * The form that says who is behind a source: country (typed or picked from the list of countries), ownership,
 * state affiliation and, optionally, language; the region shown follows from the country. `onSave` with null
 * clears facts set by hand. It resolves to an error sentence, or null when saved.
 */
export function OutletEditor(props: {
  source: SourceView;
  onSave: (details: OutletDetails | null) => Promise<string | null>;
  onCancel: () => void;
}) {
  const { source, onSave, onCancel } = props;
  const start = detailsOf(source.outlet);
  const [country, setCountry] = useState(start.country);
  const [ownership, setOwnership] = useState<Ownership | ''>(start.ownership);
  const [stateAffiliated, setStateAffiliated] = useState(start.stateAffiliated);
  const [language, setLanguage] = useState(start.language);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const chosen = findCountry(country);
  const languages =
    language && !languageChoices().some((l) => l.tag === language)
      ? [{ tag: language, name: languageName(language) }, ...languageChoices()]
      : languageChoices();

  const save = async (details: OutletDetails | null) => {
    setBusy(true);
    setError(null);
    const problem = await onSave(details);
    setBusy(false);
    if (problem) setError(problem);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen && country.trim()) {
      return setError(i18n.t('outletEditor.unknownCountry', [country.trim()]));
    }
    const details = {
      country: chosen?.code ?? '',
      ownership: ownership as Ownership,
      stateAffiliated,
      language: language || null,
    };
    const checked = outletFromDetails(details);
    if (!checked.ok) return setError(say(checked.error));
    void save(details);
  };

  return (
    <form className="outlet-editor" aria-label={i18n.t('outletEditor.label', [source.title])} onSubmit={submit}>
      <p className="hint">{i18n.t('outletEditor.hint')}</p>
      <div className="outlet-fields">
        <div className="outlet-field">
          <label htmlFor={`${id}-country`}>{i18n.t('outletEditor.country')}</label>
          <input
            id={`${id}-country`}
            list={`${id}-countries`}
            autoComplete="off"
            placeholder={i18n.t('outletEditor.countryPlaceholder')}
            value={country}
            onChange={(e) => setCountry(e.target.value)}
            aria-describedby={`${id}-region`}
            disabled={busy}
            autoFocus
          />
          <datalist id={`${id}-countries`}>
            {countryChoices().map((c) => (
              <option key={c.code} value={c.name} />
            ))}
          </datalist>
          <span id={`${id}-region`} className="hint">
            {chosen ? i18n.t('outletEditor.region', [regionName(chosen.region)]) : i18n.t('outletEditor.regionHint')}
          </span>
        </div>
        <div className="outlet-field">
          <label htmlFor={`${id}-ownership`}>{i18n.t('outletEditor.ownership')}</label>
          <select
            id={`${id}-ownership`}
            value={ownership}
            onChange={(e) => setOwnership(e.target.value as Ownership | '')}
            disabled={busy}
          >
            <option value="">{i18n.t('outletEditor.choose')}</option>
            {OWNERSHIPS.map((value) => (
              <option key={value} value={value}>
                {ownershipName(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="outlet-field">
          <label htmlFor={`${id}-language`}>{i18n.t('outletEditor.language')}</label>
          <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value)} disabled={busy}>
            <option value="">{i18n.t('outletEditor.notSpecified')}</option>
            {languages.map((l) => (
              <option key={l.tag} value={l.tag}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <label className="outlet-state">
        <input
          type="checkbox"
          checked={stateAffiliated}
          onChange={(e) => setStateAffiliated(e.target.checked)}
          disabled={busy}
        />
        {i18n.t('outletEditor.stateAffiliated')}
        <span className="hint">{i18n.t('outletEditor.stateHint')}</span>
      </label>
      {error && <ErrorLine>{error}</ErrorLine>}
      <div className="outlet-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? i18n.t('outletEditor.saving') : i18n.t('outletEditor.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
          {i18n.t('outletEditor.cancel')}
        </button>
        {isSetByHand(source.outlet) && (
          <button type="button" className="link" onClick={() => void save(null)} disabled={busy}>
            {i18n.t('outletEditor.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
