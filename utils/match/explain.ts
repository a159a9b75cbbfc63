/**
 * Why a story matched, in words a reader can check: "shared: North Korea, Kursk, troops · 2 days apart".
 */
import type { MatchFeatures } from './features';

/** Names first (who and where), then other salient words, then the time between the two. */
export function explain(f: MatchFeatures, sharedTerms: readonly string[]): string {
  const shared = [...f.sharedNames.slice(0, 4), ...sharedTerms.slice(0, 3)];
  const parts = shared.length > 0 ? [`shared: ${shared.join(', ')}`] : [];
  if (f.sharedNumbers.length > 0) parts.push(`same figures: ${f.sharedNumbers.slice(0, 2).join(', ')}`);
  if (f.daysApart !== null) parts.push(daysApartText(f.daysApart));
  return parts.join(' · ');
}

/** "same day", "1 day apart", "12 days apart". */
export function daysApartText(daysApart: number): string {
  const days = Math.round(daysApart);
  return days === 0 ? 'same day' : `${days} day${days === 1 ? '' : 's'} apart`;
}
