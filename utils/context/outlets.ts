/**
 * What the context sections know about an outlet: its country, region, ownership and whether it is
 * state-affiliated. Read from the catalogue's facts on the Source (`source.outlet`); sources added by hand may
 * carry looser fields (`country`, `ownership` or `typology`, `stateAffiliated`, `group`), read tolerantly; with
 * neither, nothing is known and every section says "unknown".
 */
import { isOwnership, isRegionId } from '../catalogue/regions';
import type { Ownership, RegionId, Source, Story } from '../types';
import type { Gazetteer } from './gazetteer';
import type { CoverageGroup } from './types';

/** What Sidelight knows about an outlet, as the context sections use it. */
export interface OutletInfo {
  /** Actor id of its country ("CHN"), or null when unknown. */
  country: string | null;
  /** The catalogue's region ("east-asia"), or null to derive it from the country. */
  region: RegionId | null;
  /** A kind of ownership ("state"), or the words of a source that states one Sidelight has no kind for; null when unknown. */
  ownership: Extract<CoverageGroup, { kind: 'ownership' | 'named' }> | null;
  stateAffiliated: boolean;
  /** A group the reader's source list puts it in, or null. */
  group: string | null;
}

/** Finds an outlet's facts for a story; null when there are none. Injected, so any catalogue can provide it. */
export type OutletLookup = (story: Story) => OutletInfo | null;

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim().length > 0 ? value.trim() : null;

const kind = (id: Ownership) => ({ kind: 'ownership', id }) as const;

/**
 * The kind of ownership a free-text description names ("State Funded Media", "Private Media"), or the description
 * itself when it names none Sidelight knows (shown as written).
 */
export function ownershipOf(raw: string | null, stateAffiliated: boolean): OutletInfo['ownership'] {
  if (raw && isOwnership(raw)) return kind(raw);
  if (stateAffiliated || (raw && /state/i.test(raw))) return kind('state');
  if (!raw) return null;
  if (/public/i.test(raw)) return kind('public-broadcaster');
  if (/wire|agency/i.test(raw)) return kind('wire-agency');
  if (/non-?profit|charit|trust/i.test(raw)) return kind('nonprofit');
  if (/private|enterprise|commercial|independent|print/i.test(raw)) return kind('private');
  return { kind: 'named', name: raw };
}

/** The facts a Source carries, tolerant of their shape; null when it has none. */
export function factsFromSource(source: Source, gazetteer: Gazetteer): OutletInfo | null {
  const catalogue = source.outlet;
  if (catalogue) {
    return {
      country: gazetteer.resolve(catalogue.country),
      region: isRegionId(catalogue.region) ? catalogue.region : null,
      ownership: ownershipOf(catalogue.ownership, catalogue.stateAffiliated),
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
  return { country, region: null, ownership: ownershipOf(rawOwnership, stateAffiliated), stateAffiliated, group };
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
