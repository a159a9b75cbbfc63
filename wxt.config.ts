import { defineConfig } from 'wxt';

/**
 * Test builds (`npm run build:test`, mode "test") also hold loopback host permissions so the e2e suite can
 * serve pages and feeds on 127.0.0.1 without permission prompts. Production builds never do.
 */
const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: utils/ must also run in plain Node (tests, eval, bench).
  imports: false,
  manifest: ({ mode }) => ({
    name: 'Sidelight',
    description:
      'The news you are reading, in context: the same story from other outlets and its background, matched on your own machine.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: mode === 'test' ? LOOPBACK : [],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Sidelight: show this story in context' },
  }),
});
