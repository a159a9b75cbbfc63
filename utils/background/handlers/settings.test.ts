import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { deliver } from '../../../tests/support/deliver';
import { handlerGroup } from '../../../tests/support/handler-group';
import { autoShowSites } from '../../settings';
import { registerSettingsHandlers } from './settings';
import { inWords } from '../../../tests/support/in-words';

handlerGroup((deps) => registerSettingsHandlers(deps));

beforeEach(() => fakeBrowser.storage.local.clear());

const SITE = 'https://news.example';

describe('settings handlers', () => {
  it('read a site that was never opted in as off', async () => {
    expect(await deliver('getAutoShow', SITE)).toEqual({ ok: true, value: false });
  });

  it('turn a site on, registering the script only where the permission is held', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
    expect(await deliver('setAutoShow', { origin: SITE, enabled: true })).toEqual({ ok: true, value: true });
    expect(register).toHaveBeenCalledWith([expect.objectContaining({ matches: ['https://news.example/*'] })]);
    expect(await deliver('getAutoShow', SITE)).toEqual({ ok: true, value: true });
  });

  it('turn a script that cannot be registered into a sentence', async () => {
    // The fake browser has no scripting API: the same as a browser refusing to register the script.
    expect(inWords(await deliver('setAutoShow', { origin: SITE, enabled: true }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Sidelight could not change this site setting \(.*not implemented.*\)\.$/s),
    });
  });

  it('turn unreadable settings into a sentence', async () => {
    vi.spyOn(autoShowSites, 'getValue').mockRejectedValue(new Error('storage is unavailable'));
    expect(inWords(await deliver('getAutoShow', SITE))).toEqual({
      ok: false,
      error: 'Sidelight could not read your site settings (storage is unavailable).',
    });
  });
});
