import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

/** Checks against the real pages, feeds and eval sets in ../shared: `npm run test:corpora`. */
export default defineConfig({
  // As in vitest.config.ts: '#i18n' and the fake browser, answered from locales/en.yml (errors are worded there).
  plugins: [WxtVitest()],
  test: {
    include: ['tests/corpora/**/*.test.ts'],
    testTimeout: 60_000,
    setupFiles: ['tests/setup/i18n.ts'],
  },
});
