/**
 * What the context sections know about an outlet: its country, region, ownership and whether it is
 * state-affiliated. Read from the catalogue's facts on the Source (`source.outlet`); sources added by hand may
 * carry looser fields (`country`, `ownership` or `typology`, `stateAffiliated`, `group`), read tolerantly; with
 * neither, nothing is known and every section says "unknown".
 */
import { OWNERSHIP_LABELS, isOwnership, isRegionId, regionLabel } from '../catalogue/regions';
import type { Source, Story } from '../types';
import type { Gazetteer } from './gazetteer';

/** What Sidelight knows about an outlet, as the context sections use it. */
export interface OutletInfo {
  /** Actor id of its country ("CHN"), or null when unknown. */
  country: string | null;
  /** Region label ("East Asia"), or null to derive it from the country. */
  region: string | null;
  /** Ownership as shown ("State-owned or state-funded", "Private"), or null when unknown. */
  ownership: string | null;
  stateAffiliated: boolean;
  /** A group the reader's source list puts it in, or null. */
  group: string | null;
}

/** Finds an outlet's facts for a story; null when there are none. Injected, so any catalogue can provide it. */
export type OutletLookup = (story: Story) => OutletInfo | null;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim().length > 0 ? value.trim() : null;

/** A free-text ownership description ("State Funded Media", "Private Media") in the catalogue's words. */
export function ownershipLabel(raw: string | null, stateAffiliated: boolean): string | null {
  if (raw && isOwnership(raw)) return OWNERSHIP_LABELS[raw];
  if (stateAffiliated || (raw && /state/i.test(raw))) return OWNERSHIP_LABELS.state;
  if (!raw) return null;
  if (/public/i.test(raw)) return OWNERSHIP_LABELS['public-broadcaster'];
  if (/wire|agency/i.test(raw)) return OWNERSHIP_LABELS['wire-agency'];
  if (/non-?profit|charit|trust/i.test(raw)) return OWNERSHIP_LABELS.nonprofit;
  if (/private|enterprise|commercial|independent|print/i.test(raw)) return OWNERSHIP_LABELS.private;
  return raw;
}

/** The facts a Source carries, tolerant of their shape; null when it has none. */
export function factsFromSource(source: Source, gazetteer: Gazetteer): OutletInfo | null {
  const catalogue = source.outlet;
  if (catalogue) {
    return {
      country: gazetteer.resolve(catalogue.country),
      region: isRegionId(catalogue.region) ? regionLabel(catalogue.region) : null,
      ownership: ownershipLabel(catalogue.ownership, catalogue.stateAffiliated),
      stateAffiliated: catalogue.stateAffiliated,
      group: null,
    };
  }
  const loose = source as Source & Record<string, unknown>;
  const countryText = text(loose.country) ?? text(loose.countryCode);
  const country = countryText ? gazetteer.resolve(countryText) : null;
  const rawOwnership = text(loose.ownership) ?? text(loose.typology);
  const stateAffiliated = loose.stateAffiliated === true;
  const group = text(loose.group);
  if (!country && !rawOwnership && !stateAffiliated && !group) return null;
  return { country, region: null, ownership: ownershipLabel(rawOwnership, stateAffiliated), stateAffiliated, group };
}

/** A lookup from the reader's sources: a story's facts are those of the first source carrying it that has any. */
export function lookupFromSources(sources: readonly Source[], gazetteer: Gazetteer): OutletLookup {
  const facts = new Map<string, OutletInfo | null>(sources.map((s) => [s.id, factsFromSource(s, gazetteer)]));
  return (story) => {
    for (const id of story.sourceIds) {
      const f = facts.get(id);
      if (f) return f;
    }
    return null;
  };
}
