import { browser } from 'wxt/browser';
import type { TabContext } from '../messages';
import { listSources } from '../store/sources';
import { getRevision } from '../store/db';
import { sanitizeActorSettings } from '../context/actor-settings';
import { siteOrigin } from '../format/urls';
import { actorSettings } from '../settings';
import { buildArticleContext, matchQueryOf } from './tab-context';
import { extractFromTab } from './tabs';
import { contextToken, readCachedContext, writeCachedContext } from './context-cache';
import { sessionArea } from './session-area';
import { timed } from './timing';
import { showSameStoryCount } from './badge';
import type { HandlerDeps } from './handlers/deps';

/** What the context of any tab depends on right now, besides its page (see {@link contextToken}). */
export async function currentToken({ db }: Pick<HandlerDeps, 'db'>): Promise<string> {
  const database = await db();
  const [revision, sources, settings] = await Promise.all([
    getRevision(database),
    listSources(database),
    actorSettings.getValue(),
  ]);
  return contextToken(revision, sources, sanitizeActorSettings(settings));
}

/**
 * The article in a tab, in context: the kept answer when the tab still shows the same page and nothing it
 * depends on changed (unless `fresh`), else extraction, matching against the index and the context engine;
 * an article's answer is kept for the next popup.
 */
export async function tabContextCached(
  deps: HandlerDeps,
  tabId: number,
  options: { fresh?: boolean } = {},
): Promise<TabContext> {
  const database = await timed('open', () => deps.db());
  const area = sessionArea();
  const tabRead = timed('reads:tab', () => browser.tabs.get(tabId)).catch(() => null);
  // Read together: each is a round trip (IndexedDB, tabs, storage) and the popup waits on all of them.
  const [sources, tab, storedSettings, revision, kept] = await timed('reads', () =>
    Promise.all([
      timed('reads:sources', () => listSources(database)),
      tabRead,
      timed('reads:settings', () => actorSettings.getValue()),
      timed('reads:revision', () => getRevision(database)),
      options.fresh
        ? null
        : timed('reads:kept', () =>
            readCachedContext(
              area,
              tabId,
              tabRead.then((t) => t?.url ?? null),
            ),
          ),
    ]),
  );
  if (sources.length === 0) return { state: 'no-sources' };
  const settings = sanitizeActorSettings(storedSettings);
  const token = contextToken(revision, sources, settings);
  if (kept) {
    if (kept.token === token) {
      void showSameStoryCount(tabId, kept.context);
      return kept.context;
    }
  }
  // The extraction runs in the page: meanwhile the worker reads the index (a fresh one: the saved index's head).
  deps.warmIndex();
  const extraction = await timed('extract', () => extractFromTab(tabId));
  if (extraction.kind === 'not-article') {
    void showSameStoryCount(tabId, { state: 'not-article' });
    return { state: 'not-article', reason: extraction.reason };
  }
  const now = Date.now();
  // The query goes with it: a fresh worker reads only the parts of the saved index this article's ranking reads.
  const snapshot = await timed('index', () => deps.index(matchQueryOf(extraction.article, now)));
  const context = await buildArticleContext(
    extraction.article,
    snapshot,
    sources.length,
    siteOrigin(tab?.url),
    { sources, actorSettings: settings },
    now,
  );
  deps.indexAnswered();
  // Not awaited: the popup has its answer now; the entry is for the next one (a failed write only costs that one
  // its head start, and writeCachedContext says so itself).
  void writeCachedContext(area, tabId, tab?.url ?? extraction.article.url, token, context);
  void showSameStoryCount(tabId, context);
  return context;
}
