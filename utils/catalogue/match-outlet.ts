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

/**
 * Whether each outlet is among the user's sources ({@link sourcesOfOutlet} is not empty), answered from two sets
 * built once: the catalogue browser asks it for every outlet on every render, and at 500 sources a filter over
 * all of them per outlet made the options page's first render a long task.
 */
export function outletAdded(sources: readonly Source[]): (outlet: Outlet) => boolean {
  const catalogueIds = new Set<string>();
  const feedUrls = new Set<string>();
  for (const s of sources) {
    if (s.outlet?.catalogueId !== undefined) catalogueIds.add(s.outlet.catalogueId);
    feedUrls.add(s.feedUrl);
  }
  return (outlet) => catalogueIds.has(outlet.id) || outlet.feeds.some((f) => feedUrls.has(f));
}
