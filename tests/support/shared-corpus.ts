/**
 * Where the tests find ../shared (real pages, feeds and eval sets that are never copied into the project), and
 * the one rule for suites that need it: skip with one printed line when it is absent, except in CI.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the checkout, or $SIDELIGHT_SHARED. */
export const SHARED_DIR =
  process.env.SIDELIGHT_SHARED ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');

/** Set to 1 by `.ci/run`: CI always has ../shared, so a suite that needs it fails there instead of skipping. */
export const REQUIRE_SHARED = 'SIDELIGHT_REQUIRE_SHARED';

/**
 * Whether every path exists. When one does not: prints one line saying the suite is skipped and returns false,
 * or, when SIDELIGHT_REQUIRE_SHARED=1, throws so the run fails.
 */
export function sharedAvailable(suite: string, paths: readonly string[]): boolean {
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length === 0) return true;
  if (process.env[REQUIRE_SHARED] === '1') {
    throw new Error(
      `${suite}: ${missing.join(' and ')} not found; ${REQUIRE_SHARED}=1 (set by .ci/run) requires ../shared`,
    );
  }
  console.log(`${suite}: skipped (no ${missing.join(' or ')})`);
  return false;
}
