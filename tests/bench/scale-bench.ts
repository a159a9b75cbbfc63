/**
 * `npm run bench:scale` — Sidelight at scale in real Chromium with the test build: 500 sources of 200 stories
 * each (100,000 stories, made by the match bench's generator, tests/bench/corpus.ts, and served as RSS from a
 * local HTTP server) plus the fixture site's two feeds, imported as one OPML file. It prints:
 *
 * - the full refresh: the import's first fetch of all 502 feeds, from choosing the file to the report, and the
 *   stories stored;
 * - the options page listing 502 sources: time from navigation to the first page of rows, and the long tasks
 *   (over 50 ms, the browser's own PerformanceObserver) while it loads;
 * - the popup on the fixture article against 100,000 stories: time to "Same story" with the worker warm (a page
 *   it has not seen), and cold (the worker stopped through the DevTools protocol), with the worker's index and
 *   matching phases.
 *
 * Medians of `--runs` (5 by default). Nothing is asserted (TESTING.md: timing belongs in benchmarks).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page, Worker } from 'playwright-core';
import { currentWorker, workerPhases } from './worker-phases';
import { startFixtureServer } from '../support/fixture-server';
import { launchWithExtension, type ExtensionBrowser } from '../support/launch';
import { escapeMarkup } from '../support/loopback';
import { loadBase, scaleUp } from './corpus';
import { PROBE } from './popup-probe';
import { CATEGORIES } from './popup-trace';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sources: { type: 'string', default: '500' },
    items: { type: 'string', default: '200' },
    // Store the generated feeds' items straight into IndexedDB through the worker's test-only seed hook
    // (utils/store/test-seed.ts, the store's own upsert) instead of fetching them: seconds instead of the
    // quarter of an hour the full refresh takes, which is then not measured.
    seed: { type: 'boolean', default: false },
    // A profile folder to keep: a later run on it reuses the stored stories instead of importing and seeding again.
    profile: { type: 'string' },
    // Close the browser once the store is filled and the index settled, and measure in a browser started afresh on
    // that profile (as a reader's next session would find it), not in the one that just wrote 100,000 stories.
    restart: { type: 'boolean', default: false },
    // A Chrome trace (DevTools protocol, Tracing domain, every process) of the last cold popup open, to this file.
    trace: { type: 'string' },
    // Also open a static extension resource (the icon: no script) with the worker stopped and running, to show what
    // Chrome alone takes to show an extension page in each case.
    static: { type: 'boolean', default: false },
  },
});
const SEED = values.seed;
const RUNS = Number(values.runs);
const SOURCES = Number(values.sources);
const ITEMS = Number(values.items);
const HOUR = 3600_000;

const root = path.resolve(import.meta.dirname, '../..');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};
const ms = (x: number) => `${Math.round(x).toLocaleString('en')} ms`;
const load = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

// The feeds: story i of the corpus is item i % ITEMS of feed floor(i / ITEMS), dated within the last week.
const base = loadBase(path.resolve(root, '../shared'), root);
const stories = scaleUp(base, SOURCES * ITEMS, 11);
const now = Date.now();
const feedItems = Array.from({ length: SOURCES }, (_, f) =>
  stories.slice(f * ITEMS, (f + 1) * ITEMS).map((s, i) => ({
    title: s.title,
    link: s.url ?? s.id,
    summary: s.summary,
    // Whole seconds, as an RSS date carries them.
    published: Math.floor((now - ((f * ITEMS + i) % (7 * 24)) * HOUR) / 1000) * 1000,
    guid: null,
    image: null,
  })),
);
const feeds = feedItems.map((items, f) => {
  const xmlItems = items.map((s) => {
    const link = s.link;
    const date = new Date(s.published).toUTCString();
    return `<item><title>${escapeMarkup(s.title)}</title><link>${escapeMarkup(link)}</link><description>${escapeMarkup(s.summary)}</description><pubDate>${date}</pubDate></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Scale desk ${f + 1}</title><link>https://scale.example/${f + 1}/</link>${xmlItems.join('')}</channel></rss>`;
});
const feedServer = createServer((request, response) => {
  const n = /^\/scale\/(\d+)\.xml$/.exec(request.url ?? '')?.[1];
  const body = n === undefined ? undefined : feeds[Number(n)];
  if (body === undefined) return void response.writeHead(404).end();
  response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
  response.end(body);
});
await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
const feedOrigin = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
const fixtures = await startFixtureServer();

const opml = Buffer.from(
  `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>Scale</title></head><body>${[
    `<outline type="rss" text="Global Wire Service" xmlUrl="${fixtures.origin}/feeds/world-wire.xml"/>`,
    `<outline type="rss" text="Eastern Desk" xmlUrl="${fixtures.origin}/feeds/eastern-desk.atom"/>`,
    ...(SEED
      ? []
      : feeds.map((_, f) => `<outline type="rss" text="Scale desk ${f + 1}" xmlUrl="${feedOrigin}/scale/${f}.xml"/>`)),
  ].join('')}</body></opml>`,
);

/** In the options page before its scripts: long tasks, and when the first row of sources appears. */
const OPTIONS_PROBE = `(() => {
  const seen = { longTasks: [], listed: null };
  Object.defineProperty(window, 'sidelightScale', { value: seen });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) seen.longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (seen.listed === null && document.querySelector('li.source')) seen.listed = performance.now();
  }).observe(document, { subtree: true, childList: true });
})();`;

