/**
 * Why a story matched, as parts a reader can check and the view words through the locale file ("shared:
 * North Korea, Kursk, troops · same figures: 3,200 · 2 days apart").
 */
import type { MatchReasons } from '../types';
import type { MatchFeatures } from './features';

/** Names first (who and where), then other salient words, then figures both give, then the days between. */
export function explain(f: MatchFeatures, sharedTerms: readonly string[]): MatchReasons {
  return {
    shared: [...f.sharedNames.slice(0, 4), ...sharedTerms.slice(0, 3)],
    figures: f.sharedNumbers.slice(0, 2),
    daysApart: f.daysApart === null ? null : Math.round(f.daysApart),
  };
}
