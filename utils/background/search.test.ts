import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { deliver } from '../../tests/support/deliver';
import { handlerGroup } from '../../tests/support/handler-group';
import { liveSearchSettings } from '../settings';
import { attempt } from './handlers/attempt';
import { registerSearchHandlers } from './search';
import { inWords } from '../../tests/support/in-words';

handlerGroup((deps) => registerSearchHandlers(deps.db, attempt));

beforeEach(() => {
  fakeBrowser.storage.resetState();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
});

const ARTICLE = {
  title: 'Philippine boat hit by water cannon at Reed Bank',
  lead: 'A Chinese coast guard ship fired a water cannon at a Philippine supply boat near Reed Bank on Tuesday.',
  text: 'Manila protested. Three crew were hurt, the Philippine coast guard said.',
};

describe('search handlers', () => {
  it('refuse to search while Find more coverage is off, in their own words', async () => {
    expect(inWords(await deliver('findMoreCoverage', ARTICLE))).toEqual({
      ok: false,
      error: 'Find more coverage is off. Turn it on in Sidelight’s settings (Find more coverage) first.',
    });
  });

  it('refuse an article with nothing to search for', async () => {
    await liveSearchSettings.setValue({ enabled: true, providers: { googleNews: true, gdelt: false }, locale: null });
    expect(inWords(await deliver('findMoreCoverage', { title: '', lead: '', text: '' }))).toEqual({
      ok: false,
      error: 'This article has no names or words Sidelight could search for.',
    });
  });

  it('say per provider when its permission was withdrawn, sending nothing', async () => {
    await liveSearchSettings.setValue({ enabled: true, providers: { googleNews: true, gdelt: false }, locale: null });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const reply = await deliver('findMoreCoverage', ARTICLE);
    expect(inWords(reply)).toMatchObject({
      ok: true,
      value: {
        results: [
          {
            provider: 'googleNews',
            ok: false,
            error: expect.stringContaining('no longer has permission to reach news.google.com'),
          },
        ],
      },
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('turn settings that cannot be read into a sentence', async () => {
    vi.spyOn(liveSearchSettings, 'getValue').mockRejectedValue(new Error('storage is unavailable'));
    expect(inWords(await deliver('getLiveSearch'))).toEqual({
      ok: false,
      error: 'Sidelight could not read the Find more coverage settings (storage is unavailable).',
    });
  });

  it('remove no stories when search found none', async () => {
    expect(await deliver('clearSearchResults')).toEqual({ ok: true, value: 0 });
  });
});
