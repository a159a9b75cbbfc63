import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startFixtureServer } from '../support/fixture-server';
import { FIXTURE_FEEDS } from '../support/add-feeds';
import { SCREENSHOT_DIR } from '../support/launch';
import { GECKO_ID } from '../../wxt.config';

/**
 * The Firefox build (`.output/firefox-mv2-test`) in Debian's Firefox ESR, driven over WebDriver BiDi by
 * puppeteer-core (no geckodriver), as TESTING.md describes: installed as a temporary add-on, with its
 * moz-extension UUID pinned by a pref so the test knows its pages' addresses. BiDi will not open a
 * moz-extension:// page itself, so a loopback page navigates there (the test build lists those pages as
 * web-accessible; production builds do not).
 */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = path.resolve(import.meta.dirname, '../../.output/firefox-mv2-test');
const UUID = '6f3c2a1e-5d4b-4c7a-9e8f-0a1b2c3d4e5f';
const extensionUrl = (page: string) => `moz-extension://${UUID}/${page}`;

const missing = !existsSync(FIREFOX)
  ? `no Firefox at ${FIREFOX}`
  : !existsSync(BUILD)
    ? `no Firefox test build at ${BUILD}`
    : null;
if (missing) console.log(`# Firefox e2e skipped: ${missing} (apt-get install firefox-esr; npm run build:test)`);

describe('Sidelight in Firefox ESR', { skip: missing ?? false }, () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let browser: Browser;

  before(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    server = await startFixtureServer();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        // permissions.request() answers without the doorhanger a headless test cannot click (Chromium's test
        // build needs no such switch: its loopback hosts are granted at install).
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
    await browser.installExtension(BUILD);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A new tab showing one of Sidelight's pages (reached from a loopback page, see above). */
  async function openExtensionPage(page: string): Promise<Page> {
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}/home.html`);
    await tab.evaluate((url) => void (location.href = url), extensionUrl(page));
    // BiDi does not report this navigation (the tab's url stays the loopback one); the document tells.
    await tab.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', {
      timeout: 15_000,
    });
    return tab;
  }

  it('the options page adds feeds and the popup page shows Same story for the article', async () => {
    const options = await openExtensionPage('options.html');
    // Puppeteer's ARIA queries need the Chrome protocol: over BiDi the field is found by its label's text.
    for (const [i, feed] of FIXTURE_FEEDS.entries()) {
      const fieldId = await options.waitForFunction(
        () =>
          [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Feed URL')?.htmlFor || null,
      );
      const field = await options.$(`#${String(await fieldId.jsonValue())}`);
      assert.ok(field, 'a field labelled Feed URL');
      await field.click({ count: 3 });
      await field.type(`${server.origin}${feed}`);
      const add = await options.waitForSelector('button::-p-text(Add source)');
      await add?.click();
      await options
        .waitForFunction(
          (n) =>
            [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent?.includes('Added')) &&
            document.querySelectorAll('.sources li').length >= n,
          { timeout: 30_000 },
          i + 1,
        )
        .catch(async (error: unknown) => {
          throw new Error(
            `${String(error)}; the options page shows:\n${await options.evaluate(() => document.body.innerText.slice(0, 1500))}`,
          );
        });
    }
    const rows = await options.$$eval('[role="listitem"], li', (items) => items.map((i) => i.textContent ?? ''));
    assert.ok(
      rows.some((r) => r.includes('Global Wire Service')),
      rows.join('\n'),
    );
    assert.ok(
      rows.some((r) => r.includes('Eastern Desk')),
      rows.join('\n'),
    );
    await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'firefox-options.png') });

    const article = await browser.newPage();
    const articleUrl = `${server.origin}/article.html`;
    await article.goto(articleUrl);
    // The article tab's id, asked of the extension (as the popup knows its tab).
    const tabId = await options.evaluate(async (url) => {
      const api = (
        globalThis as unknown as {
          browser: { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } };
        }
      ).browser;
      return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? null;
    }, articleUrl);
    assert.ok(tabId !== null, 'the article tab is known to the extension');

    const popup = await openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.setViewport({ width: 420, height: 700 });
    await popup.waitForFunction(
      () => [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Same story'),
      { timeout: 30_000 },
    );
    const links = await popup.$$eval('section[aria-labelledby="section-same-story"] a', (as) =>
      as.map((a) => a.textContent ?? ''),
    );
    assert.ok(
      links.some((l) => l.startsWith('Chinese coast guard fires water cannon')),
      links.join('\n'),
    );
    await popup.screenshot({ path: path.join(SCREENSHOT_DIR, 'firefox-popup.png') });
  });
});
