/**
 * Facts about an outlet: its country, ownership and whether it is state-affiliated. They come from the source
 * catalogue; until a source carries them, Sidelight reads optional fields on the Source if present (`country`,
 * `ownership` or `typology`, `stateAffiliated`, `group`) and otherwise knows nothing, which every section handles.
 */
import type { Source, Story } from '../types';
import type { Gazetteer } from './gazetteer';

/** What Sidelight knows about an outlet. */
export interface OutletFacts {
  /** Actor id of its country ("CHN"), or null when unknown. */
  country: string | null;
  /** Ownership type as shown ("State media", "Public media", "Private media"), or null when unknown. */
  ownership: string | null;
  stateAffiliated: boolean;
  /** A group the reader's source list puts it in ("Chinese state media"), or null. */
  group: string | null;
}

/** Finds an outlet's facts for a story; null when there are none. Injected, so the catalogue can provide it. */
export type OutletLookup = (story: Story) => OutletFacts | null;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim().length > 0 ? value.trim() : null);

/** An ownership description in a few plain types. */
export function ownershipLabel(raw: string | null, stateAffiliated: boolean): string | null {
  if (stateAffiliated) return 'State media';
  if (!raw) return null;
  if (/state/i.test(raw)) return 'State media';
  if (/public/i.test(raw)) return 'Public media';
  if (/non-?profit|charit|trust/i.test(raw)) return 'Non-profit';
  if (/private|enterprise|commercial|independent|print/i.test(raw)) return 'Private media';
  return raw;
}

/** The facts a Source carries, tolerant of whatever shape the catalogue gives them; null when it has none. */
export function factsFromSource(source: Source, gazetteer: Gazetteer): OutletFacts | null {
  const extra = source as Source & Record<string, unknown>;
  const countryText = text(extra.country) ?? text(extra.countryCode);
  const country = countryText ? gazetteer.resolve(countryText) : null;
  const rawOwnership = text(extra.ownership) ?? text(extra.typology) ?? text(extra.ownershipType);
  const stateAffiliated = extra.stateAffiliated === true || (rawOwnership !== null && /state/i.test(rawOwnership));
  const group = text(extra.group);
  if (!country && !rawOwnership && !stateAffiliated && !group) return null;
  return { country, ownership: ownershipLabel(rawOwnership, stateAffiliated), stateAffiliated, group };
}

/** A lookup from the reader's sources: a story's facts are those of the first source carrying it that has any. */
export function lookupFromSources(sources: readonly Source[], gazetteer: Gazetteer): OutletLookup {
  const facts = new Map<string, OutletFacts | null>(sources.map((s) => [s.id, factsFromSource(s, gazetteer)]));
  return (story) => {
    for (const id of story.sourceIds) {
      const f = facts.get(id);
      if (f) return f;
    }
    return null;
  };
}
