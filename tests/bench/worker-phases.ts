import type { Worker } from 'playwright-core';
import type { ExtensionBrowser } from '../support/launch';

/** The extension's running service worker (the newest, after a restart). */
export const currentWorker = (browser: ExtensionBrowser): Worker => {
  const worker = browser.context.serviceWorkers().at(-1);
  if (!worker) throw new Error('no service worker is running');
  return worker;
};

/** The worker's own `sidelight:*` performance measures (extraction, index, matching, context…), in ms by phase. */
export async function workerPhases(worker: Worker): Promise<Record<string, number>> {
  return worker.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('sidelight:'))
        .map((m) => [m.name.slice('sidelight:'.length), m.duration]),
    ),
  );
}
