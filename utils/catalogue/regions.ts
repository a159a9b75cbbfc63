import type { Ownership, RegionId } from '../types';

/** The catalogue's regions with their labels, in the order the options page lists them. */
export const REGIONS: readonly { id: RegionId; label: string }[] = [
  { id: 'north-america', label: 'North America' },
  { id: 'europe', label: 'Europe' },
  { id: 'middle-east', label: 'Middle East' },
  { id: 'africa', label: 'Africa' },
  { id: 'south-asia', label: 'South Asia' },
  { id: 'east-asia', label: 'East Asia' },
  { id: 'southeast-asia', label: 'Southeast Asia' },
  { id: 'oceania', label: 'Oceania' },
  { id: 'latin-america', label: 'Latin America' },
];

/** How each kind of ownership reads on the options page. */
export const OWNERSHIP_LABELS: Readonly<Record<Ownership, string>> = {
  'public-broadcaster': 'Public broadcaster',
  state: 'State-owned or state-funded',
  private: 'Private',
  'wire-agency': 'Wire agency',
  nonprofit: 'Nonprofit',
};

/** Whether a string is one of the catalogue's region ids. */
export function isRegionId(value: unknown): value is RegionId {
  return REGIONS.some((r) => r.id === value);
}

/** Whether a string is one of the ownership kinds. */
export function isOwnership(value: unknown): value is Ownership {
  return typeof value === 'string' && Object.hasOwn(OWNERSHIP_LABELS, value);
}

/** A region's label ("East Asia"). */
export function regionLabel(id: RegionId): string {
  return REGIONS.find((r) => r.id === id)?.label ?? id;
}
