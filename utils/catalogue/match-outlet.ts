import { hostOrNull } from '../format/urls';
import type { Source } from '../types';
import type { Catalogue, Outlet } from './catalogue';

function canonical(url: string): string {
  try {
    return new URL(url.trim()).href;
  } catch {
    return url.trim();
  }
}

/**
 * The catalogue outlet a pasted feed belongs to: the outlet listing that exact feed URL, else the one outlet
 * whose homepage or feeds share the feed's host (or the homepage the feed declares). A host that several
 * outlets share (feeds.feedburner.com, theguardian.com) matches none: a wrong outlet would be worse than none.
 */
export function findOutletForFeed(
  catalogue: Catalogue,
  feedUrl: string,
  homepage: string | null = null,
): Outlet | null {
  const url = canonical(feedUrl);
  const exact = catalogue.outlets.find((o) => o.feeds.includes(url));
  if (exact) return exact;
  const hosts = [hostOrNull(url), hostOrNull(homepage)].filter((h): h is string => h !== null);
  for (const host of hosts) {
    const owners = catalogue.outlets.filter((o) => [o.homepage, ...o.feeds].some((u) => hostOrNull(u) === host));
    if (owners.length === 1 && owners[0]) return owners[0];
  }
  return null;
}

/** The user's sources that come from this outlet: added from the catalogue, or one of its feed URLs. */
export function sourcesOfOutlet<S extends Source>(sources: readonly S[], outlet: Outlet): S[] {
  return sources.filter((s) => s.outlet?.catalogueId === outlet.id || outlet.feeds.includes(s.feedUrl));
}
