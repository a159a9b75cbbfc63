/** URLs as Sidelight shows and asks for them: hosts, safe links, origins and host-permission match patterns. */

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

/** The host of a URL without "www.", or the input when it is not a URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The URL itself when it is http(s), else null: feed and page links never become `javascript:` hrefs. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