/**
 * The popups' own timelines (ms after navigation): their scripts began (`sidelight:popup-scripts`), the request
 * to the worker went, its answer came.
 */
const popupScripts: {
  scripts: number;
  sent: number;
  answered: number;
  inserted: number;
  heading: number;
  responseStart: number;
}[] = [];
const timelineLine = (t: typeof popupScripts) =>
  `popup's HTML arrived at ${ms(median(t.map((x) => x.responseStart)))}, its scripts began at ${ms(median(t.map((x) => x.scripts)))}, asked the worker at ${ms(median(t.map((x) => x.sent)))}, had its answer at ${ms(median(t.map((x) => x.answered)))}, put "Same story" in the page at ${ms(median(t.map((x) => x.inserted)))} and in a frame at ${ms(median(t.map((x) => x.heading)))} (the popup's own clock)`;

/**
 * Opens the popup beside a fresh article tab; the time from navigation to "Same story" (ms). The article's tab id
 * is asked of the running worker first; `cold` then stops it, so the popup's own request is what starts the
 * worker again (as a reader's click does), with nothing else asked of it.
 */
async function popupTime(browser: ExtensionBrowser, run: string, cold = false, trace?: string): Promise<number> {
  const url = `${fixtures.origin}/article.html?scale=${run}`;
  const article = await browser.context.newPage();
  await article.goto(url);
  let worker: Worker | undefined = browser.context.serviceWorkers().at(-1);
  const wokenByOptions = !worker;
  if (!worker) {
    const started = browser.context.waitForEvent('serviceworker');
    const opener = await browser.context.newPage();
    await opener.goto(browser.url('options.html'));
    worker = await started;
    await opener.close();
  }
  const tabId = await worker.evaluate(
    async (target) => (await chrome.tabs.query({})).find((t) => t.url === target)?.id ?? -1,
    url,
  );
  if (cold) {
    // A reader's worker stops after 30 s idle: what the last answer left running (reading the rest of the saved
    // index) has finished by then, so it is not left to hold up this one's reads.
    await article.waitForTimeout(3000);
    await stopWorkers(article);
  }
  const popup = await browser.context.newPage();
  await popup.addInitScript(PROBE);
  const open = async () => {
    await popup.goto(browser.url(`popup.html?tabId=${tabId}`));
    await popup.getByRole('heading', { name: 'Same story' }).waitFor({ timeout: 120_000 });
  };
  if (trace) await traceAll(browser, open, trace);
  else await open();
  const [at, scripts, sent, answered, inserted, heading, responseStart] = await popup.evaluate(() => {
    const seen = (
      window as unknown as {
        sidelightBench: {
          sent: number | null;
          answered: number | null;
          inserted: number | null;
          heading: number | null;
        };
      }
    ).sidelightBench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return [
      performance.now(),
      performance.getEntriesByName('sidelight:popup-scripts')[0]?.startTime ?? NaN,
      seen.sent ?? NaN,
      seen.answered ?? NaN,
      seen.inserted ?? NaN,
      seen.heading ?? NaN,
      nav?.responseStart ?? NaN,
    ];
  });
  popupScripts.push({ scripts, sent, answered, inserted, heading, responseStart });
  (cold ? coldSeen : warmSeen).push(at);
  if (cold) {
    const messages = await popup.evaluate(
      () =>
        (window as unknown as { sidelightBench: { messages: { type: string; start: number; end: number | null }[] } })
          .sidelightBench.messages,
    );
    coldMessages.push(
      messages.map((m) => `${m.type} ${Math.round(m.start)}→${m.end === null ? '…' : Math.round(m.end)}`).join(', '),
    );
  }
  if (cold) {
    workerStarts.push(await answerStart(currentWorker(browser)));
    coldNotes.push(await coldNote(currentWorker(browser), wokenByOptions));
    lastColdTimeline = await currentWorker(browser).evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('sidelight:'))
        .sort((a, b) => a.startTime - b.startTime)
        .map((m) => `${m.name.slice(10)} ${Math.round(m.startTime)}+${Math.round(m.duration)}`)
        .join(', '),
    );
  }
  await popup.close();
  await article.close();
  return heading;
}

