import { browser } from 'wxt/browser';
import { IndexCache } from '../index-cache';
import { onMessage, type Result, type SourceView, type TabContext } from '../messages';
import { addSource, isRefreshing, refreshAllSources } from '../sources';
import { openSidelightDb, type SidelightDb } from '../store/db';
import { deleteSource, getSource, listSources } from '../store/sources';
import { countStoriesBySource } from '../store/stories';
import { buildArticleContext } from '../tab-context';
import { autoShowSites, siteOrigin } from '../settings';
import { setAutoShow } from './auto-show';
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

/** Sources with their stored-story counts and whether they are refreshing. */
async function sourceViews(db: SidelightDb): Promise<SourceView[]> {
  const sources = await listSources(db);
  const counts = await countStoriesBySource(db, sources.map((s) => s.id));
  const now = Date.now();
  return sources.map((s) => ({ ...s, storiesStored: counts.get(s.id) ?? 0, refreshing: isRefreshing(s, now) }));
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
    return buildArticleContext(extraction.article, await index(), sources.length, siteOrigin(tab?.url));
  };
  const refreshAll = async () => refreshAllSources(await db());
  const openSidebar = (tabId: number) => injectSidebar(tabId);

  onMessage('getTabContext', ({ data }) => attempt('read this tab', () => tabContext(data)));
  onMessage('getOwnTabContext', ({ sender }) =>
    attempt('read this tab', async () => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('the request did not come from a tab');
      return tabContext(tabId);
    }),
  );
  onMessage('openSidebar', ({ data }) => attempt('open the sidebar', async () => (await openSidebar(data), null)));
  onMessage('showSidebarHere', ({ sender }) =>
    attempt('open the sidebar', async () => {
      if (sender.tab?.id === undefined) throw new Error('the request did not come from a tab');
      await openSidebar(sender.tab.id);
      return null;
    }),
  );
  onMessage('getAutoShow', ({ data }) => attempt('read your site settings', async () => (await autoShowSites.getValue()).includes(data)));
  onMessage('setAutoShow', ({ data }) =>
    attempt('change this site setting', async () => (await setAutoShow(data.origin, data.enabled)).includes(data.origin)),
  );
  onMessage('openOptions', () => attempt('open the options page', async () => (await browser.runtime.openOptionsPage(), null)));
  onMessage('listSources', () => attempt('list your sources', async () => sourceViews(await db())));
  onMessage('addSource', async ({ data }) => {
    const result = await attempt('add this feed', async () => addSource(await db(), data));
    if (!result.ok) return result;
    if (!result.value.ok) return { ok: false, error: result.value.error };
    const added = result.value.source.id;
    const view = (await sourceViews(await db())).find((s) => s.id === added);
    return view ? { ok: true, value: view } : { ok: false, error: 'The feed was added but could not be read back. Reload this page.' };
  });
  onMessage('removeSource', ({ data }) =>
    attempt('remove this source', async () => {
      if (await getSource(await db(), data)) await deleteSource(await db(), data);
      return null;
    }),
  );
  onMessage('refreshNow', () => attempt('refresh your sources', refreshAll));
  registerSearchHandlers(db, attempt);

  return { refreshAll, openSidebar };
}
