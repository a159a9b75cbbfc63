import { browser } from 'wxt/browser';
import { originPattern, siteOrigin } from '../format/urls';
import { autoShowSites } from '../settings';

/** Id of the dynamic content script that docks the sidebar by itself on opted-in sites. */
const SCRIPT_ID = 'sidelight-auto-show';
const SCRIPT_FILE = 'content-scripts/auto-show.js';

/**
 * Makes the registered content script match exactly the opted-in sites the extension still has permission
 * for (a permission removed in the browser's settings quietly drops its site).
 */
export async function syncAutoShowScript(): Promise<void> {
  const sites = await autoShowSites.getValue();
  const allowed: string[] = [];
  for (const site of sites) {
    // Anything but a bare http(s) origin (stored before requests were checked) would make registering throw.
    if (siteOrigin(site) !== site) continue;
    if (await browser.permissions.contains({ origins: [originPattern(site)] })) allowed.push(site);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (allowed.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      js: [SCRIPT_FILE],
      matches: allowed.map(originPattern),
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/** Turns showing the sidebar by itself on or off for a site, and re-registers the script. */
export async function setAutoShow(origin: string, enabled: boolean): Promise<string[]> {
  const sites = new Set(await autoShowSites.getValue());
  if (enabled) sites.add(origin);
  else sites.delete(origin);
  const next = [...sites].sort();
  await autoShowSites.setValue(next);
  await syncAutoShowScript();
  return next;
}