/**
 * When the bench's own check (Playwright's locator, which polls at 0, 20, 50, 100, 100 ms and then every 500 ms)
 * saw the heading: up to half a second after it was on screen. Sessions before 9 reported this figure.
 */
const warmSeen: number[] = [];
const coldSeen: number[] = [];

/** For cold runs: the popup's messages to the worker, each sent→answered on the popup's clock. */
const coldMessages: string[] = [];
/** For cold runs: when the worker's answer began, in ms after the worker started. */
const workerStarts: number[] = [];
/** The last cold worker's phases, each as start+duration in ms after the worker started. */
let lastColdTimeline = '';
const answerStart = (worker: Worker) =>
  worker.evaluate(() => performance.getEntriesByName('sidelight:answer')[0]?.startTime ?? NaN);

/**
 * Per cold run: whether the bench woke a worker through the options page (none was listed), how many answers and options-page requests the measured worker's timeline holds (a fresh
 * one: one answer, none), and whether the article's candidates were passed through to its stories' read.
 */
const coldNotes: string[] = [];
async function coldNote(worker: Worker, wokenByOptions: boolean): Promise<string> {
  const measures = await worker.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .map((m) => ({ name: m.name.slice('sidelight:'.length), at: Math.round(m.startTime) })),
  );
  const count = (name: string) => measures.filter((m) => m.name === name).length;
  const optionsAsked = measures.filter((m) => m.name === 'refresh-status' || m.name === 'list-sources');
  return [
    wokenByOptions ? 'woken by the options page' : null,
    `${count('answer')} answer(s)`,
    optionsAsked.length > 0
      ? `options-page requests (${optionsAsked.map((m) => `${m.name} at ${m.at} ms`).join(', ')})`
      : null,
    count('stories:after-match') > 0 ? 'stories read after the match' : 'stories read beside the match',
  ]
    .filter((x) => x !== null)
    .join(', ');
}

/** Records a trace of every process while `open` runs (it opens in DevTools' Performance panel). */
async function traceAll(browser: ExtensionBrowser, open: () => Promise<void>, file: string): Promise<void> {
  const chrome = browser.context.browser();
  if (!chrome) throw new Error('no browser to trace');
  const cdp = await chrome.newBrowserCDPSession();
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
  await open();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await cdp.send('Tracing.end');
  await complete;
  await writeFile(file, JSON.stringify({ traceEvents: events }));
  console.log(`  trace written to ${file}`);
}
const TRACE_CATEGORIES = [
  ...CATEGORIES,
  'ipc',
  'mojom',
  'ServiceWorker',
  'extensions',
  'browser',
  'content',
  'renderer_host',
  'startup',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];

/** Sets when the first frame after the document loaded began, in the page's own clock. */
const FIRST_FRAME = `addEventListener('load', () => requestAnimationFrame(() => { window.sidelightFrame = performance.now(); }));`;

/**
 * A static extension resource (icon/128.png: Chrome's own image document, none of Sidelight's code) opened in a new
 * tab: its first frame after load (ms after navigation), its response's arrival, and its document's start.
 */
async function staticOpen(browser: ExtensionBrowser, cold: boolean): Promise<number[]> {
  const before = await browser.context.newPage();
  await before.goto(`${fixtures.origin}/article.html?static=${Date.now()}`);
  if (cold) {
    await before.waitForTimeout(3000);
    await stopWorkers(before);
  } else {
    // Make sure the worker runs: ask it something.
    await currentWorker(browser).evaluate(() => chrome.runtime.getPlatformInfo());
  }
  const page = await browser.context.newPage();
  await page.addInitScript(FIRST_FRAME);
  await page.goto(browser.url('icon/128.png'));
  await page.waitForFunction(() => (window as unknown as { sidelightFrame?: number }).sidelightFrame !== undefined);
  const figures = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return [
      (window as unknown as { sidelightFrame: number }).sidelightFrame,
      nav?.responseStart ?? NaN,
      nav?.domInteractive ?? NaN,
    ];
  });
  await page.close();
  await before.close();
  return figures;
}

async function stopWorkers(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
  await page.waitForTimeout(500);
}

