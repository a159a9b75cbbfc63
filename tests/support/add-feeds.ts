import type { ExtensionBrowser } from './launch';

/** The fixture site's two feeds (tests/fixtures/site/feeds). */
export const FIXTURE_FEEDS = ['/feeds/world-wire.xml', '/feeds/eastern-desk.atom'];

/** Adds feeds the way a reader does: the options page's Feed URL field and Add source, one after the other. */
export async function addFeedsThroughOptions(browser: ExtensionBrowser, origin: string, feeds: readonly string[] = FIXTURE_FEEDS): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(browser.url('options.html'));
  for (const feed of feeds) {
    await options.getByLabel('Feed URL').fill(`${origin}${feed}`);
    await options.getByRole('button', { name: 'Add source' }).click();
    await options.getByRole('status').filter({ hasText: 'Added' }).waitFor({ timeout: 30_000 });
  }
  await options.close();
}
