import type { OutletFacts } from '../../utils/types';

/** A catalogue outlet's facts (Kyodo News: a Japanese wire agency writing in English), for outlet tests. */
export const kyodo: OutletFacts = {
  catalogueId: 'kyodo',
  country: 'JP',
  region: 'east-asia',
  language: 'en',
  ownership: 'wire-agency',
  stateAffiliated: false,
  focus: [],
};
