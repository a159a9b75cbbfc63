import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser, SCREENSHOT_DIR } from '../support/launch';

/** The tab the extension opened by itself on install, waiting for it if needed. */
async function pageOpenedOnInstall(browser: ExtensionBrowser): Promise<Page> {
  const isWelcome = (p: Page) => p.url().startsWith(browser.url('options.html'));
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const found = browser.context.pages().find(isWelcome);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('installing Sidelight did not open its options page');
}

/** The progress bar's value and maximum. */
async function progressOf(page: Page): Promise<{ value: number; max: number }> {
  const bar = page.getByRole('progressbar', { name: 'First fetch of your new sources' });
  return bar.evaluate((el) => ({ value: (el as HTMLProgressElement).value, max: (el as HTMLProgressElement).max }));
}

describe('First run: welcome step and catalogue', () => {
  let browser: ExtensionBrowser;
  const dialogs: string[] = [];

  before(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    browser = await launchWithExtension();
    browser.context.on('page', (page) => page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())));
  });
  after(async () => {
    await browser?.close();
  });

  it('install opens the welcome step; one click adds a preset and shows the first fetch to the end', async () => {
    const page = await pageOpenedOnInstall(browser);
    assert.ok(page.url().endsWith('options.html#welcome'), page.url());
    await page.getByRole('heading', { name: 'Welcome to Sidelight' }).waitFor();

    // The welcome step sits above the page's own controls, never over them.
    const field = page.getByLabel('Feed URL');
    for (const control of [
      field,
      page.getByRole('button', { name: 'Add source' }),
      page.getByRole('button', { name: 'Refresh now' }),
    ]) {
      assert.ok((await control.isVisible()) && (await control.isEnabled()));
    }
    const onTop = await field.evaluate((el) => {
      const box = el.getBoundingClientRect();
      el.scrollIntoView({ block: 'center' });
      const again = el.getBoundingClientRect();
      return document.elementFromPoint(again.x + again.width / 2, again.y + again.height / 2) === el && box.height > 0;
    });
    assert.ok(onTop, 'nothing covers the Feed URL field');
    await page.evaluate(() => window.scrollTo(0, 0));

    const world = page.getByRole('checkbox', { name: /World overview/ });
    assert.ok(await world.isChecked(), 'World overview is chosen to begin with');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'welcome.png') });

    await world.uncheck();
    await page.getByRole('checkbox', { name: /Wire services/ }).check();
    const add = page.getByRole('button', { name: /^Add \d+ outlets$/ });
    const count = Number((await add.innerText()).match(/\d+/)?.[0]);
    assert.ok(count >= 10, `the wire-services preset adds ${count} outlets`);
    await add.click();

    // Every source is stored at once, under the catalogue's name, and fetched once: offline, each says why it failed.
    await page.getByRole('progressbar', { name: 'First fetch of your new sources' }).waitFor();
    await page.waitForFunction(
      (n) => {
        const bar = document.querySelector('progress');
        return bar !== null && bar.max === n && bar.value === n;
      },
      count,
      { timeout: 60_000 },
    );
    assert.deepEqual(await progressOf(page), { value: count, max: count });
    await page.getByText(`${count} of ${count} fetched`).waitFor();
    await page.getByText(/none of the \d+ sources could be reached/).waitFor();
    const items = page.getByRole('listitem');
    assert.equal(await items.count(), count);
    const texts = await items.allInnerTexts();
    for (const name of ['Associated Press', 'Kyodo News', 'Yonhap News Agency', 'TASS', 'Xinhua']) {
      assert.ok(
        texts.some((t) => t.includes(name)),
        `${name} is listed:\n${texts.join('\n')}`,
      );
    }
    assert.ok(
      texts.every((t) => t.includes('Last fetch failed: could not connect')),
      texts.join('\n'),
    );
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'welcome-done.png') });

    await page.getByRole('button', { name: 'Start reading' }).click();
    await page.getByRole('heading', { name: 'Welcome to Sidelight' }).waitFor({ state: 'detached' });
    assert.ok(!page.url().includes('#welcome'));
  });

  it('the catalogue finds outlets by name and country despite typos, and adds or removes one', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url('options.html'));
    const search = page.getByLabel('Search the catalogue');
    await search.waitFor();
    assert.equal(
      await page.getByRole('heading', { name: 'Welcome to Sidelight' }).count(),
      0,
      'no welcome step without #welcome',
    );
    const before = await page.getByRole('listitem').count();

    const rowNames = async () => page.locator('.catalogue tbody th .outlet-title').allInnerTexts();
    await search.fill('guardain');
    await page.getByText(/outlets? match/).waitFor();
    assert.ok((await rowNames()).includes('The Guardian'), (await rowNames()).join(', '));

    await search.fill('japan');
    await page.getByText(/outlets? match/).waitFor();
    for (const name of ['Kyodo News', 'NHK News', 'The Japan Times'])
      assert.ok((await rowNames()).includes(name), `japan finds ${name}`);

    await search.fill('korea');
    await page.getByText(/outlets? match/).waitFor();
    for (const name of ['Yonhap News Agency', 'NK News', 'Daily NK', '38 North'])
      assert.ok((await rowNames()).includes(name), `korea finds ${name}`);
    // Outlets the preset added show as added.
    assert.ok(
      await page.getByRole('button', { name: 'Remove Yonhap News Agency from your sources', exact: true }).isVisible(),
    );
    // Scrolled so the catalogue's heading sits just under the sticky brand bar.
    await page
      .locator('#catalogue-title')
      .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 60));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'catalogue.png') });

    await search.fill('guardian');
    await page.getByRole('button', { name: 'Add The Guardian to your sources', exact: true }).click();
    await page.getByRole('button', { name: 'Remove The Guardian from your sources', exact: true }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'The Guardian' }).waitFor();
    assert.equal(await page.getByRole('listitem').count(), before + 1);
    await page
      .getByRole('listitem')
      .filter({ hasText: 'The Guardian' })
      .getByText(/Last fetch failed|Refreshing|Not fetched yet/)
      .waitFor();

    await page.getByRole('button', { name: 'Remove The Guardian from your sources', exact: true }).click();
    await page.getByRole('button', { name: 'Add The Guardian to your sources', exact: true }).waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('li').length === n, before);
    await page.close();
  });

  it('no page script or dialog ran', () => {
    assert.deepEqual(dialogs, []);
  });
});
