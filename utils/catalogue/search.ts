import Fuse from 'fuse.js';
import type { Outlet } from './catalogue';
import { hostOf } from '../format/urls';
import { countryName } from './names';
import { OWNERSHIP_LABELS, regionLabel } from './regions';

/** An outlet with the words it can be found by. */
interface SearchDoc {
  outlet: Outlet;
  name: string;
  host: string;
  country: string;
  /** Names of the countries it specialises in ("North Korea"), so "korea" finds NK-watchers too. */
  focus: string[];
  region: string;
  kind: string;
}

/**
 * A fuzzy search over the catalogue (Fuse.js): outlet names first, then country names, the countries an
 * outlet specialises in, its web address, region and kind of ownership. Tolerates typos ("guardain", "japn")
 * and accents ("clarin"). Returns outlets best first; an empty query returns none.
 */
export function createCatalogueSearch(outlets: readonly Outlet[]): (query: string) => Outlet[] {
  const docs: SearchDoc[] = outlets.map((outlet) => ({
    outlet,
    name: outlet.name,
    host: hostOf(outlet.homepage),
    country: countryName(outlet.country),
    focus: outlet.focus.map(countryName),
    region: regionLabel(outlet.region),
    kind: `${OWNERSHIP_LABELS[outlet.ownership]}${outlet.stateAffiliated ? ' state-affiliated state media' : ''}`,
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'name', weight: 4 },
      { name: 'country', weight: 3 },
      { name: 'focus', weight: 2 },
      { name: 'host', weight: 1.5 },
      { name: 'region', weight: 1 },
      { name: 'kind', weight: 0.5 },
    ],
    // Words can sit anywhere in a name ("The Japan Times"); 0.34 lets one or two typos through in a short word.
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.34,
  });
  return (query: string) => {
    const trimmed = query.trim();
    if (!trimmed) return [];
    return fuse.search(trimmed).map((result) => result.item.outlet);
  };
}
