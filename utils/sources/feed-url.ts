import type { Outcome } from '../result';

/**
 * Checks that `input` is an http(s) URL and returns it normalised, or a sentence saying what is wrong.
 */
export function parseFeedUrl(input: string): Outcome<{ url: string }> {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: 'Enter the address of a feed, such as https://example.com/rss.xml.' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return {
      ok: false,
      error: `"${trimmed}" is not a web address. Enter a feed URL such as https://example.com/rss.xml.`,
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: 'Only http and https feeds can be added.' };
  }
  return { ok: true, url: url.href };
}
