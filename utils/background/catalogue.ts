import { browser } from 'wxt/browser';
import { CATALOGUE_PATH, outletFacts, parseCatalogue, type Catalogue } from '../catalogue/catalogue';
import { findOutletForFeed } from '../catalogue/match-outlet';
import type { SidelightDb } from '../store/db';
import { getSource, putSource } from '../store/sources';

let shipped: Promise<Catalogue> | null = null;

/** The catalogue shipped with the extension, read once per worker life (only when needed: it is not bundled). */
export function loadShippedCatalogue(): Promise<Catalogue> {
  shipped ??= fetch(browser.runtime.getURL(CATALOGUE_PATH))
    .then((response) => response.json() as Promise<unknown>)
    .then(parseCatalogue)
    .catch((error: unknown) => {
      shipped = null;
      throw error;
    });
  return shipped;
}

/**
 * Gives a source added by URL its outlet facts when its feed belongs to a catalogue outlet (by feed URL or
 * host). Best effort: a source without facts works the same, so failures are logged, not reported.
 */
export async function attachOutletFacts(db: SidelightDb, sourceId: string): Promise<void> {
  try {
    const source = await getSource(db, sourceId);
    if (!source || source.outlet) return;
    const outlet = findOutletForFeed(await loadShippedCatalogue(), source.feedUrl, source.homepage);
    if (outlet) await putSource(db, { ...source, outlet: outletFacts(outlet) });
  } catch (error) {
    console.warn('Sidelight: could not look the feed up in the catalogue', error);
  }
}
