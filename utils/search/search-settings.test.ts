import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { liveSearchSettings, readLiveSearchSettings } from '../settings';
import {
  activeProviders,
  DEFAULT_LIVE_SEARCH,
  googleNewsEdition,
  liveSearchWithDefaults,
  normalizeLocale,
} from './search-settings';

describe('live search settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are off on a fresh install, with nothing to ask', async () => {
    const settings = await readLiveSearchSettings();
    expect(settings).toEqual({ enabled: false, providers: { googleNews: true, gdelt: true }, locale: null });
    expect(activeProviders(settings)).toEqual([]);
  });

  it('read a saved version 1 value as it was written', async () => {
    await fakeBrowser.storage.local.set({
      liveSearch: { enabled: true, providers: { googleNews: false, gdelt: true }, locale: 'en-GB' },
      liveSearch$: { v: 1 },
    });
    const settings = await readLiveSearchSettings();
    expect(settings).toEqual({ enabled: true, providers: { googleNews: false, gdelt: true }, locale: 'en-GB' });
    expect(activeProviders(settings)).toEqual(['gdelt']);
  });

  it('round-trip through the storage item', async () => {
    const chosen = { enabled: true, providers: { googleNews: true, gdelt: false }, locale: 'fr-CA' };
    await liveSearchSettings.setValue(chosen);
    expect(await readLiveSearchSettings()).toEqual(chosen);
  });

  it('fill in what a stored value lacks, and never read junk as "on"', async () => {
    await fakeBrowser.storage.local.set({
      liveSearch: { enabled: 'yes', providers: { gdelt: false, bing: true }, locale: 'no such_locale!' },
    });
    expect(await readLiveSearchSettings()).toEqual({
      enabled: false,
      providers: { googleNews: true, gdelt: false },
      locale: null,
    });
    expect(liveSearchWithDefaults(null)).toEqual(DEFAULT_LIVE_SEARCH);
    expect(liveSearchWithDefaults('on')).toEqual(DEFAULT_LIVE_SEARCH);
    expect(liveSearchWithDefaults({ enabled: true })).toEqual({ ...DEFAULT_LIVE_SEARCH, enabled: true });
  });
});

describe('normalizeLocale', () => {
  it('writes language tags canonically and refuses what is not one', () => {
    expect(normalizeLocale('en-gb')).toBe('en-GB');
    expect(normalizeLocale('pt_BR')).toBe('pt-BR');
    expect(normalizeLocale('  ')).toBeNull();
    expect(normalizeLocale('english please')).toBeNull();
  });
});

describe('googleNewsEdition', () => {
  it('names editions the way Google News does', () => {
    expect(googleNewsEdition('en-GB')).toEqual({ hl: 'en-GB', gl: 'GB', ceid: 'GB:en' });
    expect(googleNewsEdition('en')).toEqual({ hl: 'en-US', gl: 'US', ceid: 'US:en' });
    expect(googleNewsEdition('fr-FR')).toEqual({ hl: 'fr', gl: 'FR', ceid: 'FR:fr' });
    expect(googleNewsEdition('fr-CA')).toEqual({ hl: 'fr-CA', gl: 'CA', ceid: 'CA:fr' });
    expect(googleNewsEdition('de')).toEqual({ hl: 'de', gl: 'DE', ceid: 'DE:de' });
    expect(googleNewsEdition('ja')).toEqual({ hl: 'ja', gl: 'JP', ceid: 'JP:ja' });
    expect(googleNewsEdition('es-MX')).toEqual({ hl: 'es-419', gl: 'MX', ceid: 'MX:es-419' });
    expect(googleNewsEdition('pt-BR')).toEqual({ hl: 'pt-BR', gl: 'BR', ceid: 'BR:pt-419' });
    expect(googleNewsEdition('zh-TW')).toEqual({ hl: 'zh-TW', gl: 'TW', ceid: 'TW:zh-Hant' });
    expect(googleNewsEdition('zh-Hans-CN')).toEqual({ hl: 'zh-CN', gl: 'CN', ceid: 'CN:zh-Hans' });
  });

  it('falls back to the US English edition for a tag it cannot read', () => {
    expect(googleNewsEdition('!!')).toEqual({ hl: 'en-US', gl: 'US', ceid: 'US:en' });
  });
});
