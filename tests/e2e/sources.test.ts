/**
 * Sources in real Chromium: a site's address instead of a feed's, OPML import (small and awkward, then 100
 * sources) and export, a service worker stopped in the middle of a refresh, finding one source among many, and
 * saying who is behind a pasted feed.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page, Worker } from 'playwright-core';
import { parseOpml } from '../../utils/feeds/opml';
import { generatedStoryUrl } from '../support/fixture-generated';
import { readFixtureLabels, startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { launchWithExtension, tabIdOf, type ExtensionBrowser, SCREENSHOT_DIR } from '../support/launch';

const expectations = readFixtureLabels();

/** A stored story, as read from IndexedDB for inspection. */
interface StoredStory {
  url: string;
  firstSeen: number;
  sourceIds: string[];
}

/** The worker running now (a stopped one is replaced by a new instance when it is woken). */
function currentWorker(browser: ExtensionBrowser): Worker {
  const worker = browser.context.serviceWorkers().at(-1);
  if (!worker) throw new Error('no service worker is running');
  return worker;
}

/** Every stored story, read straight from IndexedDB in the worker (inspection only). */
async function storedStories(browser: ExtensionBrowser): Promise<StoredStory[]> {
  return currentWorker(browser).evaluate(
    () =>
      new Promise<StoredStory[]>((resolve, reject) => {
        const open = indexedDB.open('sidelight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('stories').objectStore('stories').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve(
              (request.result as StoredStory[]).map(({ url, firstSeen, sourceIds }) => ({ url, firstSeen, sourceIds })),
            );
          };
        };
      }),
  );
}

