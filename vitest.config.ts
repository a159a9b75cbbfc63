import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'utils/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.ts',
      'tests/hostile/**/*.test.ts',
    ],
    // Checks against ../shared live in tests/corpora and run with `npm run test:corpora`.
    exclude: ['tests/corpora/**', 'node_modules/**'],
    // browser.i18n.getMessage answered from locales/en.yml (the fake browser has none).
    setupFiles: ['tests/setup/i18n.ts'],
  },
});
