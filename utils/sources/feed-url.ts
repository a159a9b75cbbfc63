import type { Outcome } from '../result';
import { said } from '../said';

/**
 * Checks that `input` is an http(s) URL and returns it normalised, or what is wrong.
 */
export function parseFeedUrl(input: string): Outcome<{ url: string }> {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: said('source.enterAddress') };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, error: said('source.notAddress', { text: trimmed }) };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: said('source.onlyHttp') };
  }
  return { ok: true, url: url.href };
}
