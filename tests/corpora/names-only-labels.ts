/**
 * Stories of the real feeds in ../shared that the matcher once showed as "Same story" for an article while sharing
 * none of its "what happened" words, only its names (Russia and Ukraine, Covid, Apple's AirPods), and resembling it
 * little: labelled by this project (session 24, headline against headline, one person), every one another event. Each
 * article is a feed story ranked with its own feed left out (same-day.test.ts). Ids are `feed folder#position`
 * (tests/support/real-feeds.ts); no text is copied here.
 */
import type { LabelledPair } from './same-day-labels';

export const NAMES_ONLY_PAIRS: readonly LabelledPair[] = [
  // A rally in Berlin; an explainer on the war and the world's food.
  ['2d055498ae801efb0bf0b6124009cac2#67', 'c5e0e65569698bc9792cddb93cca6c68#39', false],
  // A guide to Covid tests in England; two stories of Shanghai's lockdown.
  ['2d055498ae801efb0bf0b6124009cac2#21', 'c5e0e65569698bc9792cddb93cca6c68#29', false],
  ['2d055498ae801efb0bf0b6124009cac2#21', 'b29a235ee4d1af745aa04dea7ea59310#46', false],
  // DJI's new microphones; Apple's AirPods prices in India.
  ['182cf60c6e9d1f6f7d1f557176ca5a84#9', '244ffb56aadf3e0c66356f6177bd675b#19', false],
];
