/** Origins and host-permission match patterns: what Sidelight asks the browser for, site by site. */

/** The origin of an http(s) page URL ("https://news.example"), or null for any other page. */
export function siteOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The match pattern covering every page of an origin. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** The host-permission patterns covering these feeds ("https://example.com/*"), each once, sorted. */
export function originPatterns(feedUrls: readonly string[]): string[] {
  return [...new Set(feedUrls.map((url) => originPattern(new URL(url).origin)))].sort();
}