/** Imports the fixture feeds and the generated ones (fetched, or with `--seed` stored straight into the store). */
async function fill(): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(browser.url('options.html'));
  // Room for them all: the defaults keep 50,000 stories for 30 days.
  await options.getByLabel('Keep at most (stories)').fill('200000');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await options.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();

  const started = Date.now();
  await options.getByLabel('Import OPML').setInputFiles({ name: 'scale.opml', mimeType: 'text/x-opml', buffer: opml });
  const finished = options
    .getByRole('region', { name: 'OPML import report' })
    .getByText(/^Fetched all [\d,]+ new sources/)
    .waitFor({ timeout: 60 * 60_000 });
  // A line a minute on how far the first fetch has got (the page's own progress text).
  const ticker = setInterval(() => {
    void options
      .getByText(/Fetching imported sources: [\d,]+ of [\d,]+ done/)
      .innerText({ timeout: 5_000 })
      .then(
        (text) => console.log(`  ${Math.round((Date.now() - started) / 1000)} s: ${text}`),
        () => undefined,
      );
  }, 60_000);
  await finished.finally(() => clearInterval(ticker));
  const refreshMs = Date.now() - started;
  if (SEED) {
    const seedStart = Date.now();
    let seeded = 0;
    for (let f = 0; f < SOURCES; f += 10) {
      const chunk = feedItems.slice(f, f + 10).map((items, i) => ({
        feedUrl: `${feedOrigin}/scale/${f + i}.xml`,
        title: `Scale desk ${f + i + 1}`,
        items,
      }));
      seeded += await currentWorker(browser).evaluate(
        (feeds) => (self as unknown as { sidelightSeed: (f: typeof feeds) => Promise<number> }).sidelightSeed(feeds),
        chunk,
      );
    }
    console.log(
      `\nSeeded ${seeded.toLocaleString('en')} stories of ${SOURCES} sources in ${ms(Date.now() - seedStart)}`,
    );
  }
  const report = await options.getByRole('region', { name: 'OPML import report' }).innerText();
  const stored = await storedStories();
  console.log(
    `\n${SEED ? 'Import of the fixture feeds (the rest seeded)' : 'Full refresh (first fetch of every source)'}: ${ms(refreshMs)}; ${stored.toLocaleString('en')} stories stored`,
  );
  console.log(`  report: ${report.split('\n').find((l) => l.startsWith('Fetched all')) ?? report}`);
  console.log(`  load: ${load()}`);
  await options.close();
}

const profile = values.profile ?? (values.restart ? await mkdtemp(path.join(tmpdir(), 'sidelight-scale-')) : undefined);
let browser = await launchWithExtension(undefined, profile);
/** Stories in the store, counted in the worker. */
const storedStories = () =>
  currentWorker(browser).evaluate(async () => {
    // Never opened here before the extension made it: an open would create it empty, at version 1.
    if (!(await indexedDB.databases()).some((d) => d.name === 'sidelight')) return 0;
    return new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('sidelight');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const count = open.result.transaction('stories').objectStore('stories').count();
        count.onsuccess = () => (open.result.close(), resolve(count.result));
      };
    });
  });
