/**
 * GDELT DOC 2.0 API, article list mode: the request URL and its JSON answer
 * (`{"articles":[{"url","title","seendate":"20261125T101500Z","domain","socialimage",…}]}`).
 */
import { said as saidCode, SaidError } from '../said';
import { htmlToText } from '../feeds/html-to-text';
import { resolveHttpUrl } from '../feeds/xml-node';
import { MAX_HITS_PER_SEARCH, tidyOutlet, type SearchHit } from './search-hit';

/** The search URL: the query and the answer format, nothing else. */
export function gdeltSearchUrl(endpoint: string, query: string): string {
  const url = new URL(endpoint);
  url.search = new URLSearchParams({
    query,
    mode: 'artlist',
    format: 'json',
    maxrecords: String(MAX_HITS_PER_SEARCH),
    sort: 'hybridrel',
  }).toString();
  return url.href;
}

/** GDELT's "seendate" ("20261125T101500Z", UTC) as epoch milliseconds, or null when it is not one. */
export function parseSeenDate(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const at = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 February over into March: a date that does not exist is not a date.
  return new Date(at).getUTCDate() === day ? at : null;
}

/** Thrown when GDELT's answer is not the JSON it documents; the message is for the user. */
export class GdeltAnswerError extends SaidError {}

/**
 * Reads a GDELT artlist answer. GDELT answers a query it cannot run with a line of plain text (e.g. a phrase
 * that is too short), and a search that found nothing with `{}`.
 *
 * @throws GdeltAnswerError with GDELT's own words when the answer is not JSON.
 */
export function parseGdeltArtlist(body: string): SearchHit[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const said = body.replace(/\s+/g, ' ').trim().slice(0, 200);
    throw new GdeltAnswerError(said ? saidCode('search.gdeltSaid', { said }) : saidCode('search.gdeltEmpty'));
  }
  const articles = typeof json === 'object' && json !== null ? (json as { articles?: unknown }).articles : undefined;
  if (!Array.isArray(articles)) return [];
  const hits: SearchHit[] = [];
  for (const raw of articles) {
    if (hits.length >= MAX_HITS_PER_SEARCH) break;
    if (typeof raw !== 'object' || raw === null) continue;
    const a = raw as Record<string, unknown>;
    const link = typeof a.url === 'string' ? resolveHttpUrl(a.url, a.url) : null;
    // GDELT writes titles with a space before punctuation ("Reed Bank , three hurt").
    const title = typeof a.title === 'string' ? htmlToText(a.title).replace(/\s+([,.;:!?])/g, '$1') : '';
    if (!link || !title) continue;
    const domain = typeof a.domain === 'string' && a.domain.trim() ? a.domain : new URL(link).hostname;
    const image = typeof a.socialimage === 'string' && a.socialimage ? resolveHttpUrl(a.socialimage, link) : null;
    hits.push({
      title,
      link,
      summary: '',
      published: parseSeenDate(a.seendate),
      guid: null,
      image,
      outlet: tidyOutlet(domain.replace(/^www\./, '')),
    });
  }
  return hits;
}
