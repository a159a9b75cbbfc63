import { isProbablyReaderable } from '@mozilla/readability/Readability-readerable.js';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ask } from '../utils/messages';

/**
 * Registered only for sites the user opted in to (scripting.registerContentScripts). A cheap check first:
 * on pages that don't look like articles it does nothing; on articles it asks for the sidebar.
 */
export default defineContentScript({
  registration: 'runtime',
  // WXT's postMessage(…, '*') would tell every page this extension's id; its DOM event is enough.
  noScriptStartedPostMessage: true,
  main() {
    const declared = document.querySelector('meta[property="og:type"][content="article"]') !== null;
    if (declared || isProbablyReaderable(document)) void ask('showSidebarHere');
  },
});
