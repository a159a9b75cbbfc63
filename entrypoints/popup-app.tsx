import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showPopup } from './popup/show-popup';
import '../components/sidelight.css';

/**
 * popup-app.js: everything the popup needs for its first paint, in one plain script (and its stylesheet,
 * assets/popup-app.css), which popup.html loads with `async`. One file instead of a module entry and the two shared
 * chunks it imported: fewer requests to the browser's extension loader before anything can paint. The side panel
 * and options pages keep their module chunks; the view's code is in both, which costs only package size.
 */
export default defineUnlistedScript(() => showPopup());
