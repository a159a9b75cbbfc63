/**
 * Faults in real Chromium: the service worker stopped (through the DevTools protocol) at the worst moments a
 * test build can hold it at (utils/store/fault-points.ts): between saving imported sources and asking for their
 * fetch, between storing a source's stories and recording them, inside the pruning transaction, inside a source's
 * removal and inside the match index's save; then a manual refresh racing the scheduled one, and two windows
 * opening the popup at once on a cold worker; and a disk that refuses new stories. After each: no story lost or doubled, no source left
 * "Refreshing…", and the next popup shows the same reports as before.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { generatedStoryUrl } from '../support/fixture-generated';
import { readFixtureLabels, startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { launchWithExtension, SCREENSHOT_DIR, type ExtensionBrowser } from '../support/launch';
import {
  armFault,
  liveWorker,
  readStore,
  releaseFault,
  stopWorker,
  storedStoryFacts,
  untilHeldAt,
  type StoredStoryFacts,
} from '../support/worker-store';

const expectations = readFixtureLabels();

const DAY = 24 * 3600_000;
const GENERATED = ['desk-a', 'desk-b', 'desk-c', 'desk-d'];
const LATE = ['late-a', 'late-b'];
const opml = (outlines: string) =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>Fault test</title></head><body>${outlines}</body></opml>`,
  );

describe('Faults: the worker stopped at the worst moments', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let options: Page;
  /** The popup's Same story links before any fault. */
  let baseline: string[] = [];

  const generatedFeed = (name: string) => `${server.origin}/generated/${name}.xml?items=3&rotate=1`;
  const importFile = (name: string, outlines: string) =>
    options.getByLabel('Import OPML').setInputFiles({ name, mimeType: 'text/x-opml', buffer: opml(outlines) });
  const outline = (title: string, url: string) =>
    `<outline type="rss" text="${title}" xmlUrl="${url.replaceAll('&', '&amp;')}"/>`;

  /** The popup's Same story links for the fixture article, each popup beside its own article tab. */
  async function popupSameStory(count = 1): Promise<string[][]> {
    const pairs = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const url = `${server.origin}${expectations.article}?fault=${Date.now()}-${i}`;
        // The second one in a window of its own.
        const article = await browser.context.newPage();
        if (i > 0) {
          const worker = await liveWorker(browser);
          await worker.evaluate((u) => chrome.windows.create({ url: u }), url);
        } else await article.goto(url);
        return { url, article };
      }),
    );
    const worker = await liveWorker(browser);
    const ids = await Promise.all(
      pairs.map(async ({ url }) => {
        for (let tries = 0; tries < 100; tries++) {
          const id = await worker.evaluate(
            async (target) => (await chrome.tabs.query({})).find((t) => t.url === target)?.id ?? null,
            url,
          );
          if (id !== null) return id;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error(`no tab shows ${url}`);
      }),
    );
    const popups = await Promise.all(ids.map(() => browser.context.newPage()));
    // All at once: the popups ask the worker together.
    await Promise.all(popups.map((popup, i) => popup.goto(browser.url(`popup.html?tabId=${ids[i]}`))));
    const lists = await Promise.all(
      popups.map(async (popup) => {
        await popup.getByRole('heading', { name: 'Same story' }).waitFor({ timeout: 30_000 });
        return popup.getByRole('region', { name: 'Same story' }).getByRole('link').allInnerTexts();
      }),
    );
    for (const page of [...popups, ...pairs.map((p) => p.article)]) await page.close();
    return lists;
  }

  /** The texts of every source row (the list fits one page here). */
  const rows = () => options.locator('li.source').allInnerTexts();

  /**
   * What must hold after every fault: each story stored once, each carrier recorded once, no story without a
   * living source, every generated feed's stories all there (its n-th answer held stories n+1…n+3), nothing
   * left refreshing, and the next popup shows what it showed before.
   */
  async function assertHealthy(what: string): Promise<void> {
    const stories = await storedStoryFacts(browser);
    const sources = await readStore<{ id: string; feedUrl: string }>(browser, 'sources');
    const urls = stories.map((s) => s.url);
    assert.equal(new Set(urls).size, urls.length, `${what}: a story is stored twice`);
    assert.ok(
      stories.every((s) => new Set(s.sourceIds).size === s.sourceIds.length),
      `${what}: a carrier recorded twice`,
    );
    const living = new Set(sources.map((s) => s.id));
    const orphans = stories.filter((s) => !s.sourceIds.some((id) => living.has(id)));
    assert.deepEqual(
      orphans.map((s) => s.url),
      [],
      `${what}: stories left without a source`,
    );
    const byUrl = new Set(urls);
    for (const source of sources) {
      const name = /\/generated\/([\w-]+)\.xml/.exec(source.feedUrl)?.[1];
      if (!name) continue;
      const answers = server.generated.served.get(name) ?? 0;
      for (let k = 1; k <= answers + 2; k++)
        assert.ok(byUrl.has(generatedStoryUrl(server.origin, name, k)), `${what}: ${name} story ${k} was lost`);
      assert.ok(
        !byUrl.has(generatedStoryUrl(server.origin, name, answers + 3)),
        `${what}: ${name} has a story too many`,
      );
    }
    await options.reload();
    await options.locator('li.source').first().waitFor();
    const texts = await rows();
    assert.ok(
      texts.every((t) => !t.includes('Refreshing…')),
      `${what}: a source is left refreshing:\n${texts.join('\n')}`,
    );
    assert.equal(
      await options.getByRole('progressbar', { name: 'Refresh progress' }).count(),
      0,
      `${what}: a run is left going`,
    );
    const same = (await popupSameStory())[0] ?? [];
    assert.deepEqual([...same].sort(), [...baseline].sort(), `${what}: the popup’s Same story changed`);
  }

  /** Clicks Refresh now and waits for the page to report the run done (the worker may be stopped in between). */
  async function refreshNow(): Promise<void> {
    await options.getByRole('button', { name: 'Refresh now' }).click();
  }
  const refreshedNotice = () => options.getByRole('status').filter({ hasText: /^Refreshed \d+ sources/ });

  before(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    server = await startFixtureServer();
    browser = await launchWithExtension();
    options = await browser.context.newPage();
    await options.goto(browser.url('options.html'));
    const feeds = [
      outline('Global Wire Service', `${server.origin}/feeds/world-wire.xml`),
      outline('Eastern Desk', `${server.origin}/feeds/eastern-desk.atom`),
      ...GENERATED.map((name) => outline(name, generatedFeed(name))),
    ];
    await importFile('start.opml', feeds.join(''));
    await options
      .getByRole('region', { name: 'OPML import report' })
      .getByText('Fetched all 6 new sources: 6 working, 0 failed.')
      .waitFor({ timeout: 60_000 });
    [baseline = []] = await popupSameStory();
    assert.ok(baseline.length >= 3, `the popup shows Same story reports before any fault: ${baseline.join(' | ')}`);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('stopped between saving imported sources and asking for their fetch: the new worker fetches them', async () => {
    await armFault(browser, 'import:sources-saved');
    await importFile('late.opml', LATE.map((name) => outline(name, generatedFeed(name))).join(''));
    await untilHeldAt(browser, 'import:sources-saved');
    await stopWorker(browser);
    await options.reload();
    for (const name of LATE)
      await options
        .getByRole('listitem')
        .filter({ hasText: name })
        .getByText(/OK, fetched/)
        .waitFor({ timeout: 60_000 });
    for (const name of LATE) assert.equal(server.generated.served.get(name), 1, `${name} fetched once`);
    await assertHealthy('after the stop between saving sources and their fetch');
  });

  it("stopped after a source's stories are stored, before they are recorded: the run resumes, nothing doubled", async () => {
    await armFault(browser, 'refresh:stories-saved');
    await refreshNow();
    await untilHeldAt(browser, 'refresh:stories-saved');
    await stopWorker(browser);
    // The page keeps polling while it waits for the run; that wakes a new worker, which resumes the run.
    await refreshedNotice().waitFor({ timeout: 60_000 });
    await assertHealthy('after the stop between storing and recording');
  });

  it('stopped inside the pruning transaction: no story half-deleted; the next refresh prunes', async () => {
    // Five stories a year old, put straight into the store (setup): the next run's pruning deletes them.
    const old = Date.now() - 400 * DAY;
    const owner = generatedFeed('desk-a');
    const oldUrls = Array.from({ length: 5 }, (_, i) => `${server.origin}/generated/desk-a/archive-${i}`);
    await (
      await liveWorker(browser)
    ).evaluate(
      ({ urls, at, source }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('sidelight');
          open.onsuccess = () => {
            const tx = open.result.transaction('stories', 'readwrite');
            for (const url of urls)
              tx.objectStore('stories').put({
                id: url,
                url,
                title: `Archive piece ${url.slice(-1)}`,
                summary: '',
                outlet: 'desk-a',
                published: at,
                dateIsFetchTime: false,
                sourceIds: [source],
                ownerId: source,
                image: null,
                firstSeen: at,
              });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      { urls: oldUrls, at: old, source: owner },
    );
    const before = await storedStoryFacts(browser);
    await armFault(browser, 'prune:in-transaction');
    await refreshNow();
    await untilHeldAt(browser, 'prune:in-transaction');
    await stopWorker(browser);
    await refreshedNotice().waitFor({ timeout: 60_000 });
    const held = new Set((await storedStoryFacts(browser)).map((s) => s.url));
    for (const story of before) assert.ok(held.has(story.url), `kept while the pruning was cut off: ${story.url}`);

    await refreshNow();
    await refreshedNotice().waitFor({ timeout: 60_000 });
    const after = new Set((await storedStoryFacts(browser)).map((s) => s.url));
    for (const url of oldUrls) assert.ok(!after.has(url), `pruned by the next run: ${url}`);
    await assertHealthy('after the stop inside pruning');
  });

  it("stopped inside a source's removal: the source and its stories are all there; removing it again works", async () => {
    const name = 'desk-d';
    const id = generatedFeed(name);
    const carried = (await storedStoryFacts(browser)).filter((s) => s.sourceIds.includes(id));
    assert.ok(carried.length >= 3);
    await armFault(browser, 'remove-source:in-transaction');
    await options.getByRole('button', { name: `Remove ${name}` }).click();
    await untilHeldAt(browser, 'remove-source:in-transaction');
    await stopWorker(browser);
    const sources = await readStore<{ id: string }>(browser, 'sources');
    assert.ok(
      sources.some((s) => s.id === id),
      'the source is still there',
    );
    const still = new Set((await storedStoryFacts(browser)).filter((s) => s.sourceIds.includes(id)).map((s) => s.url));
    for (const story of carried) assert.ok(still.has(story.url), `its story is still there: ${story.url}`);
    await assertHealthy('after the stop inside a removal');

    await options.getByRole('button', { name: `Remove ${name}` }).click();
    await options.getByRole('listitem').filter({ hasText: name }).waitFor({ state: 'detached' });
    const left = await storedStoryFacts(browser);
    assert.ok(!left.some((s: StoredStoryFacts) => s.sourceIds.includes(id)), 'its stories went with it');
    await assertHealthy('after removing the source');
  });

  it("stopped inside the match index's save: the next popup answers the same", async () => {
    // A refresh changes the stories, so at the end of its run the worker brings the index up to date and saves it.
    await armFault(browser, 'index-save:in-transaction');
    await refreshNow();
    await refreshedNotice().waitFor({ timeout: 60_000 });
    await untilHeldAt(browser, 'index-save:in-transaction');
    // The save held, the popup answers from the index in memory.
    const same = (await popupSameStory())[0] ?? [];
    assert.deepEqual([...same].sort(), [...baseline].sort());
    await stopWorker(browser);
    await assertHealthy('after the stop inside the index save');
  });

  it('the scheduled refresh firing while Refresh now is under way fetches each feed once and finishes', async () => {
    // Every source due (as if the last refresh were an hour ago), and the schedule's alarm about to fire.
    const worker = await liveWorker(browser);
    await worker.evaluate(
      (hourAgo) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('sidelight');
          open.onsuccess = () => {
            const tx = open.result.transaction('sources', 'readwrite');
            const store = tx.objectStore('sources');
            const all = store.getAll();
            all.onsuccess = () => {
              for (const s of all.result as { health: Record<string, unknown> }[])
                store.put({ ...s, health: { ...s.health, lastFetchedAt: hourAgo, lastSuccessAt: hourAgo } });
            };
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      Date.now() - 3600_000,
    );
    const servedBefore = new Map(server.generated.served);
    // Refresh now, held with one feed in flight; the scheduled refresh fires meanwhile; then both go on.
    await armFault(browser, 'refresh:stories-saved');
    await refreshNow();
    await untilHeldAt(browser, 'refresh:stories-saved');
    await worker.evaluate(() => chrome.alarms.create('refresh-feeds', { when: Date.now(), periodInMinutes: 30 }));
    for (let fired = false; !fired; await options.waitForTimeout(50))
      fired = await worker.evaluate(
        async () => ((await chrome.alarms.get('refresh-feeds'))?.scheduledTime ?? 0) > Date.now() + 60_000,
      );
    await options.waitForTimeout(300);
    await releaseFault(browser);
    await refreshedNotice().waitFor({ timeout: 60_000 });
    const sources = await readStore<{ feedUrl: string }>(browser, 'sources');
    const names = sources.flatMap((s) => /\/generated\/([\w-]+)\.xml/.exec(s.feedUrl)?.[1] ?? []);
    assert.equal(names.length, GENERATED.length - 1 + LATE.length);
    for (const name of names) {
      const fetched = (server.generated.served.get(name) ?? 0) - (servedBefore.get(name) ?? 0);
      assert.equal(fetched, 1, `${name} fetched ${fetched} times by the two refreshes`);
    }
    await assertHealthy('after the race');
  });

  it('two windows opening the popup at once on a stopped worker both get the same answer', async () => {
    await stopWorker(browser);
    const answers = await popupSameStory(2);
    assert.equal(answers.length, 2);
    for (const same of answers) assert.deepEqual([...same].sort(), [...baseline].sort());
    await assertHealthy('after two popups at once');
  });
  it('a full disk during a refresh: the options page says so in words, nothing stored is lost, and a later refresh stores it all', async () => {
    const before = await storedStoryFacts(browser);
    // This worker's IndexedDB refuses new stories as a full disk does (a stopped worker forgets it).
    await (
      await liveWorker(browser)
    ).evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (this.name === 'stories') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await refreshNow();
    await refreshedNotice().waitFor({ timeout: 60_000 });
    const alert = options
      .getByRole('alert')
      .filter({ hasText: 'The storage space your browser allows Sidelight is full' });
    await alert.waitFor();
    assert.match(
      await alert.innerText(),
      /new stories from your feeds could not be saved \(just now\)\. Nothing stored before was lost\. To make room, remove sources you no longer read, or lower “Keep stories for \(days\)” or “Keep at most \(stories\)” under Settings/,
    );
    await options.screenshot({ path: path.join(SCREENSHOT_DIR, 'options-storage-full.png') });
    const row = await options.getByRole('listitem').filter({ hasText: 'desk-a' }).innerText();
    assert.match(row, /could not store its stories: the browser's storage space for Sidelight is full/);
    const kept = new Map((await storedStoryFacts(browser)).map((s) => [s.url, s.title]));
    for (const story of before) assert.equal(kept.get(story.url), story.title, `kept as it was: ${story.url}`);

    await stopWorker(browser);
    await options.reload();
    await refreshNow();
    await refreshedNotice().waitFor({ timeout: 60_000 });
    assert.equal(await alert.count(), 0, 'the warning goes once a refresh stored everything');
    await assertHealthy('after the disk had room again');
  });
});
