import { useEffect, useState } from 'react';
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
        <h2 id="welcome-title">Welcome to Sidelight</h2>
        <button type="button" className="link" onClick={onClose}>
          {finished ? 'Close' : 'Skip this step'}
        </button>
      </div>
      <p className="welcome-lede">
        {phase === 'fetching'
          ? 'Your new sources are listed below as they are stored; each one is fetched once now, then every 30 minutes.'
          : 'Sidelight compares the article you are reading with what other newsrooms publish. Pick where to start: you can add or remove any outlet later, and paste any other feed below.'}
      </p>
      {phase === 'fetching' ? (
        <>
          <FirstFetchProgress progress={progress} />
          {finished && (
            <button type="button" className="primary" onClick={onClose}>
              Start reading
            </button>
          )}
        </>
      ) : (
        <>
          <PresetPicker catalogue={catalogue} chosen={chosen} onChange={setChosen} disabled={phase === 'asking'} />
          <div className="welcome-actions">
            <button type="button" className="primary" disabled={toAdd === 0 || phase === 'asking'} onClick={() => void start()}>
              {phase === 'asking' ? 'Waiting for permission…' : toAdd === 0 && outlets.length > 0 ? 'All already added' : `Add ${toAdd} ${toAdd === 1 ? 'outlet' : 'outlets'}`}
            </button>
            <span className="welcome-hint">
              {outlets.length > 0
                ? `Your browser will ask once for access to ${toAdd === 1 ? 'its site' : 'their sites'}: Sidelight only ever fetches their feeds.`
                : 'Choose at least one preset.'}
            </span>
          </div>
          {error && (
            <ErrorLine>{error}</ErrorLine>
          )}
        </>
      )}
    </section>
  );
}
