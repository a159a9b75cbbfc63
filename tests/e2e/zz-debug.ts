import { startFixtureServer } from '/work/wt-context/tests/e2e/fixture-server';
import { launchWithExtension, tabIdOf } from '/work/wt-context/tests/e2e/launch';
const server = await startFixtureServer();
const browser = await launchWithExtension();
try {
  const options = await browser.context.newPage();
  await options.goto(browser.url('options.html'));
  for (const feed of ['/feeds/world-wire.xml', '/feeds/eastern-desk.atom']) {
    await options.getByLabel('Feed URL').fill(`${server.origin}${feed}`);
    await options.getByRole('button', { name: 'Add source' }).click();
    await options.getByRole('status').filter({ hasText: 'Added' }).waitFor();
  }
  const url = `${server.origin}/article.html`;
  const article = await browser.context.newPage();
  await article.goto(url);
  const tabId = await tabIdOf(browser, url);
  const popup = await browser.context.newPage();
  popup.on('console', (m) => console.log('popup:', m.text()));
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(browser.url(`popup.html?tabId=${tabId}`));
  
  article.on('console', (m) => console.log('page:', m.type(), m.text().slice(0,200)));
  await popup.getByRole('heading', { name: 'Same story' }).waitFor({ timeout: 15_000 });
  await popup.getByRole('button', { name: 'Open sidebar' }).click();
  await article.locator('sidelight-sidebar').getByRole('heading', { name: 'Same story' }).waitFor({ timeout: 15_000 });
  console.log('box', JSON.stringify(await article.locator('sidelight-sidebar').boundingBox()));
  console.log('sel', await article.evaluate(() => getSelection()?.toString()), article.url());
} finally { await browser.close(); await server.close(); }
