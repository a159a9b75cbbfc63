import { mkdir } from 'node:fs/promises';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchWithExtension, SCREENSHOT_DIR, type ExtensionBrowser } from './launch';

/** The fixture site's two feeds (tests/fixtures/site/feeds). */
export const FIXTURE_FEEDS = ['/feeds/world-wire.xml', '/feeds/eastern-desk.atom'];

/** Adds feeds the way a reader does: the options page's Feed URL field and Add source, one after the other. */
export async function addFeedsThroughOptions(
  browser: ExtensionBrowser,
  origin: string,
  feeds: readonly string[] = FIXTURE_FEEDS,
): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(browser.url('options.html'));
  for (const feed of feeds) {
    await options.getByLabel('Feed URL').fill(`${origin}${feed}`);
    await options.getByRole('button', { name: 'Add source' }).click();
    await options.getByRole('status').filter({ hasText: 'Added' }).waitFor({ timeout: 30_000 });
  }
  await options.close();
}

/**
 * For a test suite: before it, the fixture server, a Chromium with Sidelight and the two fixture feeds added
 * through the options page; after it, all closed. Read `server` and `browser` inside the tests.
 */
export function withFixtureFeeds(hooks: {
  before: (fn: () => Promise<void>) => void;
  after: (fn: () => Promise<void>) => void;
}) {
  const state = {} as { server: FixtureServer; browser: ExtensionBrowser };
  hooks.before(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    state.server = await startFixtureServer();
    state.browser = await launchWithExtension();
    await addFeedsThroughOptions(state.browser, state.server.origin);
  });
  hooks.after(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}
