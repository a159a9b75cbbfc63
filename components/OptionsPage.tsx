import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { formatCount } from '../utils/format/plural';
import { counted } from './counted';
import { feedKey } from '../utils/feeds/opml';
import type { AddFromUrlView, FeedChoice, RefreshStatus, Result, SourceView } from '../utils/messages';
import { parseFeedUrl } from '../utils/sources/feed-url';
import { hostOf } from '../utils/format/urls';
import type { OutletDetails } from '../utils/sources/outlet-details';
import { isWelcomeHash } from '../utils/catalogue/welcome';
import { AddSourceForm, type AddOutcome } from './AddSourceForm';
import { Brand } from './Brand';
import type { ChoiceOutcome } from './FeedChoices';
import { CatalogueBrowser } from './CatalogueBrowser';
import { useCatalogue, type CatalogueApi } from './catalogue-api';
import { OpmlTools, type OpmlApi } from './OpmlTools';
import { FailureBanner, RefreshProgress, StorageFullBanner } from './RefreshProgress';
import { SettingsForm, type SettingsApi } from './SettingsForm';
import { SourceList } from './SourceList';
import { AfterFirstFrame } from './AfterFirstFrame';
import { useOptionsData } from './useOptionsData';
import { WelcomeStep } from './WelcomeStep';
import { LiveSearchOptions } from './search/LiveSearchOptions';
import { SidePanelToggle } from './SidePanelToggle';
import { ErrorLine, Notice } from './Feedback';
import { say, worded } from './said';

/** What the options page needs from the extension, injected so the page itself stays presentational. */
export interface OptionsApi extends OpmlApi, SettingsApi, CatalogueApi {
  listSources(): Promise<Result<SourceView[]>>;
  /** Add a feed by its exact address (a feed chosen from a site's list). */
  addSource(url: string): Promise<Result<SourceView>>;
  /** Add what was pasted: a feed, or a site whose feeds are found. */
  addFromUrl(url: string): Promise<Result<AddFromUrlView>>;
  removeSource(id: string): Promise<Result<null>>;
  /** Saves who is behind a source (or with null clears what was set by hand). */
  setSourceOutlet(request: { sourceId: string; details: OutletDetails | null }): Promise<Result<SourceView>>;
  /** Start refreshing every source; progress comes from getRefreshStatus. */
  startRefresh(): Promise<Result<RefreshStatus>>;
  getRefreshStatus(): Promise<Result<RefreshStatus>>;
  /** Asks the browser for access to a feed's origin; resolves false when the user refuses. */
  requestOrigin(url: string): Promise<boolean>;
  /** Asks for host permissions by match pattern ("https://news.google.com/*"), all in one prompt. */
  requestPermissions(patterns: string[]): Promise<boolean>;
  /** Whether the browser has Chrome's side panel (the setting to open Sidelight there shows only then). */
  hasSidePanel?: boolean;
}

const refused = (url: string) => i18n.t('options.refused', [hostOf(url)]);
const addedMessage = (title: string, stories: number) =>
  i18n.t('options.added', [title, counted('options.storiesStored', stories)]);

/**
 * The options page: the welcome step (first run), add a feed or site, import/export OPML, sources with their
 * health, refresh, settings, and the catalogue of outlets; `children` (more sections, such as Actors) below.
 */