try {
  console.log(`# ${SOURCES} generated sources × ${ITEMS} stories (${base.from}), plus the fixture site's two feeds`);
  console.log(`# load before: ${load()}`);
  const reused = await storedStories();
  if (reused >= SOURCES * ITEMS)
    console.log(`\nReusing the ${reused.toLocaleString('en')} stories stored in ${profile}`);
  else await fill();
  // What a refresh run's end does: the index brought up to date and saved (a catch-up with every story at first).
  const settleStart = Date.now();
  await currentWorker(browser).evaluate(() =>
    (self as unknown as { sidelightSettleIndex: () => Promise<unknown> }).sidelightSettleIndex(),
  );
  console.log(`Match index settled in ${ms(Date.now() - settleStart)}`);
  if (values.restart) {
    await browser.close();
    browser = await launchWithExtension(undefined, profile);
    // Let the new browser's start-up work (the worker's resume, alarms) finish before anything is measured.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    console.log(`Browser restarted on the same profile; load: ${load()}`);
  }
  const stored = await storedStories();
  // The welcome tab the install opened (options.html) stays open otherwise: it asks for the sources and the
  // refresh status every 30 s, and a poll that fell in a cold run started or joined the measured worker (session
  // 7's cold run that "answered an options page's status request": a cold worker counting 100,000 stories by
  // source, 0.5-1.6 s of its reads and thread).
  const optionTabs = browser.context.pages().filter((page) => page.url().includes('options.html'));
  for (const page of optionTabs) await page.close();
  console.log(`Options tabs left open, closed before measuring: ${optionTabs.length}`);

  // The options page listing every source, reloaded RUNS times.
  const listPage = await browser.context.newPage();
  await listPage.addInitScript(OPTIONS_PROBE);
  const listed: number[] = [];
  const longest: number[] = [];
  const totals: number[] = [];
  const counts: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    await listPage.goto(browser.url('options.html'));
    await listPage.waitForFunction(
      () => (window as unknown as { sidelightScale: { listed: number | null } }).sidelightScale.listed !== null,
      null,
      { timeout: 60_000 },
    );
    await listPage.waitForTimeout(1000);
    const seen = await listPage.evaluate(
      () => (window as unknown as { sidelightScale: { listed: number; longTasks: number[] } }).sidelightScale,
    );
    listed.push(seen.listed);
    counts.push(seen.longTasks.length);
    longest.push(Math.max(0, ...seen.longTasks));
    totals.push(seen.longTasks.reduce((a, b) => a + b, 0));
  }
  const countLine = await listPage.getByRole('heading', { name: /^Your sources/ }).innerText();
  console.log(`\nOptions page (${countLine}), medians of ${RUNS} loads:`);
  console.log(`  first rows shown ${ms(median(listed))} after navigation`);
  console.log(
    `  long tasks: ${median(counts)} (longest ${ms(median(longest))}, ${ms(median(totals))} in all, counted for 1 s after the rows)`,
  );
  await listPage.close();

  // The popup against every story: warm (a new page each time), then cold (worker stopped first).
  await popupTime(browser, 'warm-up');
  const warm: number[] = [];
  const phases: Record<string, number[]> = {};
  popupScripts.length = 0;
  for (let r = 0; r < RUNS; r++) {
    const trace = r === RUNS - 1 ? values.trace?.replace(/(\.json)?$/, '-warm.json') : undefined;
    warm.push(await popupTime(browser, `warm-${r}`, false, trace));
    for (const [k, v] of Object.entries(await workerPhases(currentWorker(browser)))) (phases[k] ??= []).push(v);
  }
  const warmScripts = popupScripts.splice(0);
  const cold: number[] = [];
  const coldPhases: Record<string, number[]> = {};
  for (let r = 0; r < RUNS; r++) {
    cold.push(await popupTime(browser, `cold-${r}`, true, r === RUNS - 1 ? values.trace : undefined));
    for (const [k, v] of Object.entries(await workerPhases(currentWorker(browser)))) (coldPhases[k] ??= []).push(v);
  }
  const phaseLine = (p: Record<string, number[]>) =>
    Object.entries(p)
      .map(([k, v]) => `${k} ${ms(median(v))}`)
      .join(', ');
  console.log(
    `\nPopup to "Same story" in a frame (the popup's own clock, tests/bench/popup-probe.ts) over ${stored.toLocaleString('en')} stories, medians of ${RUNS}:`,
  );
  console.log(`  warm worker, a page it has not seen: ${ms(median(warm))} (worker: ${phaseLine(phases)})`);
  console.log(`    seen by the bench's polling check at ${ms(median(warmSeen))}`);
  console.log(`    ${timelineLine(warmScripts)}`);
  console.log(`  cold worker (stopped first): ${ms(median(cold))} (worker: ${phaseLine(coldPhases)})`);
  console.log(`    seen by the bench's polling check at ${ms(median(coldSeen))}`);
  console.log(
    `    ${timelineLine(popupScripts)}; the worker's answer began ${ms(median(workerStarts))} after it started`,
  );
  console.log(`    the last cold worker's phases (start+duration, ms after it started): ${lastColdTimeline}`);
  coldNotes.forEach((note, r) =>
    console.log(`    cold run ${r + 1}: ${note}; the popup's messages: ${coldMessages[r]}`),
  );
  if (values.static) {
    for (const cold of [false, true]) {
      const runs: number[][] = [];
      for (let r = 0; r < RUNS; r++) runs.push(await staticOpen(browser, cold));
      const at = (i: number) => ms(median(runs.map((x) => x[i] ?? NaN)));
      console.log(
        `  a static extension resource (icon/128.png, no script), worker ${cold ? 'stopped first' : 'running'}: first frame ${at(0)} after navigation (response ${at(1)}, document interactive ${at(2)}), medians of ${RUNS}`,
      );
    }
  }
  console.log(`\n# load after: ${load()}`);
} finally {
  await browser.close();
  if (profile !== undefined && values.profile === undefined) await rm(profile, { recursive: true, force: true });
  await fixtures.close();
  feedServer.close();
}
