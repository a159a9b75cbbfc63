/**
 * Sidelight on real news text, as a reader meets it, in Chromium. Reads ../shared (never copied into the
 * project) through a loopback server, and skips with one line when ../shared is absent.
 * - Two ECB+ articles, each from a topic whose other event (another office shooting, another piracy arrest
 *   off Somalia) is in the cache too: the popup lists other reports of the article's event under Same story,
 *   and none of the other event's.
 * - Real pages from 2015–2017 against the 24 real feeds of 2022–2024 (dates moved to now, so time cannot
 *   help): none of their events is in the feeds, so the popup must not show a Same story.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, tabIdOf, type ExtensionBrowser, SCREENSHOT_DIR } from '../support/launch';
import { SHARED_PATHS, startSharedServer, type SharedServer } from '../support/shared-server';
import { sharedAvailable } from '../support/shared-corpus';

const sharedPresent = sharedAvailable('real-world e2e', SHARED_PATHS);

/** ECB+ articles whose events the matcher reports well, from topics with a look-alike event. */
const ECB_ARTICLES = ['18_8ecbplus', '12_19ecb'];
/** Undated real pages (read "now") on subjects the feeds also cover, none of whose events they carry. */
const REAL_PAGES = ['wapo-2', 'qq', 'lwn-1', 'cnet', 'msn'];

async function openPopupFor(browser: ExtensionBrowser, url: string): Promise<Page> {
  const tabId = await tabIdOf(browser, url);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(browser.url(`popup.html?tabId=${tabId}`));
  return popup;
}

/** Story ids behind the links of a headed section. */
async function idsUnder(page: Page, heading: string): Promise<string[]> {
  const hrefs = await page
    .getByRole('region', { name: heading })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => decodeURIComponent(href.split('/ecb/story/')[1] ?? href));
}

/** Waits until the popup has matched the article: a section of results, or the "nothing related" line. */
async function matched(popup: Page): Promise<void> {
  const done = popup
    .getByRole('heading', { name: 'Same story' })
    .or(popup.getByRole('heading', { name: 'Related background' }))
    .or(popup.getByText(/Nothing related found/));
  await done.first().waitFor({ timeout: 30_000 });
}

describe('Sidelight on real articles', { skip: !sharedPresent }, () => {
  let server: SharedServer;
  // Each case starts from a fresh profile: its own sources, nothing left from the other.
  let browser: ExtensionBrowser;

  before(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    server = await startSharedServer();
  });
  beforeEach(async () => {
    browser = await launchWithExtension();
  });
  afterEach(async () => {
    await browser?.close();
  });
  after(async () => {
    await server?.close();
  });

  it('lists other reports of an ECB+ article’s event under Same story, and not the look-alike event', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.url('options.html'));
    await options.getByLabel('Feed URL').fill(`${server.origin}/ecb/feed.xml?except=${ECB_ARTICLES.join(',')}`);
    await options.getByRole('button', { name: 'Add source' }).click();
    await options.getByRole('status').filter({ hasText: 'Added' }).waitFor({ timeout: 30_000 });
    await options.close();

    for (const id of ECB_ARTICLES) {
      const query = server.queries.get(id);
      assert.ok(query, `${id} is in the set`);
      const url = `${server.origin}/ecb/article/${id}`;
      const article = await browser.context.newPage();
      await article.goto(url);
      const popup = await openPopupFor(browser, url);
      await popup.getByRole('heading', { name: 'Same story' }).waitFor({ timeout: 30_000 });
      await popup.screenshot({ path: path.join(SCREENSHOT_DIR, `real-ecb-${id}.png`), fullPage: true });
      const same = await idsUnder(popup, 'Same story');
      const relevant = new Set(query.relevant);
      const reports = same.filter((s) => relevant.has(s));
      assert.ok(same.length >= 3, `${id}: several reports under Same story, got ${same.join(', ')}`);
      assert.ok(relevant.has(same[0] ?? ''), `${id}: the first row is a report of the event, got ${same[0]}`);
      assert.ok(
        reports.length / same.length >= 0.8,
        `${id}: Same story rows that report the event: ${reports.length} of ${same.length}`,
      );
      const lookAlikes = same.filter((s) => query.hard.includes(s));
      assert.deepEqual(lookAlikes, [], `${id}: the other event of the topic is not the same story`);
      await popup.close();
      await article.close();
    }
  });

  it('shows no Same story on real articles whose events no feed carries', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.url('options.html'));
    const outlines = server.realFeeds.map(
      (name) => `<outline type="rss" text="${name}" xmlUrl="${server.origin}/real/feed/${name}.xml"/>`,
    );
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Real feeds</title></head><body>${outlines.join('')}</body></opml>`;
    await options
      .getByLabel('Import OPML')
      .setInputFiles({ name: 'real.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opml) });
    const report = options.getByRole('region', { name: 'OPML import report' });
    await report.waitFor({ timeout: 60_000 });
    await options.getByRole('button', { name: 'Refresh now' }).click();
    await options
      .getByRole('status')
      .filter({ hasText: /Refreshed \d+ sources?/ })
      .waitFor({ timeout: 60_000 });
    await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'real-feeds-options.png'), fullPage: true });
    await options.close();

    const wrong: string[] = [];
    for (const name of REAL_PAGES) {
      const url = `${server.origin}/real/page/${name}`;
      const article = await browser.context.newPage();
      await article.goto(url);
      const popup = await openPopupFor(browser, url);
      await matched(popup);
      await popup.screenshot({ path: path.join(SCREENSHOT_DIR, `real-page-${name}.png`), fullPage: true });
      const same = await idsUnder(popup, 'Same story');
      if (same.length > 0) wrong.push(`${name}: ${same.join(', ')}`);
      await popup.close();
      await article.close();
    }
    assert.deepEqual(wrong, [], 'no page may show a Same story from feeds that never carried its event');
  });
});
