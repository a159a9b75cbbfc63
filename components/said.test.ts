import { describe, expect, it } from 'vitest';
import { asText, said, type Said, type SaidParams } from '../utils/said';
import { say } from './said';
import { outsideLocale, pseudoMessages, withMessages } from '../tests/support/pseudo-locale';

const reason = said('fetch.http', { status: 404, reason: 'Not Found' });

/** One example of every code utils/ can say: TypeScript fails this file when a code is added without one. */
const EXAMPLES: { readonly [C in keyof SaidParams]: SaidParams[C] } = {
  text: { text: 'QuotaExceededError' },
  couldNot: { action: 'addFeed', detail: asText('boom') },
  couldNotStorageFull: { action: 'changeSiteSetting' },
  notReadBack: { done: 'outletSaved' },
  'fetch.tooLarge': { limit: '5 MB' },
  'fetch.redirectScheme': { protocol: 'file:' },
  'fetch.redirectLocal': { host: '127.0.0.1:8080' },
  'fetch.redirectRefused': { host: 'elsewhere.example' },
  'fetch.couldNotDownload': { host: 'feeds.example', detail: 'reset' },
  'fetch.notWebAddress': { url: 'javascript:alert(1)' },
  'fetch.timedOut': { seconds: 20 },
  'fetch.cancelled': {},
  'fetch.interrupted': { host: 'feeds.example' },
  'fetch.couldNotConnect': { host: 'feeds.example' },
  'fetch.http': { status: 503, reason: '' },
  'fetch.permissionRefused': { host: 'feeds.example' },
  'fetch.noContent': {},
  'feed.notWellFormed': { problem: 'Expected closing tag' },
  'feed.unreadable': { detail: 'stack overflow' },
  'feed.html': {},
  'feed.noRoot': {},
  'feed.badJson': { detail: 'Unexpected end of JSON input' },
  'feed.empty': {},
  'feed.notJsonFeed': {},
  'feed.plainText': {},
  'feed.tooLarge': { megabytes: 10 },
  'feed.noItems': {},
  'feed.couldNotRead': { detail: 'RangeError' },
  'feed.linksUnreadable': { feeds: 2, failures: [{ url: 'https://a.example/rss', reason }] },
  'feed.noneFound': { paths: '/feed, /rss', host: 'site.example' },
  'opml.tooLarge': { megabytes: 5 },
  'opml.invalid': { problem: 'Unclosed tag', line: 3, column: 14 },
  'opml.notOpml': {},
  'opml.unreadable': {},
  'source.alreadyYours': {},
  'source.couldNotAdd': { reason },
  'source.enterAddress': {},
  'source.notAddress': { text: 'exa mple' },
  'source.onlyHttp': {},
  'source.gone': {},
  'source.parked': { attempts: 3 },
  'source.storeFull': {},
  'source.storeFailed': { detail: 'the database is closed' },
  'catalogue.damaged': { problems: 'schemaVersion is 2, expected 1', more: 0 },
  'outlet.chooseCountry': {},
  'outlet.noRegion': { country: 'Antarctica' },
  'outlet.chooseOwnership': {},
  'outlet.chooseLanguage': {},
  'settings.range': { setting: 'maxStories', min: 1000, max: 1_000_000 },
  'search.off': {},
  'search.nothingToSearch': {},
  'search.noPermission': { host: 'news.google.com', name: 'Google News' },
  'search.failed': { name: 'GDELT', reason: said('search.hostAnswered', { host: 'api.gdeltproject.org', reason }) },
  'search.hostAnswered': { host: 'api.gdeltproject.org', reason },
  'search.noContent': { name: 'GDELT' },
  'search.notResults': { name: 'Google News', host: 'news.google.com', detail: said('feed.html') },
  'search.gdeltSaid': { said: 'The specified phrase is too short.' },
  'search.gdeltEmpty': {},
  'search.slowDown': { name: 'GDELT', minutes: 1 },
  'tab.offLimits': {},
  'tab.needsClick': {},
  'tab.unreadable': { detail: 'Frame was removed' },
  'page.notArticle': {},
  'request.fromPage': {},
  'request.unknown': {},
  'request.malformed': { problem: 'the tab must be a number', at: 'tabId' },
};

const all = Object.entries(EXAMPLES).map(([code, params]) => ({ code, params }) as Said);

describe('what utils/ says, in the reader’s words (locales/en.yml)', () => {
  it.each(all.map((s) => [s.code, s] as const))('words %s as a whole sentence or phrase', (_code, what) => {
    const words = say(what);
    // A key missing from the locale file reads as "" (or leaves a placeholder), exactly as in the browser.
    expect(words.trim().length).toBeGreaterThan(3);
    expect(words).not.toMatch(/\$\d|undefined|\[object Object\]/);
  });

  it('reads as it did when these were English sentences in utils/', () => {
    expect(say(said('couldNot', { action: 'readTab', detail: asText('the request did not come from a tab') }))).toBe(
      'Sidelight could not read this tab (the request did not come from a tab).',
    );
    expect(say(said('source.couldNotAdd', { reason }))).toBe('Could not add this feed: HTTP 404 (Not Found).');
    expect(say(said('settings.range', { setting: 'intervalMinutes', min: 5, max: 1440 }))).toBe(
      'The refresh interval must be a whole number from 5 to 1,440.',
    );
    expect(say(said('feed.linksUnreadable', EXAMPLES['feed.linksUnreadable']))).toBe(
      'the page links to 2 feeds, but none could be read (https://a.example/rss: HTTP 404 (Not Found))',
    );
  });

  it('handles plurals through the locale file', () => {
    expect(say(said('search.slowDown', { name: 'GDELT', minutes: 1 }))).toBe(
      'GDELT asked us to slow down; try again in a minute.',
    );
    expect(say(said('search.slowDown', { name: 'GDELT', minutes: 12 }))).toBe(
      'GDELT asked us to slow down; try again in 12 minutes.',
    );
    expect(say(said('feed.linksUnreadable', { feeds: 1, failures: [{ url: 'https://a.example/rss', reason }] }))).toBe(
      'the page links to a feed, but none could be read (https://a.example/rss: HTTP 404 (Not Found))',
    );
  });

  it('shows an error stored before errors were codes as it is, and an unknown code as its code', () => {
    expect(say('HTTP 404 (Not Found)')).toBe('HTTP 404 (Not Found)');
    expect(say({ code: 'from.a.newer.version', params: {} } as unknown as Said)).toBe('from.a.newer.version');
  });

  it('has no words of its own: with a second locale file, only the parameters are left outside it', async () => {
    const messages = await pseudoMessages();
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value).flatMap(strings)
          : [];
    const left = all.flatMap((what) => {
      const params = strings(what.params).join(' ').toLowerCase();
      return outsideLocale(withMessages(messages, () => say(what)))
        .split(/[\s,.;:()“”"'’!?…/=<>&-]+/)
        .filter((w) => /\p{L}/u.test(w) && !params.includes(w.toLowerCase()))
        .map((w) => `${what.code}: ${w}`);
    });
    expect(left).toEqual([]);
  });
});
