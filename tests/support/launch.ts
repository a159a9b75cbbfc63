import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/** Where e2e screenshots go: test-results/e2e, or docs/screenshots when `npm run screenshots` refreshes the README's. */
export const SCREENSHOT_DIR = path.resolve(
  process.env.SIDELIGHT_SHOTS ?? path.join(import.meta.dirname, '../../test-results/e2e'),
);

/** The unpacked test build (`npm run build:test`). */
export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3-test');

/** A Chromium with Sidelight loaded, in a fresh profile. */
export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** `chrome-extension://<id>/<page>` */
  url(page: string): string;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium (or $CHROMIUM_PATH) headless with the test build loaded, as TESTING.md describes:
 * the background-networking flags keep Chromium from dialling out on this closed network. Another unpacked build
 * may be given (the popup bench compares two).
 */
export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'sidelight-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // No public host name resolves: feeds outside loopback (the catalogue's) fail at once, never go online.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    url: (page) => `chrome-extension://${extensionId}/${page}`,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `url`, asked of the extension (as the popup would know it). */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const id = await browser.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}
