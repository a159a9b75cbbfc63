import { browser } from 'wxt/browser';
import type { TabContext } from '../messages';
import type { ExtractionResult } from '../types';
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
  const database = timed('open', () => deps.db());
  // A fresh worker starts reading the saved index's head now: with its check, restore and warm-up it takes longer
  // than the page's extraction, so it sets the pace (memory: nothing to do; a kept answer: only that head read).
  deps.warmIndex();
  const area = sessionArea();
  const tabRead = timed('reads:tab', () => browser.tabs.get(tabId)).catch(() => null);
  const keptRead = options.fresh
    ? Promise.resolve(null)
    : timed('reads:kept', () =>
        readCachedContext(
          area,
          tabId,
          tabRead.then((t) => t?.url ?? null),
        ),
      );
  // The page's article, extracted once.
  let extracting: Promise<ExtractionResult> | null = null;
  const extract = () => (extracting ??= timed('extract', () => extractFromTab(tabId)));
  // No answer kept for this page (a session read, a few ms): the article is needed unless there are no sources,
  // so the page extracts it while the store answers the first reads (hundreds of ms in a worker just started).
  void keptRead.then((kept) => {
    if (kept === null) void extract();
  });
  // Read together: each is a round trip (IndexedDB, tabs, storage) and the popup waits on all of them.
  const [sources, tab, storedSettings, revision, kept] = await timed('reads', () =>
    Promise.all([
      timed('reads:sources', async () => listSources(await database)),
      tabRead,
      timed('reads:settings', () => actorSettings.getValue()),
      timed('reads:revision', async () => getRevision(await database)),
      keptRead,
    ]),
  );
  if (sources.length === 0) return { state: 'no-sources' };
  const settings = sanitizeActorSettings(storedSettings);
  const token = contextToken(revision, sources, settings);
  if (kept?.token === token) {
    void showSameStoryCount(tabId, kept.context);
    return kept.context;
  }
  const extraction = await extract();
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
  // Once the answer is sent (a task after it): keeping it serialises the whole context, which took tens of ms in a
  // cold worker, and the popup need not wait for the entry, which is for the next one (a failed write only costs
  // that one its head start, and writeCachedContext says so itself), nor for the badge.
  setTimeout(() => {
    void writeCachedContext(area, tabId, tab?.url ?? extraction.article.url, token, context);
    void showSameStoryCount(tabId, context);
  }, 0);
  return context;
}
