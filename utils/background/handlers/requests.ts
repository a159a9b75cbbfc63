/**
 * What each message may carry, checked in the worker before any handler runs (valibot schemas, one per
 * message of the protocol): a compromised page renderer can send anything, so nothing a view would never send
 * reaches the store, the settings or a tab. The compiler checks that each schema's output is the protocol's
 * own type, so the two cannot drift apart.
 */
import * as v from 'valibot';
import type { ProtocolMap } from '../../messages';
import { OWNERSHIP_LABELS, REGIONS } from '../../catalogue/regions';
import type { Ownership, RegionId } from '../../types';
import type { Failure } from '../../result';
import { said } from '../../said';

/** Longest address accepted: far beyond any real feed or page URL, far below what could fill the store. */
export const MAX_URL_CHARS = 4096;
/** Longest title or name of a source. */
export const MAX_TITLE_CHARS = 1000;
/** Most sources in one request (the catalogue's presets have tens; an OPML file a few hundred). */
export const MAX_SOURCES_PER_REQUEST = 5000;
/** Longest article text sent for a search (a long read is under 100k characters). */
export const MAX_ARTICLE_CHARS = 1_000_000;
/** Longest quoted sentence shown in a tab. */
export const MAX_QUOTE_CHARS = 5000;

/** The data a message carries: its request parameter, or undefined for messages without one. */
export type RequestData<K extends keyof ProtocolMap> =
  Parameters<ProtocolMap[K]> extends [] ? undefined : Parameters<ProtocolMap[K]>[0];

// The length in words only when a request is refused: toLocaleString sets up a number formatter each call, and
// the schemas are built as the worker starts (about 20 text fields: 10 ms of the bundle's top level in Node).
const text = (max: number, what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.maxLength(max, () => `${what} is longer than ${max.toLocaleString('en')} characters`),
  );

/** An http(s) address, at most MAX_URL_CHARS long. */
const webUrl = (what: string) =>
  v.pipe(
    text(MAX_URL_CHARS, what),
    v.check((value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    }, `${what} is not an http(s) address`),
  );

/** What a person typed or pasted as an address: free text (the handler explains what is wrong with it), bounded. */
const typedAddress = text(MAX_URL_CHARS, 'the address');

/** A site's origin exactly as `URL.origin` writes it ("https://news.example"): no path, no trailing slash. */
const siteOrigin = v.pipe(
  text(MAX_URL_CHARS, 'the site'),
  v.check((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'the site is not an http(s) origin such as https://news.example'),
);

const tabId = v.pipe(
  v.number('the tab must be a number'),
  v.integer('the tab must be a whole number'),
  v.minValue(0, 'the tab must not be negative'),
);
const sourceId = text(MAX_URL_CHARS, 'the source');
const none = v.undefined('this message carries nothing');

const ownership = v.picklist(
  Object.keys(OWNERSHIP_LABELS) as Ownership[],
  'the ownership is not one of the kinds Sidelight knows',
);
const region = v.picklist(
  REGIONS.map((r) => r.id),
  'the region is not one of the catalogue’s regions',
) as v.PicklistSchema<RegionId[], string>;
const countryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'the country must be a two-letter code such as "JP"'));
const languageTag = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,4}$/, 'the language must be a tag such as "en"'),
);

const outletFacts = v.strictObject({
  catalogueId: text(200, 'the outlet id'),
  country: countryCode,
  region,
  language: languageTag,
  ownership,
  stateAffiliated: v.boolean(),
  focus: v.pipe(v.array(countryCode), v.maxLength(50, 'the outlet lists too many countries')),
});

const newSource = v.strictObject({
  feedUrl: webUrl('the feed address'),
  title: text(MAX_TITLE_CHARS, 'the name'),
  homepage: v.nullable(webUrl('the homepage')),
  outlet: v.nullable(outletFacts),
});

const opmlFeed = v.strictObject({
  url: webUrl('the feed address'),
  title: text(MAX_TITLE_CHARS, 'the name'),
  homepage: v.nullable(webUrl('the homepage')),
});

const outletDetails = v.strictObject({
  country: countryCode,
  ownership,
  stateAffiliated: v.boolean(),
  language: v.nullable(languageTag),
});

const liveSearchSettings = v.strictObject({
  enabled: v.boolean(),
  providers: v.strictObject({ googleNews: v.boolean(), gdelt: v.boolean() }),
  locale: v.nullable(languageTag),
});

const searchableArticle = v.strictObject({
  title: text(MAX_TITLE_CHARS * 10, 'the title'),
  lead: text(MAX_ARTICLE_CHARS, 'the lead'),
  text: text(MAX_ARTICLE_CHARS, 'the article'),
  siteName: v.optional(text(MAX_TITLE_CHARS, 'the site name')),
  byline: v.optional(v.nullable(text(MAX_TITLE_CHARS, 'the byline'))),
});

/** The schema of every message's data; a message missing here does not compile. */
export const REQUEST_SCHEMAS: { [K in keyof ProtocolMap]: v.GenericSchema<unknown, RequestData<K>> } = {
  getTabContext: tabId,
  getOwnTabContext: none,
  refreshTabContext: v.strictObject({ tabId, token: text(MAX_ARTICLE_CHARS, 'the context token') }),
  openSidebar: tabId,
  showSidebarHere: none,
  getAutoShow: siteOrigin,
  setAutoShow: v.strictObject({ origin: siteOrigin, enabled: v.boolean() }),
  showQuoteInTab: v.strictObject({ tabId, quote: text(MAX_QUOTE_CHARS, 'the quote'), href: webUrl('the link') }),
  openOptions: v.optional(v.strictObject({ welcome: v.optional(v.boolean()) })),
  listSources: none,
  addSource: typedAddress,
  addSources: v.pipe(v.array(newSource), v.maxLength(MAX_SOURCES_PER_REQUEST, 'too many sources at once')),
  removeSource: sourceId,
  setSourceOutlet: v.strictObject({ sourceId, details: v.nullable(outletDetails) }),
  addFromUrl: typedAddress,
  importSources: v.pipe(v.array(opmlFeed), v.maxLength(MAX_SOURCES_PER_REQUEST, 'too many feeds at once')),
  startRefresh: none,
  getRefreshStatus: none,
  getLiveSearch: none,
  setLiveSearch: liveSearchSettings,
  findMoreCoverage: searchableArticle,
  clearSearchResults: none,
};

/**
 * The data of a message when it fits its schema, or what is wrong with it. The schemas' own messages ("the tab
 * must be a number") stay English: only a caller's bug or a hostile page sends a malformed request.
 */
export function validateRequest<K extends keyof ProtocolMap>(
  type: K,
  data: unknown,
): { ok: true; value: RequestData<K> } | Failure {
  const schema = REQUEST_SCHEMAS[type] as v.GenericSchema<unknown, RequestData<K>> | undefined;
  if (!schema) return { ok: false, error: said('request.unknown') };
  const parsed = v.safeParse(schema, data);
  if (parsed.success) return { ok: true, value: parsed.output };
  const first = parsed.issues[0];
  const where = first ? v.getDotPath(first) : null;
  return { ok: false, error: said('request.malformed', { problem: first?.message ?? '', at: where ?? '' }) };
}
