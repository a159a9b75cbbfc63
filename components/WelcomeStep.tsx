import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { formatCount } from '../utils/format/plural';
import type { Catalogue } from '../utils/catalogue/catalogue';
import { outletsOfPresets } from '../utils/catalogue/catalogue';
import { batchProgress, newSourcesFor } from '../utils/catalogue/onboarding';
import type { SourceView } from '../utils/messages';
import { addOutlets, type CatalogueApi } from './catalogue-api';
import { FirstFetchProgress } from './FirstFetchProgress';
import { PresetPicker } from './PresetPicker';
import { ErrorLine } from './Feedback';

/** The preset chosen for someone who just clicks through. */
const DEFAULT_PRESETS = ['world-overview'];

/**
 * The first-run step at the top of the options page (never over it): pick presets, add them with one
 * permission prompt, watch the first fetch. Everything below it stays usable meanwhile.
 */
export function WelcomeStep(props: {
  api: CatalogueApi;
  catalogue: Catalogue;
  sources: SourceView[];
  /** Reloads the sources (and so the progress shown here). */
  onSourcesChanged: () => void;
  onClose: () => void;
}) {
  const { api, catalogue, sources, onSourcesChanged, onClose } = props;
  const [chosen, setChosen] = useState<string[]>(DEFAULT_PRESETS);
  const [phase, setPhase] = useState<'choose' | 'asking' | 'fetching'>('choose');
  const [batch, setBatch] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  const outlets = outletsOfPresets(catalogue, chosen);
  const toAdd = newSourcesFor(outlets, sources).length;
  const progress = batchProgress(sources, batch);
  const finished = phase === 'fetching' && progress.done >= progress.total;

  // While the worker fetches, reload the list every second so the bar moves.
  useEffect(() => {
    if (phase !== 'fetching' || finished) return;
    const timer = setInterval(onSourcesChanged, 1000);
    return () => clearInterval(timer);
  }, [phase, finished, onSourcesChanged]);

  const start = async () => {
    setError(null);
    setPhase('asking');
    const outcome = await addOutlets(api, outlets, sources);
    if (!outcome.ok) {
      setError(outcome.error);
      setPhase('choose');
      return;
    }
    setBatch(outcome.summary.added);
    setPhase('fetching');
    onSourcesChanged();
  };

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <div className="welcome-head">
        <h2 id="welcome-title">{i18n.t('welcome.heading')}</h2>
        <button type="button" className="link" onClick={onClose}>
          {finished ? i18n.t('welcome.close') : i18n.t('welcome.skip')}
        </button>
      </div>
      <p className="welcome-lede">{phase === 'fetching' ? i18n.t('welcome.ledeFetching') : i18n.t('welcome.lede')}</p>
      {phase === 'fetching' ? (
        <>
          <FirstFetchProgress progress={progress} />
          {finished && (
            <button type="button" className="primary" onClick={onClose}>
              {i18n.t('welcome.startReading')}
            </button>
          )}
        </>
      ) : (
        <>
          <PresetPicker catalogue={catalogue} chosen={chosen} onChange={setChosen} disabled={phase === 'asking'} />
          <div className="welcome-actions">
            <button
              type="button"
              className="primary"
              disabled={toAdd === 0 || phase === 'asking'}
              onClick={() => void start()}
            >
              {phase === 'asking'
                ? i18n.t('welcome.waiting')
                : toAdd === 0 && outlets.length > 0
                  ? i18n.t('welcome.allAdded')
                  : i18n.t('welcome.addOutlets', toAdd, [formatCount(toAdd)])}
            </button>
            <span className="welcome-hint">
              {outlets.length > 0 ? i18n.t('welcome.askOnce', toAdd) : i18n.t('welcome.choosePreset')}
            </span>
          </div>
          {error && <ErrorLine>{error}</ErrorLine>}
        </>
      )}
    </section>
  );
}
