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

/** How {@link hostOf} names a host. */
export interface HostOptions {
  /**
   * Keep a port the URL names ("127.0.0.1:8080"), for a message about reaching one server. Off by default: a
   * site is a site whatever port its feed is served on, and the reader knows it by its name.
   */
  port?: boolean;
}

/**
 * The host of a URL as Sidelight names and compares sites: lower case (the URL parser's), without a leading
 * "www." ("www.example.org" and "example.org" are one site to a reader and to the catalogue), without the port
 * unless asked. Null when `url` is missing or not a URL, so a comparison of hosts never matches on garbage.
 */
export function hostOrNull(url: string | null | undefined, options: HostOptions = {}): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return (options.port ? parsed.host : parsed.hostname).replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** {@link hostOrNull} for showing: the input itself when it is not a URL, so a message still names what it was given. */
export function hostOf(url: string, options: HostOptions = {}): string {
  return hostOrNull(url, options) ?? url;
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
