import { browser } from 'wxt/browser';
import { CATALOGUE_PATH, outletFacts, parseCatalogue, type Catalogue } from '../catalogue/catalogue';
import { findOutletForFeed } from '../catalogue/match-outlet';
import type { SidelightDb } from '../store/db';
import { getSource, putSource } from '../store/sources';
import type { OutletFacts, Source } from '../types';

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
    const outlet = await catalogueFactsFor(source);
    if (outlet) await putSource(db, { ...source, outlet });
  } catch (error) {
    console.warn('Sidelight: could not look the feed up in the catalogue', error);
  }
}

/** The catalogue's facts for a source's feed (by feed URL or host), or null when no catalogue outlet owns it. */
export async function catalogueFactsFor(source: Pick<Source, 'feedUrl' | 'homepage'>): Promise<OutletFacts | null> {
  const outlet = findOutletForFeed(await loadShippedCatalogue(), source.feedUrl, source.homepage);
  return outlet ? outletFacts(outlet) : null;
}
