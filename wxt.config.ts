import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { TOGGLE_SIDEBAR_COMMAND } from './utils/background/commands';

/**
 * Test builds (`npm run build:test`, mode "test") also hold loopback host permissions so the e2e suite can
 * serve pages and feeds on 127.0.0.1 without permission prompts. Production builds never do.
 */
const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];

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
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: utils/ must also run in plain Node (tests, eval, bench).
  imports: false,
  // Test builds run the production React (the e2e and the popup bench see what readers get, not the
  // development build's checks, which are twice the size and slower to start).
  // A plugin, because WXT sets NODE_ENV to the mode in each content script's own build after the user config.
  vite: (env) => ({
    plugins:
      env.mode === 'test' ? [{ name: 'sidelight-production-react', config: () => ({ define: { 'process.env.NODE_ENV': JSON.stringify('production') } }) }] : [],
  }),
  manifest: ({ mode }) => ({
    name: 'Sidelight',
    description:
      'The news you are reading, in context: the same story from other outlets and its background, matched on your own machine.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: mode === 'test' ? [...LOOPBACK, ...catalogueOrigins()] : [],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Sidelight: show this story in context' },
    // Changeable on the browser's shortcuts page (chrome://extensions/shortcuts, about:addons).
    commands: {
      [TOGGLE_SIDEBAR_COMMAND]: { suggested_key: { default: 'Alt+Shift+S' }, description: 'Open or close the Sidelight sidebar on this tab' },
    },
  }),
});
