/**
 * What utils/ has to tell the reader, as a code and its parameters rather than an English sentence:
 * components/said.ts words each code from the locale file (locales/en.yml, `said.*`), so a translation is a file.
 * Codes cross the message boundary and are stored (a source's last error) as they are: plain, serialisable data.
 */
import type { RefreshSettings } from './refresh/refresh-settings';

/** Something the worker was asked to do, as "Sidelight could not …" names it. */
export type Action =
  | 'listSources'
  | 'addFeed'
  | 'addAddress'
  | 'addSources'
  | 'removeSource'
  | 'saveOutlet'
  | 'clearOutlet'
  | 'importFeeds'
  | 'readTab'
  | 'openSidebar'
  | 'showSentence'
  | 'openOptions'
  | 'refreshSources'
  | 'readRefreshStatus'
  | 'readSiteSettings'
  | 'changeSiteSetting'
  | 'readSearchSettings'
  | 'saveSearchSettings'
  | 'searchCoverage'
  | 'removeSearchStories';

/** Every code and its parameters. A parameter that is itself `Said` is a reason worded inside the sentence. */
export interface SaidParams {
  /** Words that are not Sidelight's own (a browser's or a parser's message), or a sentence stored before codes. */
  text: { text: string };

  /** "Sidelight could not list your sources (…)." */
  couldNot: { action: Action; detail: Said };
  /** The same, refused for lack of storage space. */
  couldNotStorageFull: { action: Action };
  /** A change that was made but whose result could not be read back. */
  notReadBack: { done: 'feedAdded' | 'outletSaved' };

  'fetch.tooLarge': { limit: string };
  'fetch.redirectScheme': { protocol: string };
  'fetch.redirectLocal': { host: string };
  'fetch.redirectRefused': { host: string };
  'fetch.couldNotDownload': { host: string; detail: string };
  'fetch.notWebAddress': { url: string };
  'fetch.timedOut': { seconds: number };
  'fetch.cancelled': Record<string, never>;
  'fetch.interrupted': { host: string };
  'fetch.couldNotConnect': { host: string };
  /** An HTTP error answer, with the server's reason phrase when it gave one (or the standard one). */
  'fetch.http': { status: number; reason: string };
  'fetch.permissionRefused': { host: string };
  'fetch.noContent': Record<string, never>;

  'feed.notWellFormed': { problem: string };
  'feed.unreadable': { detail: string };
  'feed.html': Record<string, never>;
  'feed.noRoot': Record<string, never>;
  'feed.badJson': { detail: string };
  'feed.empty': Record<string, never>;
  'feed.notJsonFeed': Record<string, never>;
  'feed.plainText': Record<string, never>;
  'feed.tooLarge': { megabytes: number };
  'feed.noItems': Record<string, never>;
  'feed.couldNotRead': { detail: string };
  /** A page with feed links none of which could be read. */
  'feed.linksUnreadable': { feeds: number; failures: { url: string; reason: Said }[] };
  /** A page that links to no feed, none of the usual paths on its site being one. */
  'feed.noneFound': { paths: string; host: string };

  'opml.tooLarge': { megabytes: number };
  /** Not well-formed XML: the parser's own words and where. */
  'opml.invalid': { problem: string; line: number; column: number };
  'opml.notOpml': Record<string, never>;
  /** Passed by the validator, yet refused by the parser (an unfinished tag at the end of the file). */
  'opml.unreadable': Record<string, never>;

  'source.alreadyYours': Record<string, never>;
  'source.couldNotAdd': { reason: Said };
  'source.enterAddress': Record<string, never>;
  'source.notAddress': { text: string };
  'source.onlyHttp': Record<string, never>;
  'source.gone': Record<string, never>;
  /** A source stopped after failing many times in a row on a feed that broke the worker. */
  'source.parked': { attempts: number };
  'source.storeFull': Record<string, never>;
  'source.storeFailed': { detail: string };

  /** The catalogue file that ships with Sidelight fails its check: the first problems (English) and how many more. */
  'catalogue.damaged': { problems: string; more: number };

  'outlet.chooseCountry': Record<string, never>;
  'outlet.noRegion': { country: string };
  'outlet.chooseOwnership': Record<string, never>;
  'outlet.chooseLanguage': Record<string, never>;

  /** A settings field out of its range. */
  'settings.range': { setting: keyof RefreshSettings; min: number; max: number };

  'search.off': Record<string, never>;
  'search.nothingToSearch': Record<string, never>;
  'search.noPermission': { host: string; name: string };
  'search.failed': { name: string; reason: Said };
  /** An HTTP error from a search service, as part of `search.failed`. */
  'search.hostAnswered': { host: string; reason: Said };
  'search.noContent': { name: string };
  'search.notResults': { name: string; host: string; detail: Said };
  'search.gdeltSaid': { said: string };
  'search.gdeltEmpty': Record<string, never>;
  'search.slowDown': { name: string; minutes: number };

  'tab.offLimits': Record<string, never>;
  'tab.needsClick': Record<string, never>;
  'tab.unreadable': { detail: string };
  'page.notArticle': Record<string, never>;

  /** A message from a web page (a content script) that only Sidelight's own pages may send. */
  'request.fromPage': Record<string, never>;
  'request.unknown': Record<string, never>;
  /** A message whose data does not fit its schema: the schema's words (English, for developers) and where. */
  'request.malformed': { problem: string; at: string };
}

/** One thing to tell the reader: a code with its parameters. */
export type Said = { [C in keyof SaidParams]: { code: C; params: SaidParams[C] } }[keyof SaidParams];

/** The codes that take no parameters. */
type Bare = { [C in keyof SaidParams]: SaidParams[C] extends Record<string, never> ? C : never }[keyof SaidParams];

/** A `Said` of a code: `said('feed.html')`, `said('fetch.http', { status: 404, reason: 'Not Found' })`. */
export function said<C extends keyof SaidParams>(
  code: C,
  ...params: C extends Bare ? [] : [SaidParams[C]]
): Extract<Said, { code: C }> {
  return { code, params: params[0] ?? {} } as Extract<Said, { code: C }>;
}

/** Words that are not Sidelight's own, carried as they are. */
export const asText = (text: string): Said => said('text', { text });

/** A thrown error that carries what to tell the reader; its message is the code, for the console. */
export class SaidError extends Error {
  constructor(readonly said: Said) {
    super(said.code);
    this.name = 'SaidError';
  }
}

/** What a caught error says: its code when it carries one, else its own message as it is. */
export function saidOf(error: unknown): Said {
  if (error instanceof SaidError) return error.said;
  return asText(error instanceof Error ? error.message : String(error));
}

/** Whether a stored or received value is a `Said` (older data stored an English sentence instead). */
export function isSaid(value: unknown): value is Said {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { params?: unknown }).params === 'object'
  );
}
