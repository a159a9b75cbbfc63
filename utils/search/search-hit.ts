import type { FeedItem } from '../types';

/** One result of a search, before it is stored: a feed item plus the outlet that published it. */
export interface SearchHit extends FeedItem {
  /** The publishing outlet as the service names it ("Reuters", "reuters.com"). */
  outlet: string;
}

/** Results kept from one search: the best-ranked, enough for the matcher to choose from. */
export const MAX_HITS_PER_SEARCH = 50;

/** An outlet name fit to show: one line, a sensible length. */
export function tidyOutlet(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, 80);
}
