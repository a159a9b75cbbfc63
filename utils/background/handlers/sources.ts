import { type AddFromUrlView } from '../../messages';
import { onRequest } from './on-request';
import { storeNewSources } from '../../sources/add-sources';
import { addSource } from '../../sources/add-source';
import { addFromUrl } from '../../sources/add-from-url';
import { importSources } from '../../sources/import-sources';
import { saveOutletDetails } from '../../sources/save-outlet-details';
import { deleteSource, getSource } from '../../store/sources';
import { faultPoint } from '../../store/fault-points';
import { fetchText, type FetchTextResult } from '../../feeds/fetch-text';
import { hostOf } from '../../format/urls';
import { readRefreshSettings } from '../../settings';
import { attachOutletFacts, catalogueFactsFor } from '../catalogue';
import { fetchAllowedFeed, mayFetch } from '../refresh-service';
import { releaseUnneeded, patternOf } from '../permissions';
import { attempt, attemptChange } from './attempt';
import { said } from '../../said';
import { timed } from '../timing';
import type { HandlerDeps } from './deps';
import { forgetAllTabs } from '../context-cache';
import { sessionArea } from '../session-area';

/** Downloads a page for feed discovery with the person's timeout, only from sites (and redirects) they allowed. */
async function fetchPage(url: string): Promise<FetchTextResult> {
  if (!(await mayFetch(url))) return { ok: false, error: said('fetch.permissionRefused', { host: hostOf(url) }) };
  return fetchText(url, { timeoutMs: (await readRefreshSettings()).timeoutSeconds * 1000, mayRead: mayFetch });
}

/** Handlers for the reader's sources: list, add (one feed, a page's feeds, a preset, OPML), edit and remove. */
export function registerSourceHandlers({ db, refresh, views, viewOf }: HandlerDeps): void {
  onRequest('listSources', () => attempt('listSources', () => timed('list-sources', views)));
  onRequest('addSource', ({ data }) =>
    attemptChange('addFeed', 'feedAdded', async () => {
      const result = await addSource(await db(), data, (url) => fetchAllowedFeed(url));
      if (!result.ok) return result;
      await attachOutletFacts(await db(), result.source.id);
      return viewOf(result.source.id);
    }),
  );
  onRequest('addFromUrl', ({ data }) =>
    attemptChange<AddFromUrlView>('addAddress', 'feedAdded', async () => {
      const outcome = await addFromUrl(await db(), data, { fetchText: fetchPage, canFetch: mayFetch });
      if (!outcome.ok) return outcome;
      if (outcome.kind === 'choose') return { kind: 'choose', pageUrl: outcome.pageUrl, feeds: outcome.feeds };
      await attachOutletFacts(await db(), outcome.source.id);
      const source = await viewOf(outcome.source.id);
      return source && { kind: 'added', source };
    }),
  );
  onRequest('addSources', ({ data }) =>
    attempt('addSources', async () => {
      const summary = await storeNewSources(await db(), data);
      await faultPoint('import:sources-saved');
      // The page gets its answer now and watches progress; the fetch is a resumable refresh run.
      await refresh.refreshSources(summary.added, 'import');
      return summary;
    }),
  );
  onRequest('removeSource', ({ data }) =>
    attempt('removeSource', async () => {
      const source = await getSource(await db(), data);
      if (source) {
        await deleteSource(await db(), data);
        // No popup may paint a kept answer that still lists its stories.
        await forgetAllTabs(sessionArea());
        // Its site's permission goes back unless another source (or setting) still needs it.
        await releaseUnneeded(await db(), patternOf(source.feedUrl));
      }
      await refresh.updateBadge();
      return null;
    }),
  );
  onRequest('setSourceOutlet', ({ data }) => {
    const what = data.details ? 'saveOutlet' : 'clearOutlet';
    return attemptChange(what, 'outletSaved', async () => {
      const result = await saveOutletDetails(await db(), data.sourceId, data.details, catalogueFactsFor);
      return result.ok ? viewOf(data.sourceId) : result;
    });
  });
  onRequest('importSources', ({ data }) =>
    attempt('importFeeds', async () => {
      const summary = await importSources(await db(), data);
      await faultPoint('import:sources-saved');
      await refresh.refreshSources(
        summary.added.map((s) => s.id),
        'import',
      );
      return summary;
    }),
  );
}