export function OptionsPage({ api, children }: { api: OptionsApi; children?: ReactNode }) {
  // The run a click on Refresh now is waiting for (its start time), to report when it ends.
  const [awaitedRun, setAwaitedRun] = useState<number | null>(null);
  const { sources, status, error: loadError, reload } = useOptionsData(api, awaitedRun !== null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const catalogue = useCatalogue(api.loadCatalogue);
  const [welcome, setWelcome] = useState(() => isWelcomeHash(location.hash));
  const closeWelcome = () => {
    setWelcome(false);
    history.replaceState(null, '', location.pathname + location.search);
  };
  const knownFeeds = useMemo(() => (sources ? new Set(sources.map((s) => feedKey(s.feedUrl))) : undefined), [sources]);

  const add = async (input: string): Promise<AddOutcome> => {
    const parsed = parseFeedUrl(input);
    if (!parsed.ok) return worded(parsed);
    // Ask first, inside the click: browsers only show permission prompts during a user gesture.
    if (!(await api.requestOrigin(parsed.url).catch(() => false))) return { ok: false, error: refused(parsed.url) };
    const result = await api.addFromUrl(parsed.url);
    await reload();
    if (!result.ok) return worded(result);
    if (result.value.kind === 'added') {
      const { title, storiesStored } = result.value.source;
      return { ok: true, message: addedMessage(title, storiesStored) };
    }
    const { feeds, pageUrl } = result.value;
    return {
      ok: true,
      message: i18n.t('options.siteFeeds', feeds.length, [formatCount(feeds.length), hostOf(pageUrl)]),
      choices: feeds,
    };
  };

  const choose = async (feed: FeedChoice): Promise<ChoiceOutcome> => {
    if (!(await api.requestOrigin(feed.url).catch(() => false))) return { ok: false, error: refused(feed.url) };
    const result = await api.addSource(feed.url);
    await reload();
    if (!result.ok) return worded(result);
    return { ok: true, message: addedMessage(result.value.title, result.value.storiesStored) };
  };

  const remove = async (id: string) => {
    const result = await api.removeSource(id);
    if (!result.ok) setError(say(result.error));
    await reload();
  };

  const saveOutlet = async (sourceId: string, details: OutletDetails | null) => {
    const result = await api.setSourceOutlet({ sourceId, details });
    await reload();
    return result;
  };

  const refresh = async () => {
    setNotice(null);
    setError(null);
    const result = await api.startRefresh();
    await reload();
    if (!result.ok) return setError(say(result.error));
    const run = result.value.run;
    if (result.value.sourceCount === 0 || !run) return setNotice(i18n.t('options.nothingToRefresh'));
    setAwaitedRun(run.startedAt);
  };

  // Report the end of the run Refresh now started (the worker may have been restarted in between).
  useEffect(() => {
    const run = status?.run;
    if (awaitedRun === null || !run || run.active || run.startedAt < awaitedRun) return;
    setAwaitedRun(null);
    setNotice(
      run.failed > 0
        ? i18n.t('options.refreshedFailed', run.total, [formatCount(run.total), formatCount(run.failed)])
        : i18n.t('options.refreshed', run.total, [formatCount(run.total)]),
    );
  }, [status, awaitedRun]);

  const refreshing = awaitedRun !== null || status?.run?.active === true;
  const shownError = error ?? loadError;
  return (
    <div className="view options">
      <Brand />
      <main className="content options-content">
        {welcome && catalogue.catalogue && sources && (
          <WelcomeStep
            api={api}
            catalogue={catalogue.catalogue}
            sources={sources}
            onSourcesChanged={() => void reload()}
            onClose={closeWelcome}
          />
        )}
        <h1>{i18n.t('options.sourcesHeading')}</h1>
        <p className="lede">{i18n.t('options.lede')}</p>
        <AddSourceForm onAdd={add} onChoose={choose} knownFeeds={knownFeeds} />
        <OpmlTools api={api} sources={sources} onChanged={reload} />
        <div className="sources-header">
          <h2>
            {sources && sources.length > 0
              ? i18n.t('options.yourSourcesCount', [formatCount(sources.length)])
              : i18n.t('options.yourSources')}
          </h2>
          <button type="button" className="secondary" onClick={() => void refresh()} disabled={refreshing}>
            {refreshing ? i18n.t('options.refreshingButton') : i18n.t('options.refreshNow')}
          </button>
        </div>
        <RefreshProgress status={status} />
        {notice && <Notice>{notice}</Notice>}
        {shownError && <ErrorLine>{shownError}</ErrorLine>}
        <StorageFullBanner status={status} />
        <FailureBanner status={status} />
        {sources === null ? (
          <p role="status">{i18n.t('options.loadingSources')}</p>
        ) : (
          <SourceList sources={sources} now={Date.now()} onRemove={(id) => void remove(id)} onSaveOutlet={saveOutlet} />
        )}
        {catalogue.error && <ErrorLine>{catalogue.error}</ErrorLine>}
        {catalogue.catalogue && sources && (
          // Below the sources, rendered a frame after them: its 136 outlets' rows made one long task with theirs.
          <AfterFirstFrame>
            <CatalogueBrowser
              api={api}
              catalogue={catalogue.catalogue}
              sources={sources}
              onSourcesChanged={() => void reload()}
              onChoosePresets={() => {
                setWelcome(true);
                window.scrollTo({ top: 0, behavior: 'smooth' });
              }}
            />
          </AfterFirstFrame>
        )}
        <LiveSearchOptions requestPermissions={api.requestPermissions} />
        <SettingsForm api={api} storyCount={status?.storyCount ?? null} />
        <SidePanelToggle available={api.hasSidePanel ?? false} />
        {children}
      </main>
    </div>
  );
}
