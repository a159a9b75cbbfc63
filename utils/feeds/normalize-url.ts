/**
 * The story key. Two feeds (or a feed and the page being read) often point at one article through
 * different URLs: http vs https, tracking parameters, AMP editions, a trailing slash. `normalizeUrl`
 * maps those variants onto one string so a story is stored once.
 */

/** Query parameters that only track where a click came from. */
const TRACKING_PARAMS = new Set(['fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', 'ocid', '_ga', 'igshid']);

function isTrackingParam(key: string, value: string): boolean {
  const k = key.toLowerCase();
  if (k.startsWith('utm_') || TRACKING_PARAMS.has(k)) return true;
  // AMP switches: "?amp", "?amp=1", "?outputType=amp".
  return k === 'amp' || (k === 'outputtype' && value.toLowerCase() === 'amp');
}

/**
 * Google's AMP cache serves "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path";
 * the article is "https://www.example.com/path".
 */
function unwrapAmpCache(url: URL): URL {
  if (!url.hostname.endsWith('.cdn.ampproject.org')) return url;
  const match = /^\/[cvi]\/(?:s\/)?(.+)$/.exec(url.pathname);
  if (!match) return url;
  try {
    return new URL(`https://${match[1]}${url.search}`);
  } catch {
    return url;
  }
}

/** Drops AMP markers from a path: "/amp/" segments, a trailing "/amp", ".amp.html" and a trailing ".amp". */
function stripAmpPath(path: string): string {
  const segments = path.split('/').filter((segment) => segment.toLowerCase() !== 'amp');
  let result = segments.join('/') || '/';
  result = result.replace(/\.amp\.html$/i, '.html').replace(/\.amp$/i, '');
  return result.startsWith('/') ? result : `/${result}`;
}

/** "amp.example.com" is the AMP edition of "example.com"; a two-label host like "amp.dev" is a site of its own. */
function stripAmpHost(host: string): string {
  return /^amp\.[^.]+\.[^.]+/i.test(host) ? host.slice(4) : host;
}

function sortedQuery(params: URLSearchParams): string {
  const kept = [...params.entries()].filter(([key, value]) => !isTrackingParam(key, value));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return new URLSearchParams(kept).toString();
}

/**
 * Normalises a story URL into its key: https scheme, lower-case host (www. kept), no default port,
 * no fragment, no tracking parameters (utm_*, fbclid, gclid, mc_cid, mc_eid, ocid, ...), remaining
 * parameters sorted, no trailing slash (except the root), AMP variants folded onto the canonical page.
 * Anything that is not an http(s) URL comes back trimmed and otherwise unchanged.
 */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return trimmed;
  parsed = unwrapAmpCache(parsed);
  // URL lower-cases the host and drops the scheme's own default port; 80 and 443 are both defaults
  // here because http and https count as the same page.
  const port = parsed.port === '' || parsed.port === '80' || parsed.port === '443' ? '' : `:${parsed.port}`;
  const host = stripAmpHost(parsed.hostname);
  let path = stripAmpPath(parsed.pathname);
  if (path.length > 1) path = path.replace(/\/+$/, '') || '/';
  const query = sortedQuery(parsed.searchParams);
  return `https://${host}${port}${path}${query ? `?${query}` : ''}`;
}
