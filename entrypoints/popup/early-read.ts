/**
 * The popup's first reads, started before React and the views load: which tab it shows, and the answer kept for
 * that tab's page in session storage. `popup-early.js` (a plain script at the top of popup.html) starts them
 * while the page is still being parsed, so both browser round trips overlap with loading and running the popup's
 * modules; main.tsx then paints a kept answer in React's very first render. Only the browser's own API is used
 * here (no polyfill, no shared chunk), so the script stays a few hundred bytes.
 */
import { readCachedContext, type CachedContext } from '../../utils/background/context-cache';
import { popupTabId } from './popup-tab';

/** The part of the extension API the reads use (Chrome's `chrome`, Firefox's `browser`: both answer with promises). */
export interface EarlyApi {
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    get(tabId: number): Promise<{ url?: string }>;
  };
  storage: { session?: { get(key: string): Promise<Record<string, unknown>> } };
}

/** The reads in flight. */
export interface EarlyRead {
  /** `popup.html?tabId=N` (tests open the popup as a tab): N; null when the popup shows the active tab. */
  explicitTabId: number | null;
  /** The tab to show; undefined when there is no active tab. */
  tabId: Promise<number | undefined>;
  /**
   * The kept answer for that tab's page; null when there is none (another page, no session storage, unreadable):
   * then the worker is asked.
   */
  kept: Promise<CachedContext | null>;
}

/** Starts both reads for a popup opened with `search` (its `location.search`). */
export function startEarlyRead(api: EarlyApi, search: string): EarlyRead {
  const explicitTabId = popupTabId(search);
  const tabId =
    explicitTabId !== null
      ? Promise.resolve(explicitTabId)
      : api.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]?.id);
  const session = api.storage.session;
  const kept = tabId
    .then((id) => {
      if (id === undefined || !session) return null; // without session storage the worker's memory holds it
      const url = api.tabs.get(id).then(
        (tab) => tab.url ?? null,
        () => null,
      );
      return readCachedContext({ get: (key) => session.get(key) }, id, url);
    })
    .catch(() => null)
    .finally(() => performance.mark('sidelight:kept-read')); // for `npm run bench:popup`
  return { explicitTabId, tabId, kept };
}

const GLOBAL = '__sidelightEarlyRead';

/** Publishes the reads for main.tsx (the two scripts share only the page's global object). */
export function publishEarlyRead(read: EarlyRead): void {
  Object.defineProperty(globalThis, GLOBAL, { value: read });
}

/** The reads popup-early.js started; started now when it did not run (a page without it, or it failed). */
export function takeEarlyRead(api: EarlyApi, search: string): EarlyRead {
  return (globalThis as { [GLOBAL]?: EarlyRead })[GLOBAL] ?? startEarlyRead(api, search);
}
