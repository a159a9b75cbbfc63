/**
 * Reading what the worker stored, for the fault tests' checks (inspection only, never the user's path), and
 * holding the worker at a named point of a test build (utils/store/fault-points.ts).
 */
import type { Worker } from 'playwright-core';
import type { FaultPoint } from '../../utils/store/fault-points';
import type { ExtensionBrowser } from './launch';

/** A stored story as the checks read it. */
export interface StoredStoryFacts {
  id: string;
  url: string;
  title: string;
  sourceIds: string[];
}

/**
 * The worker running now; when it was stopped and nothing has woken it yet, an extension page is opened for a
 * moment (its messages start a new worker, as a reader opening the popup would).
 */
export async function liveWorker(browser: ExtensionBrowser): Promise<Worker> {
  const running = browser.context.serviceWorkers().at(-1);
  if (running) return running;
  const started = browser.context.waitForEvent('serviceworker', { timeout: 30_000 });
  const page = await browser.context.newPage();
  await page.goto(browser.url('options.html'));
  const worker = await started;
  await page.close();
  return worker;
}

/** Every record of one object store, read straight from IndexedDB in the worker. */
export async function readStore<T>(browser: ExtensionBrowser, store: 'stories' | 'sources'): Promise<T[]> {
  return (await liveWorker(browser)).evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('sidelight');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
        };
      }),
    store,
  );
}

/** Every stored story's identity, text and carriers. */
export async function storedStoryFacts(browser: ExtensionBrowser): Promise<StoredStoryFacts[]> {
  const stories = await readStore<StoredStoryFacts>(browser, 'stories');
  return stories.map(({ id, url, title, sourceIds }) => ({ id, url, title, sourceIds }));
}

/** Arms a fault point in the running worker: the next time it gets there, it waits to be stopped. */
export async function armFault(browser: ExtensionBrowser, point: FaultPoint): Promise<void> {
  await (
    await liveWorker(browser)
  ).evaluate(
    (name) => (self as unknown as { sidelightFaults: { arm(p: string): void } }).sidelightFaults.arm(name),
    point,
  );
}

/** Waits until the worker is held at `point`. */
export async function untilHeldAt(browser: ExtensionBrowser, point: FaultPoint, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const reached = await (
      await liveWorker(browser)
    ).evaluate(() => (self as unknown as { sidelightFaults?: { reached: string[] } }).sidelightFaults?.reached ?? []);
    if (reached.includes(point)) return;
    if (Date.now() > end) throw new Error(`the worker never reached ${point}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Stops every service worker through the DevTools protocol, as the browser does to an idle or busy MV3 worker,
 * and waits until the old one is gone. Returns after the stop; the next message or alarm starts a new worker.
 */
export async function stopWorker(browser: ExtensionBrowser): Promise<void> {
  const old = await liveWorker(browser);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const session = await browser.context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
  const end = Date.now() + 10_000;
  while (browser.context.serviceWorkers().includes(old) && Date.now() < end)
    await new Promise((resolve) => setTimeout(resolve, 25));
}

/** Lets a held worker go on. */
export async function releaseFault(browser: ExtensionBrowser): Promise<void> {
  await (
    await liveWorker(browser)
  ).evaluate(() => (self as unknown as { sidelightFaults: { release(): void } }).sidelightFaults.release());
}
