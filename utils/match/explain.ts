/**
 * Why a story matched, as parts a reader can check and the view words through the locale file ("shared:
 * North Korea, Kursk, troops · same figures: 3,200 · 2 days apart").
 */
import type { MatchReasons } from '../types';
import type { MatchFeatures } from './features';
import { termOf, terms } from './tokenize';

/** Names shown at most, then words, then figures. */
const NAMES_SHOWN = 4;
const WORDS_SHOWN = 3;
const FIGURES_SHOWN = 2;

/**
 * Names first (who and where; a headline name the story gives by another of its names, "North Korea" for "Kim
 * Jong Un", after those it writes as the article does), then other salient words, then figures both give, then
 * the days between. A word the figures already show ("minute" beside "40-minute", "dockworkers" beside "3,200
 * dockworkers") is said once, in its figure.
 */
export function explain(f: MatchFeatures, sharedTerms: readonly string[]): MatchReasons {
  const figures = f.sharedNumbers.slice(0, FIGURES_SHOWN);
  // Compared as index terms, so "minutes" is found in "40-minute" as the matcher found it.
  const figureTerms = new Set(figures.flatMap((text) => terms(text)));
  const words = sharedTerms.filter((word) => !figureTerms.has(termOf(word) ?? word));
  return {
    shared: [...[...f.sharedNames, ...f.carriedNames].slice(0, NAMES_SHOWN), ...words.slice(0, WORDS_SHOWN)],
    figures,
    daysApart: f.daysApart === null ? null : Math.round(f.daysApart),
  };
}
