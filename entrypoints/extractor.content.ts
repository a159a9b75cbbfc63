import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../utils/extract/extract-article';

/**
 * Injected on demand (popup click, sidebar, opted-in sites): reads the article from a clone of the page and
 * returns it to the caller of scripting.executeScript. It registers nothing and leaves nothing behind.
 */
export default defineContentScript({
  registration: 'runtime',
  // WXT's postMessage(…, '*') would tell every page this extension's id; its DOM event is enough.
  noScriptStartedPostMessage: true,
  main() {
    return extractArticle(document, location.href);
  },
});
