import { browser } from 'wxt/browser';
import { IndexCache } from '../index-cache';
import { onMessage, type Result, type SourceView, type TabContext } from '../messages';
import { storeNewSources } from '../add-sources';
import { addSource, isRefreshing } from '../sources';
import { openSidelightDb, type SidelightDb } from '../store/db';
import { deleteSource, getSource, listSources } from '../store/sources';
import { countStoriesBySource } from '../store/stories';
import { buildArticleContext } from '../tab-context';
import { sanitizeActorSettings } from '../context/actor-settings';
import { siteOrigin } from '../origins';
import { actorSettings, autoShowSites, readRefreshSettings } from '../settings';
import { showQuoteInTab } from './show-quote';
import { setAutoShow } from './auto-show';
import { attachOutletFacts, catalogueFactsFor } from './catalogue';
import { saveOutletDetails } from '../save-outlet-details';
import { WELCOME_PAGE } from '../catalogue/welcome';
import { addFromUrl } from '../add-from-url';
import { fetchText } from '../feeds/fetch-feed';
import { importSources } from '../import-sources';
import { createRefreshService, fetchAllowedFeed, mayFetch, type RefreshService } from './refresh-service';
import { extractFromTab, injectSidebar } from './tabs';
import { registerSearchHandlers } from './search';

