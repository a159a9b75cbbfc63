/**
 * "Find more coverage" end to end, in Chromium, against the fixture server's imitations of Google News RSS and
 * GDELT (test builds let the worker point the providers at loopback; production builds cannot).
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../support/fixture-server';
import { launchWithExtension, tabIdOf, type ExtensionBrowser, SCREENSHOT_DIR } from '../support/launch';

/** A story only the Google News imitation has (tests/fixtures/search/google-news.xml). */
const SEARCH_ONLY_TITLE = 'Philippines protests after Chinese cutters turn water cannon on survey vessel at Reed Bank';

describe('Find more coverage in Chromium', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let browser: ExtensionBrowser;
  let article: Page;

  const setEndpoints = (gdeltPath: string) =>
    browser.worker.evaluate(async (endpoints) => chrome.storage.local.set({ testSearchEndpoints: endpoints }), {
      googleNews: `${server.origin}/search/google-news/rss/search`,
      gdelt: `${server.origin}${gdeltPath}`,
    });
  const articleUrl = () => `${server.origin}/article.html`;
  const searchHits = (prefix: string) => server.hits.filter((h) => h.startsWith(prefix));

  async function openPopup(): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(browser.url(`popup.html?tabId=${await tabIdOf(browser, articleUrl())}`));
    await popup.getByRole('heading', { name: 'Same story' }).waitFor({ timeout: 15_000 });
    return popup;
  }

  before(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    server = await startFixtureServer();
    browser = await launchWithExtension();
    const options = await browser.context.newPage();
    await options.goto(browser.url('options.html'));
    await options.getByLabel('Feed URL').fill(`${server.origin}/feeds/world-wire.xml`);
    await options.getByRole('button', { name: 'Add source' }).click();
    await options.getByRole('status').filter({ hasText: 'Added' }).waitFor();
    await options.close();
    await setEndpoints('/search/gdelt/api/v2/doc/doc');
    article = await browser.context.newPage();
    await article.goto(articleUrl());
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is off by default: the popup only points at the setting, and nothing is sent', async () => {
    const popup = await openPopup();
    await popup.getByText('Searching Google News or GDELT for more coverage is off.').waitFor();
    assert.ok(await popup.getByRole('button', { name: 'Turn it on in settings' }).isVisible());
    assert.equal(await popup.getByRole('button', { name: 'Find more coverage' }).count(), 0);
    await popup.screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-search-off.png'), fullPage: true });
    await popup.close();
    assert.deepEqual(searchHits('/search/'), []);
  });

  it('the options page says what is sent where, and turns it on', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.url('options.html'));
    const section = options.getByRole('region', { name: 'Find more coverage' });
    await section.getByText("never the article's address or its text").waitFor();
    const toggle = section.getByLabel('Turn on Find more coverage');
    assert.equal(await toggle.isChecked(), false);
    await toggle.check();
    await options.waitForFunction(
      () => !(document.querySelector('.live-search-providers') as HTMLFieldSetElement | null)?.disabled,
    );
    assert.ok(await section.getByLabel('Google News', { exact: true }).isChecked());
    assert.ok(await section.getByLabel('GDELT', { exact: true }).isChecked());
    assert.ok(await section.getByText(/Sends the words to 127\.0\.0\.1:\d+, asking for its \w+ edition/).isVisible());
    await section.scrollIntoViewIfNeeded();
    await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'options-search.png'), fullPage: true });
    await options.close();
    assert.deepEqual(searchHits('/search/'), [], 'turning it on sends nothing by itself');
  });

  it('the popup shows the exact query, sends only that, and new stories appear marked "from search"', async () => {
    const popup = await openPopup();
    const sameBefore = await popup.getByRole('region', { name: 'Same story' }).getByRole('link').allInnerTexts();
    assert.ok(!sameBefore.some((t) => t.startsWith(SEARCH_ONLY_TITLE)));
    const shown = await popup.locator('.find-more-query').innerText();
    assert.match(shown, /"Reed Bank"/);
    // Both imitations share one host here; in production these are news.google.com, api.gdeltproject.org.
    assert.ok(await popup.getByText(`→ ${new URL(server.origin).host}`).isVisible());

    await popup.getByRole('button', { name: 'Find more coverage' }).click();
    await popup.getByText('Google News: 5 stories found, 5 new.').waitFor({ timeout: 15_000 });
    await popup.getByText('GDELT: 4 stories found, 3 new.').waitFor();
    const same = popup.getByRole('region', { name: 'Same story' });
    const row = same.getByRole('listitem').filter({ hasText: SEARCH_ONLY_TITLE });
    await row.waitFor({ timeout: 15_000 });
    assert.match(await row.innerText(), /Harbour Gazette/);
    assert.match(await row.innerText(), /from search/);
    assert.equal(
      await row.getByRole('link').getAttribute('href'),
      'https://harbourgazette.example/asia/2026/philippines-protests-reed-bank-water-cannon',
    );
    // The feed's own stories carry no mark.
    const feedRow = same
      .getByRole('listitem')
      .filter({ hasText: 'Chinese coast guard fires water cannon at Philippine survey ship near Reed Bank' });
    assert.doesNotMatch(await feedRow.innerText(), /from search/);
    await popup.getByText(/\d+ (?:is|are) shown above, marked “from search”\./).waitFor();
    // More reports of the event must not drag a look-alike along: a rescue off the same coast stays out.
    const sameTitles = await same.getByRole('link').allInnerTexts();
    assert.ok(!sameTitles.some((t) => t.includes('rescues 14 sailors')), sameTitles.join('\n'));
    await popup.screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-search.png'), fullPage: true });

    // What left the browser: exactly the query shown, with the edition, and never the article's address.
    const [google] = searchHits('/search/google-news/');
    const [gdelt] = searchHits('/search/gdelt/');
    assert.ok(google && gdelt, `both services were asked: ${server.hits.join(', ')}`);
    const googleParams = new URL(google, server.origin).searchParams;
    assert.equal(googleParams.get('q'), shown);
    assert.deepEqual([...googleParams.keys()], ['q', 'hl', 'gl', 'ceid']);
    assert.equal(new URL(gdelt, server.origin).searchParams.get('query'), shown);
    for (const hit of [google, gdelt])
      assert.doesNotMatch(decodeURIComponent(hit), /article|reed-bank-water-cannon|127\.0\.0\.1|http/);
    await popup.close();
  });

  it('when GDELT answers 429 the popup says so in words, and it is not asked again during the back-off', async () => {
    await setEndpoints('/search/slow-down/api/v2/doc/doc');
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Find more coverage' }).click();
    // The GDELT interval (5 s since the last search) is waited out before asking.
    await popup.getByText('GDELT asked us to slow down; try again in a minute.').waitFor({ timeout: 20_000 });
    await popup.getByText('Google News: 5 stories found, 0 new.').waitFor();
    await popup.screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-search-429.png'), fullPage: true });
    assert.equal(searchHits('/search/slow-down/').length, 1);

    // Again: Google News is asked (after its own 2 s interval), GDELT is not, and the message stays.
    const googleBefore = searchHits('/search/google-news/').length;
    await popup.getByRole('button', { name: 'Find more coverage' }).click();
    await popup.getByText('GDELT asked us to slow down; try again in a minute.').waitFor();
    await popup.getByText('Google News: 5 stories found, 0 new.').waitFor();
    assert.equal(searchHits('/search/google-news/').length, googleBefore + 1);
    assert.equal(searchHits('/search/slow-down/').length, 1, 'no request during the back-off');
    await popup.close();
  });

  it('the options page removes every story found by search', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.url('options.html'));
    await options.getByRole('button', { name: 'Remove stories found by search' }).click();
    await options
      .getByRole('status')
      .filter({ hasText: /Removed \d+ stories found by search\./ })
      .waitFor();
    await options.close();
    const popup = await openPopup();
    const same = await popup.getByRole('region', { name: 'Same story' }).getByRole('link').allInnerTexts();
    assert.ok(!same.some((t) => t.startsWith(SEARCH_ONLY_TITLE)), same.join('\n'));
    await popup.close();
  });
});
