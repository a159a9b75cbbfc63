import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { autoShowSites, liveSearchSettings } from '../../settings';
import { registerHandlers } from '.';
import { callerOf, refusalFor } from './on-request';
import { validateRequest } from './requests';
import { inWords } from '../../../tests/support/in-words';

const EXTENSION = fakeBrowser.runtime.getURL('/');
const popupInTab = { id: fakeBrowser.runtime.id, url: `${EXTENSION}popup.html?tabId=3`, tab: { id: 9 } };
const popup = { id: fakeBrowser.runtime.id, url: `${EXTENSION}popup.html` };
const page = { id: fakeBrowser.runtime.id, url: 'https://evil.example/article', tab: { id: 4 } };

let seq = 0;
/** Delivers a message as the browser would, from `sender`, and returns the worker's reply. */
async function send(
  type: string,
  data: unknown,
  sender: object,
): Promise<{ ok: boolean; error?: string; value?: unknown }> {
  // The messaging library answers through sendResponse, as Chrome's listeners do.
  const reply = await new Promise<{ res?: { ok: boolean; error?: string; value?: unknown }; err?: unknown }>(
    (resolve) => {
      // The fake event passes its arguments through; its type leaves the third out.
      const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
      void trigger({ id: ++seq, type, data, timestamp: Date.now() }, sender, resolve);
    },
  );
  if (!reply.res) throw new Error(`no reply to ${type}: ${JSON.stringify(reply)}`);
  // The reply's reason in the words the views show.
  return inWords(reply.res) as typeof reply.res;
}

describe('who may send what', () => {
  beforeAll(() => {
    registerHandlers();
  });

  it('refuses a content script every message but its own tab, the sidebar here and the options page', async () => {
    for (const [type, data] of [
      ['addSource', 'https://evil.example/feed'],
      ['getTabContext', 1],
      ['openSidebar', 1],
      ['showQuoteInTab', { tabId: 1, quote: 'x', href: 'https://a.example/' }],
      ['setLiveSearch', { enabled: true, providers: { googleNews: true, gdelt: true }, locale: null }],
      ['setAutoShow', { origin: 'https://evil.example', enabled: true }],
      ['listSources', undefined],
      ['removeSource', 'https://a.example/feed'],
    ] as const) {
      const reply = await send(type, data, page);
      expect(reply, type).toEqual({ ok: false, error: expect.stringContaining('came from a web page') as unknown });
    }
    expect(await liveSearchSettings.getValue()).not.toMatchObject({ enabled: true });
    expect(await autoShowSites.getValue()).toEqual([]);
    expect((await send('listSources', undefined, popup)).value).toEqual([]);
  });

  it('lets a content script ask for its own tab (reaching the handler)', async () => {
    expect(await send('getOwnTabContext', undefined, page)).toEqual({ ok: true, value: { state: 'no-sources' } });
  });

  it("answers Sidelight's own pages, the popup opened in a tab included", async () => {
    expect(await send('listSources', undefined, popupInTab)).toEqual({ ok: true, value: [] });
    expect(await send('getAutoShow', 'https://news.example', popupInTab)).toEqual({ ok: true, value: false });
  });

  it('refuses a sender that is neither a page of its own nor a tab', async () => {
    expect((await send('listSources', undefined, {})).ok).toBe(false);
  });

  it('refuses malformed payloads in words before any handler runs', async () => {
    const junk = await send('setAutoShow', { origin: 'javascript:alert(1)', enabled: true }, popup);
    expect(junk).toEqual({
      ok: false,
      error:
        'Sidelight refused this request: the site is not an http(s) origin such as https://news.example (at origin).',
    });
    expect((await send('setAutoShow', { origin: 'https://news.example/path', enabled: true }, popup)).ok).toBe(false);
    // The limit in words (written only when a request is refused).
    expect(
      await send('showQuoteInTab', { tabId: 1, quote: 'x'.repeat(5001), href: 'https://a.example/' }, popup),
    ).toEqual({
      ok: false,
      error: 'Sidelight refused this request: the quote is longer than 5,000 characters (at quote).',
    });
    expect((await send('setAutoShow', { origin: 'https://news.example', enabled: 'yes' }, popup)).ok).toBe(false);
    expect(await autoShowSites.getValue()).toEqual([]);
    const many = Array.from({ length: 5001 }, (_, i) => ({
      feedUrl: `https://s${i}.example/feed`,
      title: 'S',
      homepage: null,
      outlet: null,
    }));
    expect(await send('addSources', many, popup)).toMatchObject({
      ok: false,
      error: expect.stringContaining('too many sources at once') as unknown,
    });
    expect((await send('addSource', 'x'.repeat(5000), popup)).error).toContain('longer than 4,096 characters');
    expect((await send('getTabContext', -1, popup)).ok).toBe(false);
    expect(
      (await send('importSources', [{ url: 'javascript:alert(1)', title: 'x', homepage: null }], popup)).error,
    ).toContain('not an http(s) address');
  });
});

describe('the checks on their own', () => {
  it('tells pages apart by their address, not by whether they are in a tab', () => {
    expect(callerOf(popupInTab, EXTENSION)).toBe('extension-page');
    expect(callerOf(page, EXTENSION)).toBe('content-script');
    expect(callerOf({ url: 'https://chrome-extension.example/', tab: { id: 1 } }, EXTENSION)).toBe('content-script');
    expect(callerOf({}, EXTENSION)).toBe('unknown');
    expect(refusalFor('openOptions', 'content-script')).toBeNull();
    expect(refusalFor('findMoreCoverage', 'content-script')).not.toBeNull();
  });

  it('accepts what the views send', () => {
    expect(validateRequest('openOptions', undefined).ok).toBe(true);
    expect(validateRequest('openOptions', { welcome: true }).ok).toBe(true);
    expect(
      validateRequest('findMoreCoverage', { title: 'T', lead: 'L', text: 'X', siteName: 'S', byline: null }).ok,
    ).toBe(true);
    expect(
      validateRequest('setLiveSearch', {
        enabled: true,
        providers: { googleNews: true, gdelt: false },
        locale: 'en-GB',
      }).ok,
    ).toBe(true);
    expect(
      validateRequest('setSourceOutlet', {
        sourceId: 'https://a.example/feed',
        details: { country: 'JP', ownership: 'private', stateAffiliated: false, language: null },
      }).ok,
    ).toBe(true);
    expect(
      validateRequest('setSourceOutlet', {
        sourceId: 'https://a.example/feed',
        details: { country: 'JP', ownership: 'cartel', stateAffiliated: false, language: null },
      }).ok,
    ).toBe(false);
  });
});
