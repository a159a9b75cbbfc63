/**
 * `npm run bench:popup` — how long the popup takes to show "Same story", in real Chromium with the test build,
 * on the project's fixture article with its two feeds. Three cases, `--runs` opens each (20 by default):
 *
 * - cached: the tab was computed before and nothing changed (the kept answer in session storage);
 * - first: a page the worker has not seen (a new address each open), worker warm;
 * - cold: the kept answer, after the worker was stopped (CDP ServiceWorker.stopAllWorkers).
 *
 * and where the time of a first computation goes: extraction (executeScript of the extractor, Readability),
 * index (the match index from memory), matching, context (stakes, timeline, coverage), messaging (the popup's
 * round trip less the worker's work) and render (the answer in the popup until the heading is in a frame).
 * Figures are medians; nothing is asserted (TESTING.md: timing belongs in benchmarks).
 */
import { parseArgs } from 'node:util';
import type { Page, Worker } from 'playwright-core';
import { startFixtureServer } from '../support/fixture-server';
import { addFeedsThroughOptions } from '../support/add-feeds';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from '../support/launch';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
const RUNS = Number(values.runs);

/** In the popup before its own scripts: when the heading is first in a frame, and the first message's round trip. */
const PROBE = `(() => {
  const seen = { heading: null, sent: null, answered: null };
  Object.defineProperty(window, 'sidelightBench', { value: seen });
  new MutationObserver(() => {
    if (seen.heading !== null || seen.pending) return;
    if ([...document.querySelectorAll('h2')].some((h) => h.textContent === 'Same story')) {
      seen.pending = true;
      requestAnimationFrame(() => { seen.heading = performance.now(); });
    }
  }).observe(document, { subtree: true, childList: true });
  const runtime = globalThis.chrome && chrome.runtime;
  if (runtime && runtime.sendMessage) {
    const send = runtime.sendMessage.bind(runtime);
    runtime.sendMessage = (...args) => {
      const start = performance.now();
      const last = args[args.length - 1];
      const done = () => { if (seen.sent === null) { seen.sent = start; seen.answered = performance.now(); } };
      if (typeof last === 'function') { args[args.length - 1] = (...r) => { done(); return last(...r); }; return send(...args); }
      const p = send(...args);
      if (p && p.then) p.then(done, done);
      return p;
    };
  }
})();`;

interface Probe {
  heading: number;
  /** When the popup's HTML was parsed (its module scripts run after this). */
  documentReady: number;
  sent: number | null;
  answered: number | null;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function openPopup(browser: ExtensionBrowser, popup: Page, tabId: number): Promise<Probe> {
  await popup.goto(browser.url(`popup.html?tabId=${tabId}`));
  await popup.waitForFunction(
    () => (window as unknown as { sidelightBench: Probe }).sidelightBench.heading !== null,
    null,
    { timeout: 30_000 },
  );
  return popup.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      ...(window as unknown as { sidelightBench: Probe }).sidelightBench,
      documentReady: nav?.domInteractive ?? NaN,
    };
  });
}

async function workerPhases(worker: Worker): Promise<Record<string, number>> {
  return worker.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('sidelight:'))
        .map((m) => [m.name.slice('sidelight:'.length), m.duration]),
    ),
  );
}

const currentWorker = (browser: ExtensionBrowser): Worker => {
  const worker = browser.context.serviceWorkers().at(-1);
  if (!worker) throw new Error('no service worker is running');
  return worker;
};

const server = await startFixtureServer();
const browser = await launchWithExtension();
try {
  await addFeedsThroughOptions(browser, server.origin);

  const article = await browser.context.newPage();
  const base = `${server.origin}/article.html`;
  await article.goto(`${base}?bench=0`);
  const tabId = await tabIdOf(browser, `${base}?bench=0`);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.addInitScript(PROBE);
  await openPopup(browser, popup, tabId); // warm-up: the index is built and saved once

  const first: number[] = [];
  const phases: Record<string, number[]> = {};
  for (let i = 1; i <= RUNS; i++) {
    await article.goto(`${base}?bench=${i}`);
    const probe = await openPopup(browser, popup, tabId);
    first.push(probe.heading);
    const worker = await workerPhases(currentWorker(browser));
    const inWorker = (worker.extract ?? 0) + (worker.index ?? 0) + (worker.match ?? 0) + (worker.context ?? 0);
    const roundTrip = probe.sent !== null && probe.answered !== null ? probe.answered - probe.sent : NaN;
    const parts: Record<string, number> = {
      'popup document (navigation to HTML parsed)': probe.documentReady,
      'popup scripts (load, React start) to first message': (probe.sent ?? NaN) - probe.documentReady,
      extraction: worker.extract ?? NaN,
      index: worker.index ?? NaN,
      matching: worker.match ?? NaN,
      context: worker.context ?? NaN,
      'messaging and worker overhead': roundTrip - inWorker,
      render: probe.answered !== null ? probe.heading - probe.answered : NaN,
    };
    for (const [k, v] of Object.entries(parts)) (phases[k] ??= []).push(v);
  }

  const cached: number[] = [];
  for (let i = 0; i < RUNS; i++) cached.push((await openPopup(browser, popup, tabId)).heading);

  const cold: number[] = [];
  const cdp = await browser.context.newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');
  for (let i = 0; i < RUNS; i++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    cold.push((await openPopup(browser, popup, tabId)).heading);
  }

  console.log(
    `popup: time from opening to the "Same story" heading in a frame, median of ${RUNS} opens (Chromium, test build)`,
  );
  console.log(`  cached (same tab and page, nothing changed)   ${ms(median(cached))}   target ≤ 100 ms`);
  console.log(`  first computation (new page, worker warm)     ${ms(median(first))}   target ≤ 250 ms`);
  console.log(`  cold worker (stopped before each open)        ${ms(median(cold))}   target ≤ 300 ms`);
  console.log('where a first computation spends its time (medians):');
  for (const [k, v] of Object.entries(phases)) console.log(`  ${k.padEnd(52)} ${ms(median(v))}`);
} finally {
  await browser.close();
  await server.close();
}
