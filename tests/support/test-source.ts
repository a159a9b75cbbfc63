import { NEW_SOURCE_HEALTH } from '../../utils/store/sources';
import type { Source } from '../../utils/types';

/** A source as a feed added by hand makes it, with its feed address as its id (unit tests). */
export function testSource(feedUrl: string, title: string): Source {
  return { id: feedUrl, feedUrl, title, homepage: null, addedAt: 0, health: NEW_SOURCE_HEALTH };
}
