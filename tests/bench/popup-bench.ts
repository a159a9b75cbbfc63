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
 * and, for a kept answer, the same split of the popup's side (document, its scripts, the session read, React's
 * render). Figures are medians; nothing is asserted (TESTING.md: timing belongs in benchmarks).
 *
 * `--compare DIR` measures another unpacked build too (say main's, built into DIR before a change), alternating
 * the two builds in rounds so load on a shared machine falls on both alike. `--trace FILE` also records a Chrome
 * trace of one cached open through the DevTools protocol and prints what the popup's main thread spent it on.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { currentWorker, workerPhases } from './worker-phases';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { addFeedsThroughOptions } from '../support/add-feeds';
import { EXTENSION_DIR, launchWithExtension, tabIdOf, type ExtensionBrowser } from '../support/launch';
import { PROBE } from './popup-probe';
import { tracePopupOpen } from './popup-trace';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    compare: { type: 'string' },
    rounds: { type: 'string' },
    trace: { type: 'string' },
  },
});
const RUNS = Number(values.runs);
const builds = [EXTENSION_DIR, ...(values.compare ? [path.resolve(values.compare)] : [])];
const ROUNDS = Number(values.rounds ?? (builds.length > 1 ? 2 : 1));

interface Probe {
  heading: number;
  /** When the heading was put in the DOM (React's commit). */
  inserted: number;
  /** When the last section's heading (Coverage) was first in a frame. */
  rest: number;
  /** When the popup's HTML was parsed (its module scripts run after this). */
  documentReady: number;
  /** The popup's own marks (absent in builds before them): its scripts began; the kept answer was read. */
  scripts: number;
  keptRead: number;
  sent: number | null;
  answered: number | null;
}

const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function openPopup(browser: ExtensionBrowser, popup: Page, tabId: number): Promise<Probe> {
  await popup.goto(browser.url(`popup.html?tabId=${tabId}`));
  await popup.waitForFunction(
    () => {
      const seen = (window as unknown as { sidelightBench: Probe }).sidelightBench;
      return seen.heading !== null && seen.rest !== null;
    },
    null,
    { timeout: 30_000 },
  );
  return popup.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    // No helper function here: tsx would wrap it in a __name() call the page does not have.
    const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
    return {
      ...(window as unknown as { sidelightBench: Probe }).sidelightBench,
      documentReady: nav?.domInteractive ?? NaN,
      scripts: marks['sidelight:popup-scripts'] ?? NaN,
      keptRead: marks['sidelight:kept-read'] ?? NaN,
    };
  });
}

/** What one build measured: time to the heading per case, and the split of first computations and kept answers. */
interface Figures {
  first: number[];
  cached: number[];
  cold: number[];
  phases: Record<string, number[]>;
  cachedPhases: Record<string, number[]>;
}

const push = (into: Record<string, number[]>, parts: Record<string, number>) => {
  for (const [k, v] of Object.entries(parts)) (into[k] ??= []).push(v);
};

/** `runs` opens of each case with one build, in a fresh browser; `trace` records one more cached open. */
async function measure(server: FixtureServer, dir: string, runs: number, into: Figures, trace?: string) {
  const browser = await launchWithExtension(dir);
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

    for (let i = 1; i <= runs; i++) {
      await article.goto(`${base}?bench=${Date.now()}-${i}`);
      const probe = await openPopup(browser, popup, tabId);
      into.first.push(probe.heading);
      const worker = await workerPhases(currentWorker(browser));
      const inWorker = (worker.extract ?? 0) + (worker.index ?? 0) + (worker.match ?? 0) + (worker.context ?? 0);
      const roundTrip = probe.sent !== null && probe.answered !== null ? probe.answered - probe.sent : NaN;
      push(into.phases, {
        'popup document (navigation to HTML parsed)': probe.documentReady,
        'popup scripts (load, React start) to first message': (probe.sent ?? NaN) - probe.documentReady,
        extraction: worker.extract ?? NaN,
        index: worker.index ?? NaN,
        matching: worker.match ?? NaN,
        context: worker.context ?? NaN,
        'messaging and worker overhead': roundTrip - inWorker,
        render: probe.answered !== null ? probe.heading - probe.answered : NaN,
      });
    }

    for (let i = 0; i < runs; i++) {
      const probe = await openPopup(browser, popup, tabId);
      into.cached.push(probe.heading);
      push(into.cachedPhases, {
        'popup document (navigation to HTML parsed)': probe.documentReady,
        'popup scripts loaded and run (to the popup’s own code)': probe.scripts - probe.documentReady,
        'then waiting for the kept answer (session storage)': Math.max(0, probe.keptRead - probe.scripts),
        'React: first render with the answer, commit': probe.inserted - Math.max(probe.scripts, probe.keptRead),
        'to the frame that shows it': probe.heading - probe.inserted,
        'then the sections below (Coverage in a frame)': probe.rest - probe.heading,
      });
    }
    if (trace) await tracePopupOpen(browser.context, () => openPopup(browser, popup, tabId).then(() => {}), trace);

    const cdp = await browser.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    for (let i = 0; i < runs; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      into.cold.push((await openPopup(browser, popup, tabId)).heading);
    }
  } finally {
    await browser.close();
  }
}

const server = await startFixtureServer();
const measured = builds.map((dir) => ({
  dir,
  figures: { first: [], cached: [], cold: [], phases: {}, cachedPhases: {} } as Figures,
}));
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, { dir, figures }] of measured.entries()) {
      const runs = Math.ceil(RUNS / ROUNDS);
      const trace =
        round === 0 && values.trace ? values.trace.replace(/(\.json)?$/, i > 0 ? `-${i}.json` : '.json') : undefined;
      await measure(server, dir, runs, figures, trace);
    }
  }
} finally {
  await server.close();
}

for (const { dir, figures: f } of measured) {
  console.log(
    `popup: time from opening to the "Same story" heading in a frame, median of ${f.cached.length} opens` +
      ` (Chromium, ${path.relative(process.cwd(), dir) || dir})`,
  );
  console.log(`  cached (same tab and page, nothing changed)   ${ms(median(f.cached))}   target ≤ 100 ms`);
  console.log(`  first computation (new page, worker warm)     ${ms(median(f.first))}   target ≤ 250 ms`);
  console.log(`  cold worker (stopped before each open)        ${ms(median(f.cold))}   target ≤ 300 ms`);
  console.log('where a first computation spends its time (medians):');
  for (const [k, v] of Object.entries(f.phases)) console.log(`  ${k.padEnd(56)} ${ms(median(v))}`);
  console.log('where a kept answer spends its time (medians; blank before the popup had its marks):');
  for (const [k, v] of Object.entries(f.cachedPhases)) console.log(`  ${k.padEnd(56)} ${ms(median(v))}`);
}