const badgeText = (browser: ExtensionBrowser) => currentWorker(browser).evaluate(() => chrome.action.getBadgeText({}));

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const opml = (outlines: string) =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>Test subscriptions</title></head><body>${outlines}</body></opml>`,
  );
const GENERATED = Array.from({ length: 100 }, (_, i) => `feed-${String(i + 1).padStart(3, '0')}`);
const served = (server: FixtureServer) => new Map(server.generated.served);

describe('Sources in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let options: Page;

  before(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    server = await startFixtureServer();
    browser = await launchWithExtension();
    options = await browser.context.newPage();
    await options.goto(browser.url('options.html'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const report = () => options.getByRole('region', { name: 'OPML import report' });
  const countLine = () => options.locator('.source-count');
  const rowTitles = () => options.locator('li.source .source-title').allInnerTexts();

  /** Turns the list's pages with `button` while it is enabled, waiting for each new page. */
  async function turnPages(
    button: 'Previous page' | 'Next page',
    onEach: () => Promise<void> = async () => {},
  ): Promise<void> {
    const turn = options.getByRole('button', { name: button });
    while ((await turn.count()) > 0 && (await turn.isEnabled())) {
      const before = await countLine().innerText();
      await turn.click();
      await options.waitForFunction((shown) => document.querySelector('.source-count')?.textContent !== shown, before);
      await onEach();
    }
  }

  /** The texts of `selector` in every row of the sources list, page by page (it shows 50 at a time); ends on page 1. */
  async function everyRow(selector = 'li.source'): Promise<string[]> {
    await turnPages('Previous page');
    const texts = await options.locator(selector).allInnerTexts();
    await turnPages('Next page', async () => void texts.push(...(await options.locator(selector).allInnerTexts())));
    await turnPages('Previous page');
    return texts;
  }

  /** The popup's Coverage section for the fixture article, in a tab of its own (closed afterwards). */
  async function coverageText(): Promise<string> {
    const url = `${server.origin}${expectations.article}?sources-test=${Date.now()}`;
    const article = await browser.context.newPage();
    await article.goto(url);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(browser.url(`popup.html?tabId=${await tabIdOf(browser, url)}`));
    const coverage = popup.getByRole('region', { name: 'Coverage' });
    await coverage.waitFor({ timeout: 20_000 });
    const text = await coverage.innerText();
    await coverage.screenshot({ path: path.join(SCREENSHOT_DIR, 'sources-coverage.png') });
    await popup.close();
    await article.close();
    return text;
  }
  const importFile = (name: string, buffer: Buffer) =>
    options.getByLabel('Import OPML').setInputFiles({ name, mimeType: 'text/x-opml', buffer });

  it("pasting a site's address lists its feeds under their own titles and adds the one chosen", async () => {
    await options.getByLabel('Feed URL').fill(`${server.origin}/`);
    await options.getByRole('button', { name: 'Add source' }).click();
    const choices = options.getByRole('group', { name: 'Feeds found on this site' });
    await choices.waitFor();
    const text = await choices.innerText();
    assert.ok(text.includes('Global Wire Service') && text.includes('Eastern Desk'), text);
    assert.ok(!text.includes('(all stories)'), 'the feed’s own title is shown, not the page’s name for it');
    assert.match(text, /Global Wire Service[\s\S]*11 items now/);

    await options.getByRole('button', { name: 'Add Eastern Desk' }).click();
    await options.getByRole('status').filter({ hasText: 'Added Eastern Desk' }).waitFor();
    const items = await options.getByRole('listitem').allInnerTexts();
    assert.equal(items.length, 1);
    assert.match(items[0] ?? '', /Eastern Desk[\s\S]*11 items in last fetch[\s\S]*OK, fetched/);

    // The same site again: the feed already added says so.
    await options.getByLabel('Feed URL').fill(`${server.origin}/home.html`);
    await options.getByRole('button', { name: 'Add source' }).click();
    await options.getByRole('button', { name: 'Eastern Desk is one of your sources' }).waitFor();
    assert.ok(await options.getByRole('button', { name: 'Eastern Desk is one of your sources' }).isDisabled());
    assert.ok(await options.getByRole('button', { name: 'Add Global Wire Service' }).isEnabled());
  });

  it('imports an OPML file with folders, repeats and broken feeds, and reports what was added, skipped and failed', async () => {
    const o = server.origin;
    await importFile(
      'subscriptions.opml',
      opml(`
        <outline text="News"><outline text="Wires">
          <outline type="rss" text="Global Wire Service" xmlUrl="${o}/feeds/world-wire.xml"/>
          <outline type="rss" text="Broken Feed" xmlUrl="${o}/status/404"/>
        </outline>
        <outline type="rss" text="Eastern Desk (again)" xmlUrl="${o}/feeds/eastern-desk.atom"/></outline>
        <outline type="rss" text="Not A Feed" xmlUrl="${o}/not-a-feed.html"/>
        <outline type="rss" text="Global Wire Service, listed twice" xmlUrl="${o}/feeds/world-wire.xml"/>
        <outline type="rss" text="Script address" xmlUrl="javascript:alert(1)"/>`),
    );
    await report().getByText('Fetched all 3 new sources: 1 working, 2 failed.').waitFor({ timeout: 30_000 });
    const text = await report().innerText();
    for (const line of [
      'subscriptions.opml (Test subscriptions): added 3 sources.',
      'Skipped 1 feed already among your sources: Eastern Desk (again).',
      'Skipped 1 feed listed twice in the file: Global Wire Service, listed twice.',
      'Not imported: Script address (javascript:alert(1)): Only http and https feeds can be added.',
      'Failed: Broken Feed: HTTP 404 (Not Found)',
      'Failed: Not A Feed: not a feed: the server sent an HTML page',
    ]) {
      assert.ok(text.includes(line), `report should say "${line}"; it says:\n${text}`);
    }
    const items = await options.getByRole('listitem').allInnerTexts();
    assert.equal(items.length, 4, items.join('\n---\n'));
    assert.ok(
      items.some((t) => t.includes('Broken Feed') && t.includes('Last fetch failed: HTTP 404')),
      items.join('\n'),
    );
    await options.getByRole('status').filter({ hasText: '2 of your 4 sources failed at the last refresh' }).waitFor();
    assert.equal(await badgeText(browser), '2');
    await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'options-failing.png'), fullPage: true });
  });

  it('imports 100 sources with one permission request and fetches them at most 4 at once, showing progress', async () => {
    const folders = Array.from({ length: 5 }, (_, f) => {
      const feeds = GENERATED.slice(f * 20, f * 20 + 20).map(
        (name) =>
          `<outline type="rss" text="${name}" xmlUrl="${server.origin}/generated/${name}.xml?items=3&amp;delay=120&amp;rotate=1"/>`,
      );
      return `<outline text="Folder ${f + 1}">${feeds.join('')}</outline>`;
    });
    server.generated.peak = 0;
    await importFile('hundred.opml', opml(folders.join('')));
    const progress = options.getByRole('progressbar', { name: 'Refresh progress' });
    await progress.waitFor();
    await options.getByText(/Fetching imported sources: \d+ of 100 done/).waitFor();
    await options.getByRole('heading', { name: /^Your sources/ }).scrollIntoViewIfNeeded();
    await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'options-import-progress.png') });
    await report().getByText('Fetched all 100 new sources: 100 working, 0 failed.').waitFor({ timeout: 90_000 });
    await progress.waitFor({ state: 'detached' });
    // 104 sources, 50 shown at a time.
    assert.equal(await options.getByRole('listitem').count(), 50);
    assert.equal(await countLine().innerText(), 'Showing 1–50 of 104 sources.');
    assert.ok(
      server.generated.peak >= 1 && server.generated.peak <= 4,
      `at most 4 fetches at once; saw ${server.generated.peak}`,
    );
    for (const name of GENERATED) assert.equal(server.generated.served.get(name), 1, `${name} fetched once`);
  });

  it('Export OPML downloads a file that reads back to the same sources', async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export OPML' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'sidelight-sources.opml');
    const file = await download.path();
    const exported = parseOpml(await readFile(file, 'utf8')).feeds;
    const urls = await everyRow('.source .source-url');
    const titles = await everyRow('.source .source-title');
    assert.equal(urls.length, 104);
    const pairs = (t: string[], u: string[]) => u.map((url, i) => `${t[i] ?? ''} <${url}>`).sort();
    assert.deepEqual(
      pairs(
        exported.map((f) => f.title),
        exported.map((f) => f.url),
      ),
      pairs(titles, urls),
    );

    // Importing it back adds nothing.
    await importFile('sidelight-sources.opml', await readFile(file));
    await report().getByText('sidelight-sources.opml (Sidelight sources): no new sources.').waitFor();
    assert.ok((await report().innerText()).includes('Skipped 104 feeds already among your sources'));
    assert.equal(await countLine().innerText(), 'Showing 1–50 of 104 sources.');
  });

  it('a worker stopped in the middle of a refresh carries on when woken: no story lost or doubled, none left refreshing', async () => {
    const before = await storedStories(browser);
    const servedBefore = served(server);
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

    // A mark in the worker's memory: gone after the stop, so the run really finished in a new worker.
    await currentWorker(browser).evaluate(() => Object.assign(self, { sidelightTestMark: true }));
    await options.getByRole('button', { name: 'Refresh now' }).click();
    await until(() => total(served(server)) - total(servedBefore) >= 20, 'twenty feeds to be fetched');
    const session = await browser.context.newCDPSession(options);
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    const atStop = total(served(server)) - total(servedBefore);
    assert.ok(atStop < 100, `the worker was stopped mid-run (${atStop} of 100 generated feeds fetched)`);

    // The options page keeps polling; that wakes the worker, which resumes the run.
    await options
      .getByRole('status')
      .filter({ hasText: 'Refreshed 104 sources; 2 failed' })
      .waitFor({ timeout: 90_000 });
    const texts = await everyRow();
    assert.equal(texts.length, 104);
    assert.ok(
      texts.every((t) => !t.includes('Refreshing…')),
      'no source is left refreshing',
    );
    assert.equal(texts.filter((t) => t.includes('Last fetch failed')).length, 2);
    // "Failing only" shows just those two.
    await options.getByLabel('Failing only').check();
    await countLine().getByText('2 of 104 sources are failing.').waitFor();
    assert.deepEqual((await rowTitles()).sort(), ['Broken Feed', 'Not A Feed']);
    await options.getByLabel('Failing only').uncheck();
    assert.equal(await options.getByRole('progressbar').count(), 0);
    assert.equal(
      await currentWorker(browser).evaluate(() => 'sidelightTestMark' in self),
      false,
      'the worker was restarted',
    );

    const afterStop = served(server);
    for (const name of GENERATED) {
      const fetched = (afterStop.get(name) ?? 0) - (servedBefore.get(name) ?? 0);
      assert.ok(fetched >= 1 && fetched <= 2, `${name} fetched ${fetched} times in this refresh`);
    }
    // Resumed, not restarted: only fetches in flight at the stop (at most 4) were repeated.
    assert.ok(total(afterStop) - total(servedBefore) <= 104, `fetched ${total(afterStop) - total(servedBefore)} times`);
    console.log(
      `# stopped after ${atStop} of 100 generated feeds; ${total(afterStop) - total(servedBefore)} fetches in all`,
    );

    const stories = await storedStories(browser);
    const byUrl = new Map(stories.map((s) => [s.url, s]));
    for (const story of before)
      assert.equal(byUrl.get(story.url)?.firstSeen, story.firstSeen, `kept unchanged: ${story.url}`);
    for (const name of GENERATED) {
      // The last answer of a rotating feed holds stories n, n+1, n+2 for its n-th answer.
      const n = afterStop.get(name) ?? 0;
      for (const k of [n, n + 1, n + 2])
        assert.ok(byUrl.has(generatedStoryUrl(server.origin, name, k)), `${name} story ${k} is stored`);
    }
    assert.ok(
      stories.every((s) => new Set(s.sourceIds).size === s.sourceIds.length),
      'no source recorded twice on a story',
    );
    assert.equal(await badgeText(browser), '2');
  });

  it('settings are checked, saved, and a new refresh interval reschedules the refresh', async () => {
    const interval = options.getByLabel('Refresh every (minutes)');
    await interval.fill('2');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByText('The refresh interval must be a whole number from 5 to 1,440.').waitFor();
    await interval.fill('60');
    await options.getByLabel('Keep stories for (days)').fill('90');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await options.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    const period = async () =>
      currentWorker(browser).evaluate(async () => (await chrome.alarms.get('refresh-feeds'))?.periodInMinutes);
    for (let i = 0; i < 40 && (await period()) !== 60; i++) await options.waitForTimeout(50);
    assert.equal(await period(), 60);
    assert.match(
      await options.locator('.storage-use').innerText(),
      /^[\d,]+ stories stored, using [\d.]+ (KB|MB) on this device\./,
    );
    await options.locator('.settings').screenshot({ path: path.join(SCREENSHOT_DIR, 'options-settings.png') });
  });

  it('finds one source among many by typing (accents or not), says how many match, pages, and clears the search', async () => {
    await importFile(
      'one-more.opml',
      opml(
        `<outline type="rss" text="Tōkyō Evening Wire" xmlUrl="${server.origin}/generated/tokyo-evening.xml?items=2"/>`,
      ),
    );
    await options
      .getByRole('listitem')
      .filter({ hasText: 'Tōkyō Evening Wire' })
      .getByText(/OK, fetched/)
      .waitFor({ timeout: 30_000 });
    assert.equal(await countLine().innerText(), 'Showing 1–50 of 105 sources.');

    const find = options.getByLabel('Find a source');
    await find.fill('tokyo');
    await countLine().getByText('1 of 105 sources matches “tokyo”.').waitFor();
    assert.deepEqual(await rowTitles(), ['Tōkyō Evening Wire']);
    await find.fill('feed-04');
    await countLine().getByText('10 of 105 sources match “feed-04”.').waitFor();
    assert.equal(await options.getByRole('listitem').count(), 10);
    // The heading at the top of the window, below the sticky brand bar.
    await options.locator('.sources-header').evaluate((heading) => {
      heading.scrollIntoView();
      window.scrollBy(0, -60);
    });
    await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'options-sources-search.png') });

    await find.fill('xyz');
    await options.getByText('No source matches “xyz”.').waitFor();
    assert.equal(await options.getByRole('listitem').count(), 0);
    await options.locator('.source-list').screenshot({ path: path.join(SCREENSHOT_DIR, 'options-sources-empty.png') });
    await options.getByRole('button', { name: 'Clear search' }).click();
    assert.equal(await find.inputValue(), '');
    await countLine().getByText('Showing 1–50 of 105 sources.').waitFor();

    await options.getByLabel('Sort').selectOption({ label: 'Name (A–Z)' });
    assert.deepEqual((await rowTitles()).slice(0, 3), ['Broken Feed', 'Eastern Desk', 'feed-001']);
    await options.getByLabel('Sort').selectOption({ label: 'Most recent failure first' });
    assert.deepEqual((await rowTitles()).slice(0, 2).sort(), ['Broken Feed', 'Not A Feed']);
    await options.getByRole('button', { name: 'Next page' }).click();
    await countLine().getByText('Showing 51–100 of 105 sources.').waitFor();
    await options.getByText('Page 2 of 3').waitFor();
    await options.locator('.source-pages').scrollIntoViewIfNeeded();
    await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'options-sources-pages.png') });
    await options.getByLabel('Sort').selectOption({ label: 'Newest added first' });
    await countLine().getByText('Showing 1–50 of 105 sources.').waitFor();
  });

  it("sets who is behind a pasted feed: kept after a reload, and counted under its country in the popup's Coverage", async () => {
    assert.ok(!(await coverageText()).includes('Japan'), 'no country is known for the pasted feeds yet');

    await options.getByLabel('Find a source').fill('eastern desk');
    const row = options.getByRole('listitem').filter({ hasText: 'Eastern Desk' });
    assert.match(await row.innerText(), /Outlet: unknown country and ownership/);
    await row.getByRole('button', { name: 'Edit outlet details for Eastern Desk' }).click();
    const form = options.getByRole('form', { name: 'Outlet details for Eastern Desk' });
    await form.getByLabel('Country', { exact: true }).fill('Japan');
    await form.getByText('Region: East Asia').waitFor();
    await form.getByLabel('Ownership').selectOption({ label: 'Private' });
    await form.getByLabel('Language (optional)').selectOption({ label: 'English' });
    await row.screenshot({ path: path.join(SCREENSHOT_DIR, 'options-outlet-editor.png') });
    await form.getByRole('button', { name: 'Save outlet details' }).click();
    await row.getByRole('status').filter({ hasText: 'Saved. Coverage now counts Eastern Desk under Japan.' }).waitFor();
    await row.screenshot({ path: path.join(SCREENSHOT_DIR, 'options-outlet-saved.png') });

    await options.reload();
    await options.getByLabel('Find a source').fill('eastern desk');
    await row.getByText('Outlet: Japan · East Asia · Private · English').waitFor();
    assert.ok((await row.innerText()).includes('set by you'));

    const coverage = await coverageText();
    assert.match(coverage, /By country[\s\S]*Japan/, coverage);
    assert.match(coverage, /By ownership[\s\S]*Private/, coverage);
  });
});
