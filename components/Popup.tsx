import { useCallback, useMemo, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { ask, type Result, type TabContext } from '../utils/messages';
import { ContextView } from './ContextView';
import { useTabContext, type KeptContext } from './useTabContext';
import { cachedContextForTab } from '../utils/background/session-area';
import type { CachedContext } from '../utils/background/context-cache';
import { Brand } from './Brand';
import { AutoShowToggle } from './AutoShowToggle';
import { FindMoreCoverage } from './search/FindMoreCoverage';
import { isFromSearch } from '../utils/search/providers';
import { ErrorLine } from './Feedback';
import { AfterFirstFrame } from './AfterFirstFrame';
import { say } from './said';

/** The toolbar popup for one tab: brand bar with Open sidebar, then the context. */
export function Popup(props: {
  tabId: number;
  /** The tab's kept answer when the entry read it before rendering (null: none); undefined: the popup reads it. */
  kept?: CachedContext | null;
  /** The worker's answer, when the entry asked for it before rendering (no kept answer to paint). */
  asked?: Promise<Result<TabContext>>;
  onOpenOptions: () => void;
  /** Opens the options page on its welcome step (presets), for a reader with no sources yet. */
  onAddSources: () => void;
  onSidebarOpened: () => void;
  /** Asks the browser for a site's permission (for auto-show); false when refused. */
  requestOrigin: (origin: string) => Promise<boolean>;
}) {
  const { tabId, onOpenOptions, onSidebarOpened, kept: initial } = props;
  // The entry may have asked the worker already (no kept answer): that answer is the first load's.
  const asked = useRef(props.asked);
  const load = useCallback(() => {
    const pending = asked.current;
    asked.current = undefined;
    return pending ?? ask('getTabContext', tabId);
  }, [tabId]);
  const kept = useMemo<KeptContext>(
    () => ({
      read: () => cachedContextForTab(tabId),
      refresh: (token) => ask('refreshTabContext', { tabId, token }),
      initial,
    }),
    [tabId, initial],
  );
  const { state, reload } = useTabContext(load, kept);
  const [sidebarError, setSidebarError] = useState<string | null>(null);
  const openSidebar = async () => {
    const result = await ask('openSidebar', tabId);
    if (result.ok) onSidebarOpened();
    else setSidebarError(say(result.error));
  };
  const isArticle = state.status === 'ready' && state.context.state === 'article';
  return (
    <div className="view popup">
      <Brand>
        {isArticle && (
          <button type="button" className="secondary" onClick={() => void openSidebar()}>
            {i18n.t('view.openSidebar')}
          </button>
        )}
        <button
          type="button"
          className="icon"
          onClick={onOpenOptions}
          title={i18n.t('view.sourcesAndSettings')}
          aria-label={i18n.t('view.sourcesAndSettings')}
        >
          ⚙
        </button>
      </Brand>
      <main className="content">
        {sidebarError && <ErrorLine>{sidebarError}</ErrorLine>}
        <ContextView
          state={state}
          onOpenOptions={onOpenOptions}
          onAddSources={props.onAddSources}
          now={Date.now()}
          onShowQuote={(quote) => void ask('showQuoteInTab', { tabId, quote: quote.text, href: quote.href })}
          progressive
        />
        {state.status === 'ready' && state.context.state === 'article' && (
          <AfterFirstFrame>
            <FindMoreCoverage
              article={state.context.article}
              onOpenOptions={onOpenOptions}
              onFound={() => reload({ quiet: true })}
              shownFromSearch={
                [...state.context.same, ...state.context.related].filter((m) => isFromSearch(m.story)).length
              }
            />
          </AfterFirstFrame>
        )}
      </main>
      {state.status === 'ready' && state.context.state === 'article' && state.context.siteOrigin && (
        <AfterFirstFrame>
          <footer className="popup-footer">
            <AutoShowToggle origin={state.context.siteOrigin} requestOrigin={props.requestOrigin} />
          </footer>
        </AfterFirstFrame>
      )}
    </div>
  );
}
