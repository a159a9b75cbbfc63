import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { withFixtureFeeds } from '../support/add-feeds';
import { tabIdOf, SCREENSHOT_DIR } from '../support/launch';

/** Chrome's side panel: a setting on the options page, and the popup's view in the panel's page. */
describe('the side panel (Chrome)', () => {
  const fixture = withFixtureFeeds({ before, after });

  it('the options page switches the toolbar button to the side panel and back', async () => {
    const options = await fixture.browser.context.newPage();
    await options.goto(fixture.browser.url('options.html'));
    const toggle = options.getByLabel("Open Sidelight in the browser's side panel instead of a popup");
    const popupOfButton = () =>
      fixture.browser.context
        .serviceWorkers()
        .at(-1)
        ?.evaluate(() => chrome.action.getPopup({}));
    assert.match((await popupOfButton()) ?? '', /popup\.html$/);
    await toggle.check();
    await options.waitForFunction(async () => (await chrome.action.getPopup({})) === '');
    await toggle.uncheck();
    await options.waitForFunction(async () => (await chrome.action.getPopup({})).endsWith('popup.html'));
    await options.close();
  });

  it("the side panel's page shows the article's context beside the page", async () => {
    const url = `${fixture.server.origin}/article.html?view=side-panel`;
    const article = await fixture.browser.context.newPage();
    await article.goto(url);
    const panel = await fixture.browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(fixture.browser.url(`sidepanel.html?tabId=${await tabIdOf(fixture.browser, url)}`));
    await panel.getByRole('heading', { name: 'Same story' }).waitFor({ timeout: 15_000 });
    assert.ok((await panel.getByRole('region', { name: 'Same story' }).getByRole('link').count()) >= 3);
    const width = await panel.evaluate(() => document.querySelector('.popup')?.getBoundingClientRect().width ?? 0);
    assert.ok(width >= 399, `the view fills the panel's width: ${width}`);
    await panel.screenshot({ path: path.join(SCREENSHOT_DIR, 'side-panel.png') });
    await Promise.all([panel.close(), article.close()]);
  });
});
