/**
 * Who covers the story: the other reports of this event counted by outlet, country, region and ownership, and
 * the blindspot, the reader's source groups with no report of it.
 */
import type { Source } from '../types';
import type { Doc } from './corpus';
import type { Gazetteer } from './gazetteer';
import { factsFromSource, type OutletInfo, type OutletLookup } from './outlets';
import type { Coverage, CoverageCount, CoverageGroup } from './types';

const UNKNOWN_COUNTRY: CoverageGroup = { kind: 'unknown', of: 'country' };
const UNKNOWN_REGION: CoverageGroup = { kind: 'unknown', of: 'region' };
const UNKNOWN_OWNERSHIP: CoverageGroup = { kind: 'unknown', of: 'ownership' };

/** What tells two groups apart and orders ties: the name or code, whatever language the view words it in. */
const keyOf = (g: CoverageGroup): string =>
  g.kind === 'unknown' ? `unknown ${g.of}` : g.kind === 'country' || g.kind === 'named' ? g.name : g.id;

function tally(groups: readonly CoverageGroup[]): CoverageCount[] {
  const counts = new Map<string, CoverageCount>();
  for (const group of groups) {
    const key = `${group.kind}:${keyOf(group)}`;
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { group, count: 1 });
  }
  // Known groups by count; the unknown ones last, where they read as a remainder.
  return [...counts.values()].sort(
    (a, b) =>
      Number(a.group.kind === 'unknown') - Number(b.group.kind === 'unknown') ||
      b.count - a.count ||
      keyOf(a.group).localeCompare(keyOf(b.group)),
  );
}

/** Coverage of the event among the reader's sources (`same` = the other reports of this event). */
export function coverageOf(
  same: readonly Doc[],
  sources: readonly Source[],
  lookup: OutletLookup,
  gazetteer: Gazetteer,
): Coverage {
  // One count per outlet: an outlet with three reports is one outlet.
  const byOutlet = new Map<string, Doc>();
  for (const doc of same) if (!byOutlet.has(doc.outlet)) byOutlet.set(doc.outlet, doc);
  const facts = [...byOutlet.values()].map((d) => (d.story ? lookup(d.story) : null));
  // Country names are the gazetteer's (data, as the Stakes cards name countries); regions and ownership are codes.
  const countryOf = (id: string | null): CoverageGroup => {
    const name = id ? gazetteer.actor(id)?.name : undefined;
    return name ? { kind: 'country', name } : UNKNOWN_COUNTRY;
  };
  const regionOf = (f: OutletInfo | null): CoverageGroup => {
    if (f?.region) return { kind: 'region', id: f.region };
    const region = f?.country ? gazetteer.actor(f.country)?.region : null;
    return region ? { kind: 'named', name: region } : UNKNOWN_REGION;
  };

  const covering = new Set(same.flatMap((d) => d.story?.sourceIds ?? []));
  const sourceFacts = sources.map((s) => ({ source: s, facts: factsFromSource(s, gazetteer) }));
  const withFacts = sourceFacts.some((s) => s.facts !== null);
  const groups = new Map<string, { group: CoverageGroup; ids: string[] }>();
  const addTo = (group: CoverageGroup, id: string) => {
    const key = `${group.kind}:${keyOf(group)}`;
    groups.set(key, { group, ids: [...(groups.get(key)?.ids ?? []), id] });
  };
  for (const { source, facts: f } of sourceFacts) {
    if (!withFacts) addTo({ kind: 'named', name: source.title }, source.id);
    else if (f) {
      if (f.group) addTo({ kind: 'named', name: f.group }, source.id);
      if (f.country) addTo(countryOf(f.country), source.id);
      if (f.ownership) addTo(f.ownership, source.id);
    }
  }
  const blindspot = [...groups.values()]
    .filter(({ ids }) => !ids.some((id) => covering.has(id)))
    .map(({ group, ids }) => ({ group, sources: ids.length }))
    .sort((a, b) => b.sources - a.sources || keyOf(a.group).localeCompare(keyOf(b.group)));

  return {
    outlets: byOutlet.size,
    reports: same.length,
    byCountry: tally(facts.map((f) => countryOf(f?.country ?? null))),
    byRegion: tally(facts.map(regionOf)),
    byOwnership: tally(facts.map((f) => f?.ownership ?? UNKNOWN_OWNERSHIP)),
    blindspot,
    groupedBy: withFacts ? 'facts' : 'source',
  };
}
