import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishEarlyRead, startEarlyRead, type EarlyApi } from './popup/early-read';

/**
 * popup-early.js: a plain script at the top of popup.html that starts the popup's first reads while the page is
 * parsed (see early-read.ts). The browser's own API object: `browser` in Firefox, `chrome` in Chrome (whose
 * MV3 calls answer with promises too).
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
  const api = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as EarlyApi;
  publishEarlyRead(startEarlyRead(api, location.search));
});
