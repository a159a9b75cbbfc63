import { createHash } from 'node:crypto';
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

/** Chromium's id for an unpacked extension: the SHA-256 of its folder's path, first 32 hex digits written a–p. */
function unpackedId(extensionDir: string): string {
  const hex = createHash('sha256').update(path.resolve(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/**
 * The extension's service worker once it starts. In a fresh profile installing the extension starts it; in a
 * kept one nothing may (no install event), so after a while the options page is opened once to wake it.
 */
async function firstWorker(context: BrowserContext, extensionDir: string, kept: boolean): Promise<Worker> {
  const started = context.waitForEvent('serviceworker', { timeout: 60_000 });
  if (!kept) return started;
  const woken = await Promise.race([started, new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000))]);
  if (woken) return woken;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${unpackedId(extensionDir)}/options.html`);
  const worker = await started;
  await page.close();
  return worker;
}

/**
 * Launches Debian's Chromium (or $CHROMIUM_PATH) headless with the test build loaded, as TESTING.md describes:
 * the background-networking flags keep Chromium from dialling out on this closed network. Another unpacked build
 * may be given (the popup bench compares two). A fresh profile, deleted on close, unless `keptProfile` names a
 * folder to use and keep (the scale bench restarts the browser on its seeded store).
 */
export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
  keptProfile?: string,
): Promise<ExtensionBrowser> {
  const profile = keptProfile ?? (await mkdtemp(path.join(tmpdir(), 'sidelight-e2e-')));
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
  const worker = context.serviceWorkers()[0] ?? (await firstWorker(context, extensionDir, keptProfile !== undefined));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    url: (page) => `chrome-extension://${extensionId}/${page}`,
    async close() {
      await context.close();
      if (keptProfile === undefined) await rm(profile, { recursive: true, force: true });
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
