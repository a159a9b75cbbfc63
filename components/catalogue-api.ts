import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { formatCount } from '../utils/format/plural';
import type { AddSourcesSummary, NewSource } from '../utils/sources/add-sources';
import type { Catalogue, Outlet } from '../utils/catalogue/catalogue';
import { newSourcesFor } from '../utils/catalogue/onboarding';
import type { Result } from '../utils/messages';
import type { Source } from '../utils/types';
import { say, worded } from './said';
import { SaidError } from '../utils/said';

/** What the welcome step and the catalogue browser need from the extension (injected, as in OptionsPage). */
export interface CatalogueApi {
  /** The catalogue shipped with the extension. */
  loadCatalogue(): Promise<Catalogue>;
  /** Store these sources and fetch them in the background (the `addSources` message). */
  addSources(list: NewSource[]): Promise<Result<AddSourcesSummary>>;
  removeSource(id: string): Promise<Result<null>>;
  /** ONE browser prompt for the sites of all these feed URLs; resolves false when the user refuses. */
  requestOrigins(feedUrls: string[]): Promise<boolean>;
}

/** The outcome of adding outlets: what the worker stored, or an error sentence. */
export type AddOutletsOutcome = { ok: true; summary: AddSourcesSummary } | { ok: false; error: string };

/**
 * Adds outlets as sources: asks for every feed site in ONE permission prompt first (browsers only show the
 * prompt during the click, so nothing may be awaited before it), then has the worker store and fetch them.
 * Outlets already among `sources` are left out.
 */
export async function addOutlets(
  api: CatalogueApi,
  outlets: readonly Outlet[],
  sources: readonly Source[],
): Promise<AddOutletsOutcome> {
  const list = newSourcesFor(outlets, sources);
  if (list.length === 0) return { ok: true, summary: { added: [], alreadyAdded: [], rejected: [] } };
  const granted = await api.requestOrigins(list.map((s) => s.feedUrl)).catch(() => false);
  if (!granted) {
    return {
      ok: false,
      error:
        list.length === 1
          ? i18n.t('pages.catalogueRefusedOne', [list[0]?.title ?? i18n.t('pages.thisOutlet')])
          : i18n.t('pages.catalogueRefusedMany', [formatCount(list.length)]),
    };
  }
  const result = await api.addSources(list);
  return result.ok ? { ok: true, summary: result.value } : worded(result);
}

/** Loads the catalogue once; `error` is a sentence when it cannot be read. */
export function useCatalogue(load: () => Promise<Catalogue>): { catalogue: Catalogue | null; error: string | null } {
  const [state, setState] = useState<{ catalogue: Catalogue | null; error: string | null }>({
    catalogue: null,
    error: null,
  });
  useEffect(() => {
    let live = true;
    load().then(
      (catalogue) => live && setState({ catalogue, error: null }),
      (error: unknown) =>
        live &&
        setState({
          catalogue: null,
          error:
            error instanceof SaidError
              ? say(error.said)
              : i18n.t('pages.catalogueUnreadable', [error instanceof Error ? error.message : String(error)]),
        }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}
