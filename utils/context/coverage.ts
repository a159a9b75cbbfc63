/**
 * Who covers the story: the other reports of this event counted by outlet, country, region and ownership, and
 * the blindspot, the reader's source groups with no report of it.
 */
import type { Source } from '../types';
import type { Doc } from './corpus';
import type { Gazetteer } from './gazetteer';
import { factsFromSource, type OutletInfo, type OutletLookup } from './outlets';
import type { Coverage, CoverageCount } from './types';

const UNKNOWN_COUNTRY = 'Unknown country';
const UNKNOWN_REGION = 'Unknown region';
const UNKNOWN_OWNERSHIP = 'Unknown ownership';

function tally(labels: readonly string[]): CoverageCount[] {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  // Known labels by count; the unknown ones last, where they read as a remainder.
  return [...counts.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort(
      (a, b) =>
        Number(a.label.startsWith('Unknown')) - Number(b.label.startsWith('Unknown')) ||
        b.count - a.count ||
        a.label.localeCompare(b.label),
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
  const countryName = (id: string | null) => (id ? (gazetteer.actor(id)?.name ?? UNKNOWN_COUNTRY) : UNKNOWN_COUNTRY);
  const regionName = (f: OutletInfo | null) =>
    f?.region ?? (f?.country ? (gazetteer.actor(f.country)?.region ?? UNKNOWN_REGION) : UNKNOWN_REGION);

  const covering = new Set(same.flatMap((d) => d.story?.sourceIds ?? []));
  const sourceFacts = sources.map((s) => ({ source: s, facts: factsFromSource(s, gazetteer) }));
  const withFacts = sourceFacts.some((s) => s.facts !== null);
  const groups = new Map<string, string[]>();
  const addTo = (group: string, id: string) => groups.set(group, [...(groups.get(group) ?? []), id]);
  for (const { source, facts: f } of sourceFacts) {
    if (!withFacts) addTo(source.title, source.id);
    else if (f) {
      if (f.group) addTo(f.group, source.id);
      if (f.country) addTo(countryName(f.country), source.id);
      if (f.ownership) addTo(f.ownership, source.id);
    }
  }
  const blindspot = [...groups.entries()]
    .filter(([, ids]) => !ids.some((id) => covering.has(id)))
    .map(([group, ids]) => ({ group, sources: ids.length }))
    .sort((a, b) => b.sources - a.sources || a.group.localeCompare(b.group));

  return {
    outlets: byOutlet.size,
    reports: same.length,
    byCountry: tally(facts.map((f) => countryName(f?.country ?? null))),
    byRegion: tally(facts.map(regionName)),
    byOwnership: tally(facts.map((f) => f?.ownership ?? UNKNOWN_OWNERSHIP)),
    blindspot,
    groupedBy: withFacts ? 'facts' : 'source',
  };
}
