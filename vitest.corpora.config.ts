import { defineConfig } from 'vitest/config';

/** Checks against the real pages, feeds and eval sets in ../shared: `npm run test:corpora`. */
export default defineConfig({
  test: {
    include: ['tests/corpora/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
