import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { TOGGLE_SIDEBAR_COMMAND } from './utils/background/commands';

/**
 * Test builds (`npm run build:test`, mode "test") also hold loopback host permissions so the e2e suite can
 * serve pages and feeds on 127.0.0.1 without permission prompts. Production builds never do.
 */
const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Sidelight's Firefox add-on id (manifest `browser_specific_settings.gecko.id`). */
export const GECKO_ID = 'sidelight@sidelight-extension.org';

/**
 * Test builds also hold the shipped catalogue's feed sites, so the welcome step's ONE permission request
 * (the same `permissions.request` call production makes) resolves without the native prompt, which a test
 * cannot click. The e2e browser resolves no public host names, so nothing is actually fetched from them.
 */
function catalogueOrigins(): string[] {
  const file = JSON.parse(readFileSync(new URL('./public/catalogue/outlets.json', import.meta.url), 'utf8')) as {
    outlets: { feeds: string[] }[];
  };
  return [...new Set(file.outlets.flatMap((o) => o.feeds.map((f) => `${new URL(f).origin}/*`)))];
}

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports everywhere: utils/ must also run in plain Node (tests, eval, bench).
  imports: false,
  // The sources archive AMO asks for (`npm run zip:firefox`): the project, not test output.
  zip: { excludeSources: ['test-results/**', 'tmp/**'] },
  // Test builds see process.env.NODE_ENV as "production", as store builds do (the e2e and the popup bench see what
  // readers get, not libraries' development checks).
  // A plugin, because WXT sets NODE_ENV to the mode in each content script's own build after the user config.
  vite: (env) => ({
    // The views are written against React's API and ship on Preact's (preact/compat, MIT): the popup's
    // first-paint JS is a quarter of React's (24.6 KB against 83.6 KB gzipped) and opens about a third sooner
    // (`npm run bench:popup -- --compare <a React build>`). Unit tests render the same components with React.
    resolve: {
      alias: [
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react$/, replacement: 'preact/compat' },
      ],
    },
    plugins:
      env.mode === 'test'
        ? [
            {
              name: 'sidelight-production-react',
              config: () => ({ define: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
            },
          ]
        : [],
  }),
  manifest: ({ mode, browser }) => ({
    // Strings live in locales/<lang>.yml (see README); the browser picks the reader's language, English otherwise.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: mode === 'test' ? [...LOOPBACK, ...catalogueOrigins()] : [],
    optional_host_permissions: ['*://*/*'],
    // Firefox's Manifest V2 has no optional_host_permissions (WXT drops it): there, sites are optional permissions.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : {}),
    action: { default_title: 'Sidelight: show this story in context' },
    // Firefox: a fixed add-on id (AMO and storage need one) and the oldest releases that know every key used
    // (data_collection_permissions: 140 on desktop, the current ESR; 142 on Android).
    // Nothing is collected: the article and the feeds stay on the machine (live search is the reader's own
    // search, opt-in, and says what it sends).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    // Firefox test builds only: WebDriver BiDi cannot open a moz-extension:// page itself, so the e2e's loopback
    // page navigates there, which Firefox allows for web-accessible pages. Production builds list none.
    ...(mode === 'test' && browser === 'firefox' ? { web_accessible_resources: ['options.html', 'popup.html'] } : {}),
    // Changeable on the browser's shortcuts page (chrome://extensions/shortcuts, about:addons).
    commands: {
      [TOGGLE_SIDEBAR_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
  }),
});