/** Runs a handler body, turning any throw into an error sentence: every reply is a Result. */
async function attempt<T>(what: string, body: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await body() };
  } catch (error) {
    console.error(`Sidelight: ${what} failed`, error);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Sidelight could not ${what} (${detail}).` };
  }
}

/** Sources with their stored-story counts, whether they are refreshing, and when they are next fetched. */
async function sourceViews(db: SidelightDb, refresh: RefreshService): Promise<SourceView[]> {
  const sources = await listSources(db);
  const counts = await countStoriesBySource(db, sources.map((s) => s.id));
  const next = await refresh.nextRefreshTimes(sources);
  const now = Date.now();
  return sources.map((s) => ({ ...s, storiesStored: counts.get(s.id) ?? 0, refreshing: isRefreshing(s, now), nextRefreshAt: next.get(s.id) ?? null }));
}

/** The id of the tab a content script's message came from; anything else is a caller's mistake. */
function senderTabId(sender: { tab?: { id?: number } }): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('the request did not come from a tab');
  return tabId;
}

/** Downloads a page for feed discovery with the person's timeout. */
async function fetchPage(url: string) {
  return fetchText(url, { timeoutMs: (await readRefreshSettings()).timeoutSeconds * 1000 });
}

/**
 * Registers every ProtocolMap handler. The database opens lazily and the index is a cache rebuilt from it,
 * so a freshly woken worker answers the same as a long-lived one.
 */
export function registerHandlers() {
  let dbPromise: Promise<SidelightDb> | null = null;
  const db = () => (dbPromise ??= openSidelightDb());
  let cache: IndexCache | null = null;
  const index = async () => (cache ??= new IndexCache(await db())).get();

  const tabContext = async (tabId: number): Promise<TabContext> => {
    const sources = await listSources(await db());
    if (sources.length === 0) return { state: 'no-sources' };
    const extraction = await extractFromTab(tabId);
    if (extraction.kind === 'not-article') return { state: 'not-article', reason: extraction.reason };
    const tab = await browser.tabs.get(tabId).catch(() => null);
    const settings = sanitizeActorSettings(await actorSettings.getValue());
    return buildArticleContext(extraction.article, await index(), sources.length, siteOrigin(tab?.url), { sources, actorSettings: settings });
  };
  const refresh = createRefreshService(db);
  const views = async () => sourceViews(await db(), refresh);
  const viewOf = async (id: string) => (await views()).find((s) => s.id === id);
  const openSidebar = (tabId: number) => injectSidebar(tabId);

  onMessage('getTabContext', ({ data }) => attempt('read this tab', () => tabContext(data)));
  onMessage('getOwnTabContext', ({ sender }) => attempt('read this tab', async () => tabContext(senderTabId(sender))));
  onMessage('openSidebar', ({ data }) => attempt('open the sidebar', async () => (await openSidebar(data), null)));
  onMessage('showSidebarHere', ({ sender }) => attempt('open the sidebar', async () => (await openSidebar(senderTabId(sender)), null)));
  onMessage('getAutoShow', ({ data }) => attempt('read your site settings', async () => (await autoShowSites.getValue()).includes(data)));
  onMessage('setAutoShow', ({ data }) =>
    attempt('change this site setting', async () => (await setAutoShow(data.origin, data.enabled)).includes(data.origin)),
  );
  onMessage('showQuoteInTab', ({ data }) => attempt('show that sentence', () => showQuoteInTab(data.tabId, data.quote, data.href)));
  onMessage('openOptions', ({ data }) =>
    attempt('open the options page', async () => {
      // The welcome step (presets) for a reader with no sources yet; the plain page otherwise.
      if (data?.welcome) await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
      else await browser.runtime.openOptionsPage();
      return null;
    }),
  );
  onMessage('listSources', () => attempt('list your sources', views));
  onMessage('addSource', async ({ data }) => {
    const result = await attempt('add this feed', async () => addSource(await db(), data, (url) => fetchAllowedFeed(url)));
    if (!result.ok) return result;
    if (!result.value.ok) return { ok: false, error: result.value.error };
    await attachOutletFacts(await db(), result.value.source.id);
    const view = await viewOf(result.value.source.id);
    return view ? { ok: true, value: view } : { ok: false, error: 'The feed was added but could not be read back. Reload this page.' };
  });
  onMessage('addFromUrl', async ({ data }) => {
    const result = await attempt('add this address', async () => addFromUrl(await db(), data, { fetchText: fetchPage, canFetch: mayFetch }));
    if (!result.ok) return result;
    const outcome = result.value;
    if (!outcome.ok) return { ok: false, error: outcome.error };
    if (outcome.kind === 'choose') return { ok: true, value: { kind: 'choose', pageUrl: outcome.pageUrl, feeds: outcome.feeds } };
    await attachOutletFacts(await db(), outcome.source.id);
    const view = await viewOf(outcome.source.id);
    return view ? { ok: true, value: { kind: 'added', source: view } } : { ok: false, error: 'The feed was added but could not be read back. Reload this page.' };
  });
  onMessage('addSources', ({ data }) =>
    attempt('add these sources', async () => {
      const summary = await storeNewSources(await db(), data);
      // The page gets its answer now and watches progress; the fetch is a resumable refresh run.
      await refresh.refreshSources(summary.added, 'import');
      return summary;
    }),
  );
  onMessage('removeSource', ({ data }) =>
    attempt('remove this source', async () => {
      if (await getSource(await db(), data)) await deleteSource(await db(), data);
      await refresh.updateBadge();
      return null;
    }),
  );
  onMessage('setSourceOutlet', async ({ data }) => {
    const what = data.details ? 'save these outlet details' : 'clear these outlet details';
    const result = await attempt(what, async () => saveOutletDetails(await db(), data.sourceId, data.details, catalogueFactsFor));
    if (!result.ok) return result;
    if (!result.value.ok) return { ok: false, error: result.value.error };
    const view = await viewOf(data.sourceId);
    return view ? { ok: true, value: view } : { ok: false, error: 'The outlet details were saved but could not be read back. Reload this page.' };
  });
  onMessage('importSources', ({ data }) =>
    attempt('import these feeds', async () => {
      const summary = await importSources(await db(), data);
      await refresh.refreshSources(summary.added.map((s) => s.id), 'import');
      return summary;
    }),
  );
  onMessage('startRefresh', () => attempt('refresh your sources', async () => (await refresh.refreshAll(), refresh.status())));
  onMessage('getRefreshStatus', () => attempt('read the refresh status', refresh.status));
  registerSearchHandlers(db, attempt);

  return { refresh, openSidebar };
}
